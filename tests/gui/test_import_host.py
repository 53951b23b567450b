"""An import needs only what its protocol names: a small host, no main window."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QWidget

from newsdesk.domain.people import Person
from newsdesk.gui.importing import ImportHost, start_import
from newsdesk.services.articles import ArticleService
from newsdesk.settings import Settings
from support import SARA

pytestmark = pytest.mark.gui


@dataclass
class Host:
    """Records what the import asked of the window."""

    articles: ArticleService
    person: Person
    settings: Settings
    opened: list[str] = field(default_factory=list)
    refreshed: int = 0

    def open_article(self, article_id: str) -> None:
        self.opened.append(article_id)

    def refresh_lists(self) -> None:
        self.refreshed += 1


def test_an_import_for_a_small_host_refreshes_and_opens_what_it_made(
    qtbot, gui_db, tmp_path
) -> None:
    source = tmp_path / "a.txt"
    source.write_text("عنوان الخبر المستورد\n\nنص الخبر كاملا.\n", encoding="utf-8")
    host: ImportHost = Host(ArticleService(gui_db, SARA), SARA, Settings())
    parent = QWidget()
    qtbot.addWidget(parent)
    run = start_import(host, [source], parent)
    qtbot.waitUntil(lambda: run.dialog is not None, timeout=10000)
    [made] = ArticleService(gui_db, SARA).summaries(limit=10)
    assert made.headline == "عنوان الخبر المستورد"
    assert (host.opened, host.refreshed) == ([made.id], 1)
    run.dialog.close()
