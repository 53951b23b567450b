"""The article list and the preview give an article's time in the same zone, the desk's."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import ArticleContent
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.services.articles import ArticleService
from newsdesk.settings import Settings
from support import SARA

pytestmark = pytest.mark.gui


# Nine hours from UTC, so neither a UTC machine nor Casablanca's default can pass for it.
@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/Los_Angeles"])
def test_the_list_time_is_the_preview_time(qtbot, gui_db, recovery, zone: str) -> None:
    article = ArticleService(gui_db, SARA).create(
        ArticleContent(headline="Council adopts the budget", language="en")
    )
    window = MainWindow(gui_db, SARA, recovery=recovery, settings=Settings(timezone=zone))
    qtbot.addWidget(window, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    window.show()
    window.navigator.refresh()
    listed = window.navigator.table.item(0, 2).text()  # "dd/mm HH:MM"
    assert window.open_article(article.id) is not None
    shown = f"at {listed.split()[1]}"
    qtbot.waitUntil(lambda: shown in window.preview.browser.toPlainText(), timeout=5000)
