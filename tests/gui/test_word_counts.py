"""The status bar and the queue count an article's words alike."""

from __future__ import annotations

import re

import pytest

from newsdesk.gui.editor.article_editor import ArticleEditor
from newsdesk.gui.status_line import counts_text
from newsdesk.services.articles import ArticleService
from newsdesk.services.metrics import article_metrics
from newsdesk.settings import Settings
from support import SARA

pytestmark = pytest.mark.gui


def test_status_bar_count_is_the_queue_count(qtbot, gui_db, recovery) -> None:
    editor = ArticleEditor(ArticleService(gui_db, SARA), recovery, Settings(), None)
    qtbot.addWidget(editor, before_close_func=lambda e: e.discard_changes())
    editor.fields.headline.setText("الحكومة تصادق على مشروع قانون المالية")
    editor.body.setPlainText("صادق المجلس الحكومي اليوم على المشروع.\nوقال الناطق الرسمي: «نعم».")
    shown = counts_text(editor.fields.headline.text(), editor.body.toPlainText(), "ar")
    words = int(re.match(r"\d+", shown).group())  # type: ignore[union-attr]
    assert words == article_metrics(editor.content())["word_count"] == 16
