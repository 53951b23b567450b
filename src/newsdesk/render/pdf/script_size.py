"""Arabic set as large as the Latin beside it: both scripts' x-heights matched, run by run.

At one font size an Arabic face's letters stand lower than a Latin face's: in the shipped
Amiri the bowls and teeth of ه س م ص ب reach 0.35 em on average, its Latin x-height is 0.43 em,
so Arabic beside Latin reads a size smaller. Each run of Arabic script in a laid-out document
is therefore set larger by the ratio of the two heights, measured on the faces Qt resolves for
that run's font (Latin and Arabic may be different faces): the Latin face's x-height (OS/2
sxHeight) over the mean ink height above the baseline of those Arabic letters.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QRawFont,
    QTextCharFormat,
    QTextDocument,
)

from newsdesk.render.pdf.runs import restyle_arabic_runs

# Letters whose tops are the Arabic counterpart of the Latin x-height: bowls and teeth,
# without ascenders (alef, lam) or heads rising above the line (ain).
X_HEIGHT_LETTERS = "هسمصب"
# Never shrink Arabic, and never blow a face with odd metrics up past half as large again.
LOWEST, HIGHEST = 1.0, 1.5
_MEASURE_PX = 1000


def _ink_height(font: QRawFont, letter: str) -> float:
    glyphs = font.glyphIndexesForString(letter)
    if not glyphs or not glyphs[0]:
        return 0.0
    return -font.boundingRect(glyphs[0]).top()


def x_height_ratio(latin: QRawFont, arabic: QRawFont) -> float:
    """How much larger Arabic in `arabic` is set so its letters stand as high as `latin`'s x."""
    heights = [h for h in (_ink_height(arabic, c) for c in X_HEIGHT_LETTERS) if h > 0]
    if not heights or latin.xHeight() <= 0:
        return LOWEST
    arabic_x = sum(heights) / len(heights) / arabic.pixelSize()
    latin_x = latin.xHeight() / latin.pixelSize()
    return min(HIGHEST, max(LOWEST, latin_x / arabic_x))


@cache
def _scale_for(key: str, font: QFont) -> float:
    font = QFont(font)
    font.setPixelSize(_MEASURE_PX)
    latin = QRawFont.fromFont(font, QFontDatabase.WritingSystem.Latin)
    arabic = QRawFont.fromFont(font, QFontDatabase.WritingSystem.Arabic)
    if not latin.isValid() or not arabic.isValid():
        return LOWEST
    return x_height_ratio(latin, arabic)


def arabic_scale(font: QFont) -> float:
    """The size factor for Arabic set in `font` beside Latin set in it (measured once a font)."""
    return _scale_for(font.key(), font)


def match_arabic_size(document: QTextDocument) -> int:
    """Set every run of Arabic script larger by its font's factor; return how many runs."""
    return restyle_arabic_runs(document, _enlarged)


def _enlarged(font: QFont) -> QTextCharFormat | None:
    factor = arabic_scale(font)
    if factor == LOWEST:
        return None
    bigger = QTextCharFormat()
    if font.pointSizeF() > 0:
        bigger.setFontPointSize(font.pointSizeF() * factor)
    else:
        pixels = round(font.pixelSize() * factor)
        bigger.setProperty(QTextCharFormat.Property.FontPixelSize, pixels)
    return bigger
