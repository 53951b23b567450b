"""Articles are live: a change stored by another process reaches the open window by itself."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.workflow import Step
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.widgets.stale_banner import StaleBanner
from newsdesk.services.articles import ArticleService
from newsdesk.storage.engine import Database
from support import KARIM, SARA

pytestmark = pytest.mark.gui

WAIT_MS = 8000


def newsdesk(url: str, user: str, *argv: str) -> None:
    """Run the `newsdesk` command in a process of its own, as another desk would."""
    env = {**os.environ, "NEWSDESK_USER": user}
    subprocess.run(
        [sys.executable, "-m", "newsdesk.cli.main", "--db", url, "--as", user, *argv],
        check=True,
        capture_output=True,
        timeout=120,
        env=env,
    )


def open_in_sara_window(qtbot, db: Database, recovery, headline: str) -> tuple[MainWindow, Any]:
    """Sara's shown window with her new article open in a tab."""
    article = ArticleService(db, SARA).create(ArticleContent(headline=headline))
    window = sara_window(qtbot, db, recovery)
    editor = window.open_article(article.id)
    assert editor is not None and not editor.dirty
    return window, editor


def sara_window(qtbot, db: Database, recovery) -> MainWindow:
    window = MainWindow(db, SARA, recovery=recovery)
    qtbot.addWidget(window, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    window.show()
    return window


def test_a_clean_open_article_takes_the_version_saved_by_another_process(
    qtbot, db_url, db, recovery
) -> None:
    window, editor = open_in_sara_window(qtbot, db, recovery, "Avant")
    newsdesk(db_url, "sara", "article", "edit", editor.article.id, "--headline", "Après")
    qtbot.waitUntil(lambda: editor.base_version == 2, timeout=WAIT_MS)
    assert editor.fields.headline.text() == "Après"
    assert not editor.dirty
    assert editor.findChild(StaleBanner) is None
    table = window.navigator.table
    assert "Après" in [table.item(r, 0).text() for r in range(table.rowCount())]


def test_unsaved_edits_are_kept_and_a_banner_offers_the_comparison(
    qtbot, db_url, db, recovery
) -> None:
    window, editor = open_in_sara_window(qtbot, db, recovery, "Avant")
    editor.fields.headline.setText("Mon titre")
    assert editor.dirty
    newsdesk(db_url, "sara", "article", "edit", editor.article.id, "--headline", "Leur titre")
    qtbot.waitUntil(lambda: editor.findChild(StaleBanner) is not None, timeout=WAIT_MS)
    banner = editor.findChild(StaleBanner)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert banner.version == 2 and editor.base_version == 1
    assert editor.fields.headline.text() == "Mon titre"  # the edits stay
    banner.compare.click()
    from newsdesk.gui.dialogs.history import HistoryDialog

    dialogs = window.findChildren(HistoryDialog)
    assert dialogs and dialogs[-1].isVisible()
    dialogs[-1].close()


def test_the_author_is_told_at_once_when_the_chief_returns_the_article(
    qtbot, db_url, db, recovery
) -> None:
    service = ArticleService(db, SARA)
    article = service.create(ArticleContent(headline="Le papier de Sara"))
    service.take_step(article.id, Step.SUBMIT)
    window = sara_window(qtbot, db, recovery)
    editor = window.open_article(article.id)
    assert editor is not None
    newsdesk(db_url, "karim", "article", "claim", article.id)
    qtbot.waitUntil(lambda: any("karim took" in n for n in window.live.notices), timeout=WAIT_MS)
    newsdesk(db_url, "karim", "article", "return", article.id, "--note", "Sources ?")
    qtbot.waitUntil(
        lambda: any("returned" in n and "Le papier de Sara" in n for n in window.live.notices),
        timeout=WAIT_MS,
    )
    assert window.statusBar().currentMessage() == window.live.notices[-1]
    table = window.navigator.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Le papier de Sara")
    assert table.item(row, 0).font().bold()  # the Articles list marks it too
    assert table.item(row, 0).toolTip() == window.live.notices[-1]
    qtbot.waitUntil(lambda: editor.article.status == Status.RETURNED, timeout=WAIT_MS)
    assert "Sources ?" in editor.banner.text()


def test_the_queue_return_updates_the_chiefs_open_tab_so_his_save_is_no_conflict(
    qtbot, db, recovery
) -> None:
    sara = ArticleService(db, SARA)
    article = sara.create(ArticleContent(headline="À relire"))
    sara.take_step(article.id, Step.SUBMIT)
    window = MainWindow(db, KARIM, recovery=recovery)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_article(article.id)
    assert editor is not None
    window.queue.service.take_step(article.id, Step.CLAIM, seen_version=editor.base_version)
    window.queue.changed.emit()  # what the queue's buttons send after a step
    qtbot.waitUntil(lambda: editor.article.status == Status.IN_REVIEW, timeout=WAIT_MS)
    editor.fields.headline.setText("À relire, relu")
    assert editor.save()
    assert ArticleService(db, KARIM).get(article.id).content.headline == "À relire, relu"


def test_an_imported_submission_is_news_for_the_desk_not_for_a_reporter(
    qtbot, gui_db, recovery
) -> None:
    from newsdesk.storage.change_feed import ArticleChange

    chief = MainWindow(gui_db, KARIM, recovery=recovery)
    qtbot.addWidget(chief)
    reporter = sara_window(qtbot, gui_db, recovery)
    imported = ArticleChange(
        "a1", 1, "submitted", "nadia", "admin", "import", "Dépêche", datetime.now(UTC)
    )
    assert chief.live.notice_for(imported) == "“Dépêche” arrived as a submission."
    assert reporter.live.notice_for(imported) == ""
    assert chief.live.notice_for(replace(imported, status="draft")) == ""
    assert chief.live.notice_for(replace(imported, updated_by="karim")) == ""


def test_with_its_listening_session_ended_the_desk_still_follows_each_tick(
    qtbot, db_url, db, recovery
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("only PostgreSQL listens")
    from sqlalchemy import text

    window, editor = open_in_sara_window(qtbot, db, recovery, "Avant")
    listener = window.database_watch.listener
    assert listener is not None
    with db.engine.connect() as connection:
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": listener.backend_pid})
    qtbot.waitUntil(lambda: not listener.alive, timeout=WAIT_MS)
    qtbot.wait(300)  # the last word of the dying listener is read before the edit
    newsdesk(db_url, "sara", "article", "edit", editor.article.id, "--headline", "Après")
    qtbot.waitUntil(lambda: editor.base_version == 2, timeout=WAIT_MS)


def test_a_person_whose_changes_were_saved_over_is_told_at_once(qtbot, db, recovery) -> None:
    window, editor = open_in_sara_window(qtbot, db, recovery, "Brouillon")
    sara, karim = ArticleService(db, SARA), ArticleService(db, KARIM)
    karim.edit(editor.article.id, if_version=1, standfirst="Chapeau")  # an ordinary save: no word
    sara.edit(editor.article.id, if_version=2, headline="Brouillon de Sara")
    note = "karim saved over changes by sara (version 3): Headline"
    karim.save_over(editor.article.id, if_version=3, note=note, headline="Titre de Karim")
    qtbot.waitUntil(lambda: any("saved over" in n for n in window.live.notices), timeout=WAIT_MS)
    assert window.live.notices == [
        "karim saved over some of your changes to “Titre de Karim”; the notes say which."
    ]
    assert editor.fields.headline.text() == "Titre de Karim"  # a clean tab takes it in place
    assert [n.text for n in sara.notes(editor.article.id) if n.step == "saved_over"] == [
        f"saved_over: {note}"
    ]


def test_only_the_person_saved_over_is_told(qtbot, gui_db, recovery) -> None:
    from newsdesk.storage.change_feed import ArticleChange

    article = ArticleService(gui_db, SARA).create(ArticleContent(headline="À deux"))
    ArticleService(gui_db, KARIM).save_over(article.id, if_version=1, note="n", headline="Un")
    reporter = sara_window(qtbot, gui_db, recovery)
    chief = MainWindow(gui_db, KARIM, recovery=recovery)
    qtbot.addWidget(chief)
    change = ArticleChange(
        article.id, 2, "draft", "sara", "karim", "saved_over", "Un", datetime.now(UTC)
    )
    assert reporter.live.notice_for(change) != ""
    assert reporter.live.notice_for(replace(change, version=3)) == ""  # v2 was Karim's own
    assert chief.live.notice_for(replace(change, updated_by="admin")) == ""  # not his version


def test_a_resubmitted_article_drops_the_return_banner_in_the_chiefs_open_tab(
    qtbot, db, recovery
) -> None:
    sara, karim = ArticleService(db, SARA), ArticleService(db, KARIM)
    article = sara.create(ArticleContent(headline="سدود سوس ماسة", language="ar"))
    sara.take_step(article.id, Step.SUBMIT)
    karim.take_step(article.id, Step.CLAIM)
    karim.take_step(article.id, Step.RETURN, "أضيفي مصدرًا")
    window = MainWindow(db, KARIM, recovery=recovery)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_article(article.id)
    assert editor is not None and editor.banner.isVisible()
    sara.edit(article.id, headline="سدود سوس ماسة، حسب بلاغ رسمي")
    sara.take_step(article.id, Step.SUBMIT, "أضفت المصدر")
    qtbot.waitUntil(lambda: editor.article.status == Status.SUBMITTED, timeout=WAIT_MS)
    assert not editor.banner.isVisible()
    assert editor.notes.list.count() == 2  # the return's note and the resubmission's


def test_the_notes_thread_shows_times_in_the_desks_zone(qtbot, gui_db, recovery) -> None:
    from newsdesk.text.dates import short_datetime

    service = ArticleService(gui_db, SARA)
    article = service.create(ArticleContent(headline="Fuseau"))
    note = service.add_note(article.id, "vu")
    window = sara_window(qtbot, gui_db, recovery)
    editor = window.open_article(article.id)
    assert editor is not None
    shown = editor.notes.list.item(0).text()
    assert short_datetime(note.at, window.settings.timezone) in shown
    assert window.settings.timezone == "Africa/Casablanca"  # an hour off UTC, so it can fail
