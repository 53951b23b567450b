"""Searching in the queue and the navigator narrows by tab and filters in the database, before
the row limit: a tab shows every match it holds, however many newer matches other tabs hold."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.workflow import Step
from newsdesk.gui.navigator import PAGE as NAVIGATOR_LIMIT
from newsdesk.gui.navigator import Navigator
from newsdesk.gui.queue.model import SEARCH_LIMIT
from newsdesk.gui.queue.view import QueueView
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA

pytestmark = pytest.mark.gui
LEASE = timedelta(minutes=60)


@pytest.fixture
def crowded(gui_db) -> list[str]:
    """Three submitted matches, then more newer matching drafts than either window holds."""
    sara = ArticleService(gui_db, SARA)
    submitted = [sara.create(ArticleContent(headline=f"خبر عاجل {n}")).id for n in range(3)]
    for article_id in submitted:
        sara.take_step(article_id, Step.SUBMIT)
    karim = ArticleService(gui_db, KARIM)
    for n in range(max(SEARCH_LIMIT, NAVIGATOR_LIMIT) + 1):
        karim.create(ArticleContent(headline=f"خبر عاجل {n}"))
    return submitted


def test_queue_search_finds_every_match_of_the_tab(qtbot, gui_db, crowded) -> None:
    view = QueueView(gui_db, KARIM, LEASE)
    qtbot.addWidget(view)
    assert view.current_status() == Status.SUBMITTED
    view.search.setText("عاجل")
    qtbot.waitUntil(lambda: view.model.query == "عاجل", timeout=3000)
    assert view.model.rowCount() == 3
    assert {view.model.article_id(r) for r in range(3)} == set(crowded)


def test_navigator_search_applies_status_and_mine_before_the_limit(qtbot, gui_db, crowded):
    navigator = Navigator(ArticleService(gui_db, SARA))
    qtbot.addWidget(navigator)
    navigator.search.setText("عاجل")
    navigator.status.setCurrentIndex(navigator.status.findData(Status.SUBMITTED.value))
    navigator.refresh()
    shown = {
        navigator.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(navigator.table.rowCount())
    }
    assert shown == set(crowded)
    # "Mine" narrows a search too: sara wrote only the three submitted articles.
    navigator.status.setCurrentIndex(0)
    navigator.mine.setChecked(True)
    navigator.refresh()
    shown = {
        navigator.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(navigator.table.rowCount())
    }
    assert shown == set(crowded)
