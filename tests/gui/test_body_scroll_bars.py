"""The body's horizontal scroll bar: none for a rounding, and a key repaints only the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QApplication, QWidget

from newsdesk.domain.document import Document
from newsdesk.gui.editor.body import BodyEdit
from newsdesk.text.lint.settings import LintSettings
from support import type_text

pytestmark = pytest.mark.gui

TEXT = "\n\n".join(f"الفقرة رقم {n} من نص طويل يكفي لشريط التمرير العمودي" for n in range(60))


class Repaints(QObject):
    """Counts the paints and stacking-order changes of some widgets."""

    def __init__(self, watched: list[QWidget]):
        super().__init__()
        self.watched = watched
        self.seen: list[str] = []
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Paint, QEvent.Type.ZOrderChange):
            self.seen.append(f"{type(obj).__name__} {event.type().name}")
        return False


def body_wider_than_view(qtbot, overshoot: int) -> BodyEdit:
    """A shown body, long enough to scroll, whose widest line passes the view by `overshoot` px."""
    body = BodyEdit("ar", LintSettings())
    qtbot.addWidget(body)
    body.resize(500, 300)
    body.show()
    qtbot.waitExposed(body)
    body.load(Document.from_plain_text(TEXT))
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=3000)
    # What a wrapped line laid out a fraction of a pixel too wide does to the document's
    # width (or, `overshoot` large, a picture wider than a narrow view).
    wide = QTextImageFormat()
    wide.setName("wide")
    wide.setWidth(body.document().textWidth() - 2 * body.document().documentMargin() + overshoot)
    wide.setHeight(4)
    cursor = QTextCursor(body.document())
    cursor.insertImage(wide)
    cursor.insertBlock()
    QApplication.processEvents()
    return body


def test_a_pixel_of_overshoot_gets_no_horizontal_scroll_bar(qtbot) -> None:
    body = body_wider_than_view(qtbot, 1)
    assert body.horizontalScrollBar().maximum() >= 1  # Qt asks for one
    assert not body.horizontalScrollBar().isVisible()
    assert body.verticalScrollBar().isVisible()


def test_content_really_wider_than_the_view_keeps_its_scroll_bar(qtbot) -> None:
    body = body_wider_than_view(qtbot, 80)
    assert body.horizontalScrollBar().isVisible()
    body.document().setPlainText("قصير")
    QApplication.processEvents()
    assert not body.horizontalScrollBar().isVisible()


def test_a_key_repaints_neither_the_frame_nor_the_scroll_bars(qtbot) -> None:
    body = body_wider_than_view(qtbot, 1)
    cursor = body.textCursor()
    cursor.setPosition(body.document().findBlockByNumber(40).position())
    body.setTextCursor(cursor)
    body.setFocus()
    QApplication.processEvents()
    bars = [body.verticalScrollBar(), body.horizontalScrollBar()]
    spy = Repaints([body, *bars, *(bar.parentWidget() for bar in bars)])
    for letter in "بسم الله ":
        type_text(body, letter)
        body.viewport().repaint()
    assert spy.seen == []
