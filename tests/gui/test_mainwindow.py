"""The main window lists articles and shows each paragraph in its own direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.opening import open_database
from support import ADMIN, SARA

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    db = open_database(str(tmp_path / "gui.db"))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "sara", "editor")
    body = Document.from_plain_text(
        "CNSS يسجل 641 ألف صانع تقليدي\n\nThe ministry signed the memorandum."
    )
    ArticleService(db, SARA).create(ArticleContent(headline="CNSS يسجل 641 ألف صانع", body=body))
    win = MainWindow(db, SARA)
    qtbot.addWidget(win)
    yield win
    db.close()


def test_lists_articles_with_arabic_headlines_aligned_right(window) -> None:
    assert window.table.rowCount() == 1
    headline = window.table.item(0, 4)
    assert headline.text() == "CNSS يسجل 641 ألف صانع"
    assert headline.textAlignment() & Qt.AlignmentFlag.AlignRight


def test_selecting_shows_paragraphs_with_their_own_direction(window) -> None:
    window.table.selectRow(0)
    document = window.view.document()
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    assert directions["CNSS يسجل 641 ألف صانع تقليدي"] == Qt.LayoutDirection.RightToLeft
    assert directions["The ministry signed the memorandum."] == Qt.LayoutDirection.LeftToRight
