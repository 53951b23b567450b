"""The article list keeps its selection on the same article when a save reorders it."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import ArticleContent
from newsdesk.gui.navigator import Navigator
from newsdesk.services.articles import ArticleService
from support import SARA

pytestmark = pytest.mark.gui


def test_the_saved_article_stays_selected_when_it_moves_to_the_top(qtbot, gui_db) -> None:
    service = ArticleService(gui_db, SARA)
    older = service.create(ArticleContent(headline="الخبر الأقدم"))
    service.create(ArticleContent(headline="الخبر الأحدث"))
    navigator = Navigator(service)
    qtbot.addWidget(navigator)
    navigator.refresh()
    row = next(r for r in range(navigator.table.rowCount()) if navigator._article_id(r) == older.id)
    assert row == 1  # newest first
    navigator.table.selectRow(row)
    service.edit(older.id, if_version=older.version, headline="الخبر الأقدم بعد التعديل")
    navigator.refresh()
    assert navigator._article_id(0) == older.id
    assert navigator.selected_ids() == [older.id]
