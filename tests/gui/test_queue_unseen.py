"""Approve and Return in the real queue act on the version on screen; a newer text is shown instead."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.workflow import Step
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.queue.view import QueueView
from newsdesk.services.articles import ArticleService
from support import ADMIN, KARIM, SARA

pytestmark = pytest.mark.gui


def select_first_row(view: QueueView) -> str:
    view.table.selectionModel().select(
        view.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    return view.selected_ids()[0]


@pytest.fixture
def submitted(gui_db) -> str:
    """Sara's article, submitted (version 2)."""
    service = ArticleService(gui_db, SARA)
    article = service.create(ArticleContent(headline="الخبر كما قرأه رئيس التحرير"))
    service.take_step(article.id, Step.SUBMIT)
    return article.id


def test_the_open_version_is_judged_and_a_newer_text_is_shown_not_approved(
    qtbot, gui_db, recovery, submitted
) -> None:
    window = MainWindow(gui_db, KARIM, recovery=recovery)
    qtbot.addWidget(window, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    window.show()
    window.open_article(submitted)  # the chief reads version 2
    ArticleService(gui_db, ADMIN).edit(submitted, headline="عنوان لم يقرأه")
    assert window.queue.poll_changes()  # the queue's row is at version 3 now, the tab is not
    assert select_first_row(window.queue) == submitted
    assert window.queue.take_step(Step.APPROVE) == 0
    stored = ArticleService(gui_db, KARIM).get(submitted)
    assert (stored.status, stored.version) == (Status.SUBMITTED, 3)
    shown = window.queue.unseen
    assert shown is not None and shown.isVisible()
    assert "version 2" in shown.message.text()
    assert (shown.older.currentIndex(), shown.newer.currentIndex()) == (1, 2)
    assert "لم يقرأه" in shown.compare.toPlainText()


def test_without_an_open_tab_the_queue_row_is_the_version_shown(qtbot, gui_db, submitted) -> None:
    view = QueueView(gui_db, KARIM, timedelta(minutes=60))
    qtbot.addWidget(view)
    select_first_row(view)
    ArticleService(gui_db, ADMIN).edit(submitted, headline="عنوان لم يقرأه")
    assert view.take_step(Step.RETURN, note="أضف المصدر") == 0
    assert ArticleService(gui_db, KARIM).get(submitted).status == Status.SUBMITTED
    assert view.unseen is not None and view.unseen.isVisible()
    view.unseen.close()
    select_first_row(view)  # the queue shows version 3 now: that is what is returned
    assert view.take_step(Step.RETURN, note="أضف المصدر") == 1
    assert ArticleService(gui_db, KARIM).get(submitted).status == Status.RETURNED
