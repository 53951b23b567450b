"""The Arabic of the preview in the face and at the size the page's `@font-face` rules give it.

Qt cannot declare a family that only Arabic code points reach: each Arabic run of the laid-out
page is therefore given, here, the face and the enlargement (`size-adjust`) that a browser gives
it, so the preview neither measures faces of its own nor sets Arabic at another size.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from newsdesk.render.pdf.fonts import register_font_packages
from newsdesk.render.pdf.runs import restyle_arabic_runs
from newsdesk.render.script_scale import ARABIC_FACES, ArabicFace

_FACES = {face.family: face for face in ARABIC_FACES}


@cache
def installed_family(face: ArabicFace, hidden: frozenset[str] = frozenset()) -> str | None:
    """The family Qt knows the face by, as the page's `local()` names it; None if not here."""
    # The shipped faces first: the answer is kept, so it must not depend on whether anything
    # registered them before this first question.
    register_font_packages()
    known = set(QFontDatabase.families()) - hidden
    for name in face.regular:
        family = name.removesuffix(" Regular")
        if family in known:
            return family
    return None


def _arabic_face(font: QFont, hidden: frozenset[str]) -> tuple[ArabicFace, str] | None:
    for name in font.families():
        face = _FACES.get(name)
        if face is not None:
            family = installed_family(face, hidden)
            if family is not None:
                return face, family
    return None


def arabic_faces(document: QTextDocument, hidden: frozenset[str] = frozenset()) -> int:
    """Set each Arabic run in the face and at the size the browser gives it; return how many.

    Faces in `hidden` count as absent, as they are for a browser.
    """

    def in_page_face(font: QFont) -> QTextCharFormat | None:
        found = _arabic_face(font, hidden)
        if found is None:
            return None
        face, family = found
        arabic = QTextCharFormat()
        arabic.setFontFamilies([family])
        arabic.setFontPointSize(font.pointSizeF() * (face.bold_scale if font.bold() else face.scale))
        return arabic

    return restyle_arabic_runs(document, in_page_face)


def browser_line_heights(document: QTextDocument) -> None:
    """Hold every line to the stylesheet's height, as a browser does however large Arabic is set.

    Qt reads a `line-height` in pixels as a minimum, which the enlarged Arabic would exceed.
    """
    minimum = QTextBlockFormat.LineHeightTypes.MinimumHeight.value
    fixed = QTextBlockFormat.LineHeightTypes.FixedHeight.value
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        # A picture's line keeps its own height (it is U+FFFC in the text).
        if fmt.lineHeightType() == minimum and "\ufffc" not in block.text():
            fmt.setLineHeight(fmt.lineHeight(), fixed)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()
