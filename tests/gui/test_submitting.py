"""File → Submit to desk: the open text is saved, then submitted, and the editor shows it."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import Status
from newsdesk.services.articles import ArticleService
from support import SARA

pytestmark = pytest.mark.gui


def test_submit_saves_the_text_then_submits_it(qtbot, window, gui_db) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("خبر للمكتب")
    editor.body.setPlainText("نص كتب ولم يحفظ.")
    window.named_actions.submit.trigger()
    stored = ArticleService(gui_db, SARA).get(editor.article.id)
    assert stored.status == Status.SUBMITTED
    assert stored.content.body.plain_text() == "نص كتب ولم يحفظ."
    assert editor.article.status == Status.SUBMITTED and editor.body.isReadOnly()
    assert window.statusBar().currentMessage() == "Submitted to the desk"
