"""The proof's own lines (headline, status, page numbers), each laid out once as a Qt layout.

They are laid out rather than drawn with `drawText` so that their glyphs can be noted with the
body's (see `glyphs`) before any page is drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QPainter, QTextLayout, QTextOption

from newsdesk.text.direction import resolve_direction


def qt_direction(direction: str) -> Qt.LayoutDirection:
    """Qt's layout direction for "rtl" or "ltr"."""
    if direction == "rtl":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def one_line(
    text: str,
    language: str,
    font: QFont,
    width: float,
    device: QPaintDevice,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading,
) -> QTextLayout:
    """`text` laid out on one line `width` wide in its own direction, elided to fit."""
    text = QFontMetricsF(font, device).elidedText(text, Qt.TextElideMode.ElideRight, width)
    layout = QTextLayout(text, font, device)
    # AlignLeading is the start edge: the right one once the direction is right-to-left.
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    option.setTextDirection(qt_direction(resolve_direction(text, language)))
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    if line.isValid():
        line.setLineWidth(width)
    layout.endLayout()
    return layout


def draw_in(painter: QPainter, layout: QTextLayout, rect: QRectF) -> None:
    """Draw a one-line layout in `rect`, centred from top to bottom."""
    height = layout.boundingRect().height()
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - height) / 2))
