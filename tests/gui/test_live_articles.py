"""Articles are live: a change stored by another process reaches the open window by itself."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.workflow import Step
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.widgets.stale_banner import StaleBanner
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database
from support import ADMIN, KARIM, SARA

pytestmark = pytest.mark.gui

WAIT_MS = 8000


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def live_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A file or a server schema, as another process reaches it too."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'live.db'}"
    from conftest import PG_URL, _reset_postgres

    _reset_postgres()
    return PG_URL


@pytest.fixture
def live_db(live_url: str) -> Iterator[Database]:
    """The desk's database with sara (editor) and karim (chief)."""
    db = open_database(live_url)
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "sara", "editor")
    add_person(db, ADMIN, "karim", "chief")
    yield db
    db.close()


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


def sara_window(qtbot, db: Database, recovery) -> MainWindow:
    window = MainWindow(db, SARA, recovery=recovery)
    qtbot.addWidget(window, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    window.show()
    return window


def test_a_clean_open_article_takes_the_version_saved_by_another_process(
    qtbot, live_url, live_db, recovery
) -> None:
    article = ArticleService(live_db, SARA).create(ArticleContent(headline="Avant"))
    window = sara_window(qtbot, live_db, recovery)
    editor = window.open_article(article.id)
    assert editor is not None and not editor.dirty
    newsdesk(live_url, "sara", "article", "edit", article.id, "--headline", "Après")
    qtbot.waitUntil(lambda: editor.base_version == 2, timeout=WAIT_MS)
    assert editor.fields.headline.text() == "Après"
    assert not editor.dirty
    assert editor.findChild(StaleBanner) is None
    table = window.navigator.table
    assert "Après" in [table.item(r, 0).text() for r in range(table.rowCount())]


def test_unsaved_edits_are_kept_and_a_banner_offers_the_comparison(
    qtbot, live_url, live_db, recovery
) -> None:
    article = ArticleService(live_db, SARA).create(ArticleContent(headline="Avant"))
    window = sara_window(qtbot, live_db, recovery)
    editor = window.open_article(article.id)
    assert editor is not None
    editor.fields.headline.setText("Mon titre")
    assert editor.dirty
    newsdesk(live_url, "sara", "article", "edit", article.id, "--headline", "Leur titre")
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
    qtbot, live_url, live_db, recovery
) -> None:
    service = ArticleService(live_db, SARA)
    article = service.create(ArticleContent(headline="Le papier de Sara"))
    service.take_step(article.id, Step.SUBMIT)
    window = sara_window(qtbot, live_db, recovery)
    editor = window.open_article(article.id)
    assert editor is not None
    newsdesk(live_url, "karim", "article", "claim", article.id)
    qtbot.waitUntil(lambda: any("karim took" in n for n in window.live.notices), timeout=WAIT_MS)
    newsdesk(live_url, "karim", "article", "return", article.id, "--note", "Sources ?")
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
    qtbot, live_db, recovery
) -> None:
    sara = ArticleService(live_db, SARA)
    article = sara.create(ArticleContent(headline="À relire"))
    sara.take_step(article.id, Step.SUBMIT)
    window = MainWindow(live_db, KARIM, recovery=recovery)
    qtbot.addWidget(window)
    window.show()
    editor = window.open_article(article.id)
    assert editor is not None
    window.queue.service.take_step(article.id, Step.CLAIM, seen_version=editor.base_version)
    window.queue.changed.emit()  # what the queue's buttons send after a step
    qtbot.waitUntil(lambda: editor.article.status == Status.IN_REVIEW, timeout=WAIT_MS)
    editor.fields.headline.setText("À relire, relu")
    assert editor.save()
    assert ArticleService(live_db, KARIM).get(article.id).content.headline == "À relire, relu"
