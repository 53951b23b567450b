"""Spelling across the desk: loaded after the first paint, the View toggle, the queue's counts,
ticker items, and a newsroom word reaching another desk."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.domain.workflow import Step
from newsdesk.gui.actions import ActionName
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.queue.model import COLUMNS
from newsdesk.gui.queue.view import QueueView
from newsdesk.gui.spelling.source import shared_speller
from newsdesk.gui.ticker.desk import TickerDesk
from newsdesk.services.articles import ArticleService
from newsdesk.services.dictionary import DictionaryService, newsroom_words
from newsdesk.settings import Settings
from spelling_support import all_underlines, loaded_source
from support import KARIM, SARA, type_text

pytestmark = pytest.mark.gui

TYPOS = "Le gouvernment a présenté le projt mercredi."


def wait_loaded(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.speller.speller is not None, timeout=30_000)


def test_the_window_paints_before_the_speller_loads(qtbot, window) -> None:
    assert window.speller.speller is None  # attached and shown, the dictionaries still to come
    wait_loaded(qtbot, window)


def test_a_window_shown_before_it_is_attached_loads_the_speller(qtbot, gui_db, recovery) -> None:
    """The application's own order: the frame paints, then the newsroom is attached."""
    win = MainWindow(recovery=recovery)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.attach(gui_db, SARA)
    wait_loaded(qtbot, win)


def test_check_spelling_in_the_view_menu_is_per_article(qtbot, window) -> None:
    wait_loaded(qtbot, window)
    action = window.named_actions[ActionName.CHECK_SPELLING]
    first = window.new_article()
    type_text(first.body, TYPOS)
    qtbot.waitUntil(lambda: all_underlines(first.body.document()) == [["gouvernment", "projt"]])
    assert action.isChecked()
    action.trigger()
    assert not first.spelling.enabled
    qtbot.waitUntil(lambda: all_underlines(first.body.document()) == [[]])
    second = window.new_article()
    assert second.spelling.enabled and action.isChecked()
    window.tabs.setCurrentWidget(first)
    assert not action.isChecked()


def test_a_newsroom_word_added_on_another_desk_stops_the_flag_here(qtbot, window, gui_db) -> None:
    wait_loaded(qtbot, window)
    editor = window.new_article()
    type_text(editor.body, "Le projet Qwertzuiop")
    qtbot.waitUntil(lambda: all_underlines(editor.body.document()) == [["Qwertzuiop"]])
    # Karim adds it from his own desk: only the database carries it to this one, which learns
    # it on its database watch timer.
    DictionaryService(gui_db, KARIM).add(["Qwertzuiop"])
    qtbot.waitUntil(lambda: all_underlines(editor.body.document()) == [[]], timeout=8_000)


def test_a_word_added_here_goes_to_the_newsroom_dictionary(qtbot, window, gui_db) -> None:
    wait_loaded(qtbot, window)
    window.speller.add_to_newsroom("Qwertzuiop")
    assert newsroom_words(gui_db) == ["Qwertzuiop"]
    assert window.speller.speller.is_correct("Qwertzuiop", "fr")
    window.close()  # the process's speller outlives the window, not the window's words
    assert not shared_speller().is_correct("Qwertzuiop", "fr")


def test_the_queue_counts_spelling_findings_beside_style_errors(
    qtbot, gui_db
) -> None:
    from datetime import timedelta

    service = ArticleService(gui_db, SARA)
    article = service.create(
        ArticleContent(
            headline="Le gouvernment", language="fr", body=Document.from_plain_text(TYPOS)
        )
    )
    service.take_step(article.id, Step.SUBMIT)
    source = loaded_source(qtbot, gui_db)
    queue = QueueView(gui_db, KARIM, timedelta(minutes=60), "en")
    qtbot.addWidget(queue)
    queue.count_spelling(source)
    queue.show()
    model = queue.model
    column = COLUMNS.index("spelling")
    assert column == COLUMNS.index("errors") + 1
    assert model.rowCount() == 1
    model.data(model.index(0, column))  # as the view paints it
    qtbot.waitUntil(lambda: model.data(model.index(0, column)) == 3)


def test_ticker_items_are_checked_as_they_are_typed(qtbot, gui_db) -> None:
    source = loaded_source(qtbot, gui_db)
    desk = TickerDesk(gui_db, SARA, Settings(), speller=source)
    qtbot.addWidget(desk)
    type_text(desk.new_text, "Le gouvernment")
    assert all_underlines(desk.new_text.document()) == [["gouvernment"]]


def test_the_person_s_setting_is_remembered_and_new_articles_follow_it(qtbot, window) -> None:
    from newsdesk.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window, window.settings)
    qtbot.addWidget(dialog)
    assert dialog.spell_check.isChecked()  # on unless the person turned it off
    dialog.spell_check.setChecked(False)
    dialog._save()
    assert Settings.load().spell_check is False
    editor = window.new_article()
    assert not editor.spelling.enabled
    assert not window.named_actions[ActionName.CHECK_SPELLING].isChecked()
