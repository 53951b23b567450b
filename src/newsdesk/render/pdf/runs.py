"""Walking a laid-out document: its runs of like-formatted text, and browser-like line heights."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

_ARABIC = "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# A run of Arabic words with the spaces and marks between them (so word spacing grows too, as
# a browser's unicode-range face gives them).
_ARABIC_RUN = re.compile(f"[{_ARABIC}](?:[{_ARABIC}\\s\u200c-\u200f]*[{_ARABIC}])?")


def fit_line_heights(document: QTextDocument) -> None:
    """Give Qt's layout of the page the line spacing a browser gives it.

    CSS line-height multiplies the font size; Qt multiplies the font's own line height, which
    for Arabic faces is already about 1.7 em, so the stylesheet's spacing would double up.
    """
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        if fmt.lineHeightType() == proportional and fmt.lineHeight() > 100:
            cursor.setPosition(block.position())
            fmt.setLineHeight(100, proportional)
            cursor.setBlockFormat(fmt)
        block = block.next()


def text_runs(document: QTextDocument) -> list[tuple[int, int, QTextCharFormat]]:
    """Every run of like-formatted text: its position, length and character format."""
    runs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            runs.append((fragment.position(), fragment.length(), fragment.charFormat()))
            it += 1
        block = block.next()
    return runs


def select_run(cursor: QTextCursor, position: int, length: int) -> QTextCursor:
    """Select the run at `position` of `length` characters with `cursor`."""
    cursor.setPosition(position)
    cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def restyle_arabic_runs(
    document: QTextDocument, style: Callable[[QFont], QTextCharFormat | None]
) -> int:
    """Merge `style(font)` into every run of Arabic set in `font` (None: leave it); return how
    many runs changed. One edit: the document is laid out again once, not after every run."""
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
            change = style(fmt.font().resolve(default))
            if change is None:
                continue
            for run in runs:
                select_run(cursor, run.start(), run.end() - run.start()).mergeCharFormat(change)
                made += 1
    finally:
        cursor.endEditBlock()
    return made
