"""Walking a laid-out document: its runs of like-formatted text, and browser-like line heights."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument


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
