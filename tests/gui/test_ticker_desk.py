"""The ticker desk: running order by drag, breaking toggle, approval for chiefs, expiry by the clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from newsdesk.gui.ticker.desk import ITEM_ID, TickerDesk
from newsdesk.services.tickers import TickerService
from support import KARIM, SARA

pytestmark = pytest.mark.gui
NOW = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def items(gui_db, clock) -> list[str]:
    service = TickerService(gui_db, KARIM)
    texts = [
        "طنجة: التوقيع على اتفاقيتي شراكة",
        "CNSS: 641 ألف صانع مسجلون",
        "الرباط: افتتاح معرض الكتاب",
    ]
    ids = [service.add(t, channel="site", now=clock()).id for t in texts]
    for item_id in ids:
        service.approve(item_id, now=clock())
    return ids


def texts(desk: TickerDesk) -> list[str]:
    return [desk.list.item(i).text() for i in range(desk.list.count())]


def test_drag_reorders_the_running_order(qtbot, gui_db, items, clock) -> None:
    desk = TickerDesk(gui_db, KARIM, clock=clock)
    qtbot.addWidget(desk)
    assert desk.list.count() == 3
    desk.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    order = [i.id for i in TickerService(gui_db, KARIM).list_items("site", now=clock())]
    assert order == [items[2], items[0], items[1]]
    assert [desk.list.item(i).data(ITEM_ID) for i in range(3)] == order


def test_breaking_toggle_puts_the_item_first_and_red(qtbot, gui_db, items, clock) -> None:
    desk = TickerDesk(gui_db, KARIM, clock=clock)
    qtbot.addWidget(desk)
    desk.list.setCurrentRow(2)
    desk.breaking_button.setChecked(True)
    desk.toggle_breaking()
    assert desk.list.item(0).data(ITEM_ID) == items[2]
    assert desk.list.item(0).foreground().color().name() == "#c01c28"
    assert desk.crawl.items()[0].breaking


def test_approval_is_hidden_from_editors(qtbot, gui_db, items, clock) -> None:
    editor_desk = TickerDesk(gui_db, SARA, clock=clock)
    chief_desk = TickerDesk(gui_db, KARIM, clock=clock)
    qtbot.addWidget(editor_desk)
    qtbot.addWidget(chief_desk)
    assert not editor_desk.approve_button.isVisibleTo(editor_desk)
    assert not editor_desk.withdraw_button.isVisibleTo(editor_desk)
    assert chief_desk.approve_button.isVisibleTo(chief_desk)


def test_expired_items_leave_the_desk_and_the_crawl_at_the_frozen_clock(
    qtbot, gui_db, items, clock
) -> None:
    desk = TickerDesk(gui_db, KARIM, clock=clock)
    qtbot.addWidget(desk)
    assert len(desk.crawl.items()) == 3
    clock.now = NOW + timedelta(hours=7)
    desk.refresh()
    assert desk.list.count() == 0 and desk.crawl.items() == []


def test_inline_edit_keeps_direction_and_saves(qtbot, gui_db, items, clock) -> None:
    desk = TickerDesk(gui_db, KARIM, clock=clock)
    qtbot.addWidget(desk)
    row = desk.list.item(1)
    assert row.textAlignment() & Qt.AlignmentFlag.AlignRight
    row.setText("CNSS: 700 ألف صانع مسجلون")
    assert (
        TickerService(gui_db, KARIM).get(items[1], now=clock()).text == "CNSS: 700 ألف صانع مسجلون"
    )
