"""A long right-aligned Arabic item in a narrow ticker list keeps its first words in view."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from newsdesk.gui.ticker.desk import TickerDesk
from newsdesk.services.tickers import TickerService
from support import KARIM

pytestmark = pytest.mark.gui
NOW = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
LONG = (
    "الحكومة تصادق على مشروع قانون المالية للسنة المقبلة وتعلن عن إجراءات جديدة "
    "لدعم القدرة الشرائية للأسر"
)
FIRST_WORDS = "الحكومة تصادق"


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_a_long_arabic_item_is_wrapped_not_scrolled(qtbot, gui_db, direction) -> None:
    TickerService(gui_db, KARIM).add(LONG, channel="site", now=NOW)
    TickerService(gui_db, KARIM).add("CNSS: 641 ألف", channel="site", now=NOW)
    desk = TickerDesk(gui_db, KARIM, clock=lambda: NOW)
    desk.setLayoutDirection(direction)  # the English or French UI is left to right
    qtbot.addWidget(desk)
    desk.resize(320, 600)
    desk.show()
    qtbot.waitExposed(desk)
    view = desk.list
    row = next(i for i in range(view.count()) if view.item(i).text() == LONG)
    index = view.model().index(row, 0)
    qtbot.waitUntil(lambda: view.visualRect(index).height() > 0)
    viewport = view.viewport().rect()
    rect = view.visualRect(index)
    assert view.horizontalScrollBar().maximum() == 0
    # The row lies inside the viewport and is tall enough for the whole wrapped text.
    assert viewport.left() <= rect.left() and rect.right() <= viewport.right()
    metrics = QFontMetrics(view.font())
    needed = metrics.boundingRect(
        QRect(0, 0, rect.width() - 8, 10_000), int(Qt.TextFlag.TextWordWrap), LONG
    )
    assert needed.height() > metrics.height()  # it does wrap at this width
    assert rect.height() >= needed.height()
    # The item's start, its right end, is inside the visible part of the row.
    start = metrics.horizontalAdvance(FIRST_WORDS)
    assert rect.right() - start >= viewport.left()
