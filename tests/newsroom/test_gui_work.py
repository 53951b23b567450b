"""The desktop app on a newsroom: each person's window logged in as themselves, every write under
the database's own rules (triggers, grants, row-level security)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from newsdesk.domain.article import Status
from newsdesk.domain.workflow import Step
from newsdesk.gui.queue.view import QueueView
from newsroom_support import desk_window

pytestmark = [pytest.mark.postgres, pytest.mark.gui]


def _select_first(view: QueueView) -> str:
    view.table.selectionModel().select(
        view.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    return view.selected_ids()[0]


# `newsroom` comes before `qtbot`, so the windows close (and stop polling) before the newsroom's
# roles are dropped at its teardown.
def test_a_reporter_and_a_chief_work_in_their_windows(newsroom, qtbot, tmp_path) -> None:
    sara, karim = newsroom.name("sara"), newsroom.name("karim")
    reporter = desk_window(qtbot, newsroom, "sara", tmp_path)
    editor = reporter.new_article()
    editor.fields.headline.setText("أمطار غزيرة في الرباط")
    editor.body.setPlainText("تهاطلت أمطار غزيرة على الرباط صباح اليوم.")
    assert editor.save()
    article_id = editor.article.id
    editor.body.setPlainText("تهاطلت أمطار غزيرة على الرباط وسلا صباح اليوم.")
    reporter.submit_current()
    with newsroom.connect(None) as conn:
        row = conn.execute(
            "SELECT status, author, updated_by, last_step FROM articles WHERE id = %s",
            (article_id,),
        ).fetchone()
    assert row == ("submitted", sara, sara, "submit")

    chief = desk_window(qtbot, newsroom, "karim", tmp_path)
    queue = chief.queue
    assert _select_first(queue) == article_id
    assert queue.take_step(Step.CLAIM) == 1
    queue.tabs.setCurrentIndex(1)
    _select_first(queue)
    assert queue.take_step(Step.RETURN, note="أضف اسم المصدر") == 1
    assert reporter.close_current()  # an open tab does not follow the desk yet: open it afresh
    opened = reporter.open_article(article_id)
    assert opened is not None and opened.article.status == Status.RETURNED
    opened.body.setPlainText("تهاطلت أمطار غزيرة على الرباط وسلا صباح اليوم، وفق الأرصاد.")
    reporter.submit_current()
    queue.poll_changes()
    queue.tabs.setCurrentIndex(0)
    _select_first(queue)
    assert queue.take_step(Step.APPROVE) == 1

    with newsroom.connect(None) as conn:
        audit = conn.execute(
            "SELECT step, actor FROM audit_log WHERE article_id = %s ORDER BY id", (article_id,)
        ).fetchall()
    assert audit == [
        ("submit", sara),
        ("claim", karim),
        ("return", karim),
        ("submit", sara),
        ("approve", karim),
    ]
    code, out, err = newsroom.cli("karim", "db", "check")
    assert code == 0, out + err
