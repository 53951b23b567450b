"""The desk queue's columns as the person left them, and narrow by default."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt

from newsdesk.domain.article import ArticleContent
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.queue.model import COLUMNS
from newsdesk.gui.queue.view import COMPACT_COLUMNS, HEADLINE_FLOOR, QueueView
from newsdesk.gui.settings_keys import SettingsKey
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA

pytestmark = pytest.mark.gui
LEASE = timedelta(minutes=60)
QT_DEFAULT_WIDTH = 100


def _queue(qtbot, db) -> QueueView:
    view = QueueView(db, KARIM, LEASE)
    qtbot.addWidget(view)
    return view


def test_number_columns_are_as_wide_as_their_titles(qtbot, gui_db) -> None:
    header = _queue(qtbot, gui_db).table.horizontalHeader()
    for name in COMPACT_COLUMNS:
        column = COLUMNS.index(name)
        assert header.sectionSize(column) == header.sectionSizeHint(column)
    assert header.sectionSize(COLUMNS.index("urgency")) < QT_DEFAULT_WIDTH


def test_widths_hidden_columns_and_sort_come_back_in_the_next_queue(qtbot, gui_db) -> None:
    service = ArticleService(gui_db, SARA)
    for words in ("واحد", "واحد اثنان ثلاثة"):
        service.create(ArticleContent(headline=words))
    first = _queue(qtbot, gui_db)
    header = first.table.horizontalHeader()
    desk, author, words = (COLUMNS.index(name) for name in ("desk", "author", "words"))
    header.resizeSection(desk, 173)
    first.columns.show_column(author, False)
    header.setSortIndicator(words, Qt.SortOrder.AscendingOrder)
    assert QSettings().value(SettingsKey.QUEUE_COLUMNS.value) is None  # kept at quit only
    first.columns.save()

    second = _queue(qtbot, gui_db)
    again = second.table.horizontalHeader()
    assert again.sectionSize(desk) == 173
    assert again.isSectionHidden(author)
    assert (again.sortIndicatorSection(), again.sortIndicatorOrder()) == (
        words,
        Qt.SortOrder.AscendingOrder,
    )
    assert second.model.order == "word_count" and not second.model.descending


def test_the_headline_cannot_be_hidden(qtbot, gui_db) -> None:
    view = _queue(qtbot, gui_db)
    headline = COLUMNS.index("headline")
    menu = view.columns.columns_menu()
    entries = {action.text(): action for action in menu.actions()}
    assert len(entries) == len(COLUMNS)
    assert not entries["Headline"].isEnabled() and entries["Headline"].isChecked()
    entries["Headline"].setChecked(False)
    assert not view.table.horizontalHeader().isSectionHidden(headline)
    entries["Author"].setChecked(False)
    assert view.table.horizontalHeader().isSectionHidden(COLUMNS.index("author"))


def test_an_unreadable_stored_layout_leaves_the_defaults(qtbot, gui_db) -> None:
    QSettings().setValue(SettingsKey.QUEUE_COLUMNS.value, b"not a header")
    header = _queue(qtbot, gui_db).table.horizontalHeader()
    assert not any(header.isSectionHidden(column) for column in range(len(COLUMNS)))
    urgency = COLUMNS.index("urgency")
    assert header.sectionSize(urgency) == header.sectionSizeHint(urgency)


def test_a_click_on_the_spelling_column_keeps_the_order_it_had(qtbot, gui_db) -> None:
    """Spelling counts are made on the desk: the database cannot sort by them."""
    view = _queue(qtbot, gui_db)
    header = view.table.horizontalHeader()
    words = COLUMNS.index("words")
    header.setSortIndicator(words, Qt.SortOrder.AscendingOrder)
    header.setSortIndicator(COLUMNS.index("spelling"), Qt.SortOrder.DescendingOrder)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        words,
        Qt.SortOrder.AscendingOrder,
    )
    assert view.model.order == "word_count" and not view.model.descending


def test_the_headline_stays_readable_in_a_narrow_dock_and_fills_a_wide_one(qtbot, gui_db) -> None:
    view = _queue(qtbot, gui_db)
    header = view.table.horizontalHeader()
    headline = COLUMNS.index("headline")
    view.resize(340, 500)
    view.show()
    qtbot.waitExposed(view)
    assert header.sectionSize(headline) == HEADLINE_FLOOR
    view.resize(1600, 500)
    qtbot.waitUntil(lambda: header.sectionSize(headline) > HEADLINE_FLOOR)
    assert header.length() == view.table.viewport().width()


def test_closing_the_desk_keeps_the_columns_for_the_next_start(qtbot, gui_db, recovery) -> None:
    first = MainWindow(gui_db, KARIM, recovery=recovery)
    qtbot.addWidget(first)
    first.queue.table.horizontalHeader().resizeSection(COLUMNS.index("author"), 177)
    assert first.close()
    second = MainWindow(gui_db, KARIM, recovery=recovery)
    qtbot.addWidget(second)
    assert second.queue.table.horizontalHeader().sectionSize(COLUMNS.index("author")) == 177


def test_a_hidden_column_leaves_its_width_to_the_headline(qtbot, gui_db) -> None:
    view = _queue(qtbot, gui_db)
    header = view.table.horizontalHeader()
    headline, author = COLUMNS.index("headline"), COLUMNS.index("author")
    view.resize(1600, 500)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: header.length() == view.table.viewport().width())
    before = header.sectionSize(headline)
    author_width = header.sectionSize(author)
    view.columns.show_column(author, False)
    assert header.sectionSize(headline) == before + author_width
    assert header.length() == view.table.viewport().width()


def test_a_column_dragged_to_another_place_stays_there(qtbot, gui_db) -> None:
    first = _queue(qtbot, gui_db)
    header = first.table.horizontalHeader()
    assert header.sectionsMovable()
    words = COLUMNS.index("words")
    header.moveSection(header.visualIndex(words), 0)
    first.columns.save()
    again = _queue(qtbot, gui_db).table.horizontalHeader()
    assert again.visualIndex(words) == 0
