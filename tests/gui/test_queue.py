"""The desk chief's queue: role-aware actions, the review flow, paging and polling."""

from __future__ import annotations

import sqlite3
import sys
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.workflow import Step
from newsdesk.gui.queue.model import COLUMNS, PAGE, QueueModel
from newsdesk.gui.queue.view import QueueView
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA

pytestmark = pytest.mark.gui
LEASE = timedelta(minutes=60)


def select_rows(view: QueueView, *rows: int) -> None:
    for row in rows:
        index = view.model.index(row, 0)
        view.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )


@pytest.fixture
def submitted(gui_db) -> list[str]:
    service = ArticleService(gui_db, SARA)
    ids = [service.create(ArticleContent(headline=f"خبر رقم {n}")).id for n in range(3)]
    for article_id in ids:
        service.take_step(article_id, Step.SUBMIT)
    return ids


def test_editors_do_not_see_approve(qtbot, gui_db, submitted) -> None:
    editor_view = QueueView(gui_db, SARA, LEASE)
    chief_view = QueueView(gui_db, KARIM, LEASE)
    qtbot.addWidget(editor_view)
    qtbot.addWidget(chief_view)
    assert not editor_view.buttons[Step.APPROVE].isVisibleTo(editor_view)
    assert not editor_view.buttons[Step.CLAIM].isVisibleTo(editor_view)
    assert chief_view.buttons[Step.APPROVE].isVisibleTo(chief_view)


def test_chief_claims_and_returns_with_a_note_the_editor_sees(qtbot, gui_db, submitted) -> None:
    view = QueueView(gui_db, KARIM, LEASE)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 3 and view.tabs.tabText(0).endswith("(3)")
    select_rows(view, 0)
    claimed_id = view.selected_ids()[0]
    assert view.take_step(Step.CLAIM) == 1
    assert ArticleService(gui_db, KARIM).get(claimed_id).held_by == "karim"
    view.tabs.setCurrentIndex(1)
    select_rows(view, 0)
    assert view.take_step(Step.RETURN, note="أضف المصدر") == 1
    notes = ArticleService(gui_db, SARA).notes(claimed_id)
    assert notes[-1].text == "return: أضف المصدر"
    assert ArticleService(gui_db, SARA).get(claimed_id).status == Status.RETURNED


def test_several_rows_approved_at_once(qtbot, gui_db, submitted) -> None:
    view = QueueView(gui_db, KARIM, LEASE)
    qtbot.addWidget(view)
    select_rows(view, 0, 1, 2)
    assert view.take_step(Step.APPROVE) == 3
    assert view.model.rowCount() == 0
    assert view.tabs.tabText(3).endswith("(3)")


def test_polling_sees_work_from_elsewhere(qtbot, gui_db, submitted) -> None:
    view = QueueView(gui_db, KARIM, LEASE)
    qtbot.addWidget(view)
    assert not view.poll_changes()
    other = ArticleService(gui_db, SARA)
    article = other.create(ArticleContent(headline="خبر جديد"))
    other.take_step(article.id, Step.SUBMIT)
    assert view.poll_changes()
    assert view.model.rowCount() == 4


def test_model_pages_a_large_desk(qtbot, gui_db) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from bulk import article_row, insert_articles

    path = Path(gui_db.url.split("///", 1)[1])
    rows = [
        article_row(
            str(uuid.UUID(int=n)),
            f"خبر {n}",
            "ar",
            '{"blocks":[]}',
            f"2024-01-01 00:{n // 60 % 60:02d}:{n % 60:02d}.000000",
            status="submitted",
        )
        for n in range(5000)
    ]
    insert_articles(path, rows)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5000
    model = QueueModel(ArticleService(gui_db, KARIM))
    model.set_filter("submitted")
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE


def test_a_lease_opens_read_only_for_others_until_a_chief_breaks_it(
    qtbot, gui_db, submitted, recovery
) -> None:
    from newsdesk.domain.people import Person, Role
    from newsdesk.gui.mainwindow import MainWindow
    from newsdesk.services.users import add_person
    from support import ADMIN

    add_person(gui_db, ADMIN, "omar", "chief")
    omar = Person("omar", Role.CHIEF)
    ArticleService(gui_db, KARIM).take_step(submitted[0], Step.CLAIM)
    window = MainWindow(gui_db, omar, recovery=recovery)
    qtbot.addWidget(window)
    editor = window.open_article(submitted[0])
    assert editor.body.isReadOnly() and "karim" in editor.banner.text()
    select_rows(window.queue, 0)
    window.queue.tabs.setCurrentIndex(1)
    select_rows(window.queue, 0)
    assert window.queue.model.data(window.queue.model.index(0, COLUMNS.index("held_by"))) == "karim"
    assert window.queue.break_lease(confirm=False) == 1
    window.close_tab(window.tabs.currentIndex())
    assert not window.open_article(submitted[0]).body.isReadOnly()


def test_queue_shows_words_and_style_errors_and_sorts_in_the_database(qtbot, gui_db) -> None:
    from newsdesk.domain.document import Document

    service = ArticleService(gui_db, SARA)
    short = service.create(ArticleContent(headline="قصير", body=Document.from_plain_text("كلمة")))
    faulty = service.create(
        ArticleContent(
            headline="خبر", body=Document.from_plain_text("ما مجموعه389 ألف صانع تقليدي هنا")
        )
    )
    for article in (short, faulty):
        service.take_step(article.id, Step.SUBMIT)
    view = QueueView(gui_db, KARIM, LEASE)
    qtbot.addWidget(view)
    model = view.model
    words, errors = model.index(0, 6), model.index(0, 7)
    by_id = {
        model.article_id(r): (model.data(model.index(r, 6)), model.data(model.index(r, 7)))
        for r in range(2)
    }
    assert by_id[short.id] == (2, "") and by_id[faulty.id] == (7, 1)
    assert words.isValid() and errors.isValid()
    model.sort(6, Qt.SortOrder.AscendingOrder)
    assert [model.article_id(r) for r in range(2)] == [short.id, faulty.id]
    model.sort(6, Qt.SortOrder.DescendingOrder)
    assert [model.article_id(r) for r in range(2)] == [faulty.id, short.id]


def test_search_box_filters_the_tab_with_arabic_folding(qtbot, gui_db, submitted) -> None:
    service = ArticleService(gui_db, SARA)
    other = service.create(ArticleContent(headline="التأمين الإجباري عن المرض"))
    service.take_step(other.id, Step.SUBMIT)
    view = QueueView(gui_db, KARIM, LEASE)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 4
    view.search.setText("الاجباري")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.article_id(0) == other.id
    view.search.setText("")
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=2000)


def test_in_review_can_show_only_what_i_hold(qtbot, gui_db, submitted) -> None:
    from newsdesk.domain.people import Person, Role
    from newsdesk.services.users import add_person
    from support import ADMIN

    add_person(gui_db, ADMIN, "omar", "chief")
    ArticleService(gui_db, KARIM).take_step(submitted[0], Step.CLAIM)
    ArticleService(gui_db, Person("omar", Role.CHIEF)).take_step(submitted[1], Step.CLAIM)
    view = QueueView(gui_db, KARIM, LEASE)
    qtbot.addWidget(view)
    assert view.mine.isHidden()  # on the Incoming tab, the search box has the room
    view.tabs.setCurrentIndex(1)
    assert not view.mine.isHidden()
    assert view.model.rowCount() == 2
    view.mine.setChecked(True)
    assert [view.model.article_id(r) for r in range(view.model.rowCount())] == [submitted[0]]
    assert view.tabs.tabText(1).endswith("(1)")


def test_the_selection_follows_its_article_when_a_change_moves_its_row(
    qtbot, gui_db, submitted
) -> None:
    view = QueueView(gui_db, KARIM, LEASE)
    qtbot.addWidget(view)
    last = view.model.rowCount() - 1
    select_rows(view, last)  # the oldest, at the bottom
    chosen = view.selected_ids()
    sara = ArticleService(gui_db, SARA)
    newest = sara.create(ArticleContent(headline="خبر وصل للتو")).id
    sara.take_step(newest, Step.SUBMIT)
    assert view.poll_changes()
    assert view.model.article_id(0) == newest  # newest first: every other row moved down
    assert view.selected_ids() == chosen


def test_a_chiefs_buttons_all_fit_the_default_dock_width(qtbot, gui_db) -> None:
    from newsdesk.domain.people import Person, Role

    for person in (KARIM, Person("admin", Role.ADMIN)):
        view = QueueView(gui_db, person, LEASE)
        qtbot.addWidget(view)
        view.resize(320, 600)
        view.show()
        qtbot.waitExposed(view)
        shown = [b for b in [*view.buttons.values(), view.break_button] if b.isVisible()]
        assert len(shown) >= 6, person
        assert view.minimumSizeHint().width() <= 320, person
        assert all(b.geometry().right() < view.width() for b in shown), person
