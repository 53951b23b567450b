"""The Arabic of the preview in the face and at the size the page's `@font-face` rules give it.

Qt cannot declare a family that only Arabic code points reach: each Arabic run of the laid-out
page is therefore given, here, the face and the enlargement (`size-adjust`) that a browser gives
it, so the preview neither measures faces of its own nor sets Arabic at another size.
"""

from __future__ import annotations

import re
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
from newsdesk.render.pdf.runs import select_run, text_runs
from newsdesk.render.script_scale import ARABIC_FACES, ArabicFace

_ARABIC = "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# A run of Arabic letters with the spaces between them, as unicode-range hands them to a face.
_ARABIC_RUN = re.compile(f"[{_ARABIC}](?:[{_ARABIC}\\s\u200c-\u200f]*[{_ARABIC}])?")
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
    default = document.defaultFont()
    text = document.toPlainText()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    made = 0
    try:
        for position, length, fmt in text_runs(document):
            runs = list(_ARABIC_RUN.finditer(text, position, position + length))
            if not runs or fmt.isImageFormat():
                continue
            font = fmt.font().resolve(default)
            found = _arabic_face(font, hidden)
            if found is None:
                continue
            face, family = found
            factor = face.bold_scale if font.bold() else face.scale
            arabic = QTextCharFormat()
            arabic.setFontFamilies([family])
            arabic.setFontPointSize(font.pointSizeF() * factor)
            for run in runs:
                select_run(cursor, run.start(), run.end() - run.start()).mergeCharFormat(arabic)
                made += 1
    finally:
        cursor.endEditBlock()
    return made


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
