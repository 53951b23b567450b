"""Grey hints in a picture's empty caption and credit lines, so the writer sees where they go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QTextEdit

from newsdesk.gui.editor.picture_blocks import CAPTION, CREDIT, KIND_PROPERTY, part_of

HINT_COLOUR = QColor("#9a9a9a")
_CAPTION_LINES = "_caption_lines"  # on the edit: (formats looked at, whether one was a caption's)


def _hint(part: str) -> str:
    if part == CAPTION:
        return QCoreApplication.translate("Pictures", "Caption…")
    return QCoreApplication.translate("Pictures", "Credit…")


def paint_hints(edit: QTextEdit) -> None:
    """Draw the hints over the visible empty caption and credit lines (only those in view)."""
    if not _has_caption_lines(edit):
        return  # finding the first visible line costs a tenth of a keystroke in a long article
    viewport = edit.viewport()
    layout = edit.document().documentLayout()
    offset = QPointF(-edit.horizontalScrollBar().value(), -edit.verticalScrollBar().value())
    block = edit.cursorForPosition(QPoint(0, 0)).block()
    painter: QPainter | None = None
    while block.isValid():
        rect = layout.blockBoundingRect(block).translated(offset)
        if rect.top() > viewport.height():
            break
        part = part_of(block)
        if part in (CAPTION, CREDIT) and not block.text():
            if painter is None:
                painter = QPainter(viewport)
                painter.setPen(HINT_COLOUR)
                font = painter.font()
                font.setItalic(True)
                painter.setFont(font)
            rtl = block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            painter.drawText(rect, side | Qt.AlignmentFlag.AlignVCenter, _hint(part))
        block = block.next()
    if painter is not None:
        painter.end()


def _has_caption_lines(edit: QTextEdit) -> bool:
    # The document keeps one entry per distinct format: a caption or credit line has its own.
    # Entries are only ever added (until the text is replaced), so the answer stands until
    # their number changes: typing in a long article adds none, and looks at none of them.
    formats = edit.document().allFormats()
    known = getattr(edit, _CAPTION_LINES, None)
    if known is not None and known[0] == len(formats):
        return bool(known[1])
    found = any(
        f.isBlockFormat() and f.property(KIND_PROPERTY) in (CAPTION, CREDIT) for f in formats
    )
    setattr(edit, _CAPTION_LINES, (len(formats), found))
    return found


def forget_caption_lines(edit: QTextEdit) -> None:
    """The edit's text was replaced: look at its formats again at the next paint."""
    setattr(edit, _CAPTION_LINES, None)
