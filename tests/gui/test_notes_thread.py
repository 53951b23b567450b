"""The notes thread keeps every note in view, however long another is."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import ArticleContent
from newsdesk.gui.editor.notes import NotesPanel
from newsdesk.services.articles import ArticleService
from support import SARA

pytestmark = pytest.mark.gui

LONG = (
    "imported from "
    + "/srv/incoming/"
    + "dossier-tres-long/" * 12
    + "depeche.docx (docx, sha256 "
    + "ab" * 32
    + ")"
)


def test_a_short_arabic_note_stays_in_view_beside_a_long_one(qtbot, gui_db) -> None:
    sara = ArticleService(gui_db, SARA)
    article = sara.create(ArticleContent(headline="CNSS يسجل 641 ألف صانع"))
    sara.add_note(article.id, "أضف المصدر " + "والتاريخ " * 40)
    sara.add_note(article.id, "تم")
    panel = NotesPanel(sara)
    qtbot.addWidget(panel)
    panel.resize(500, 200)
    panel.show()
    panel.show_article(article.id)
    qtbot.waitExposed(panel)
    view = panel.list
    viewport = view.viewport().rect()

    for row in range(view.count()):
        item = view.item(row)
        shown = view.visualItemRect(item)
        assert viewport.left() <= shown.left() and shown.right() <= viewport.right(), item.text()
        assert item.toolTip() == item.text()
    assert view.horizontalScrollBar().maximum() == 0
