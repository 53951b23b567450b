"""Send to desk with real widgets offscreen: the reporter's drafts become a submission bundle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.dragging import drop_files
from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.document import Document
from newsdesk.domain.workflow import Step
from newsdesk.export.bundle_zip import verify_bundle
from newsdesk.gui.dialogs.send_to_desk import SendToDeskDialog
from newsdesk.gui.export_run import Outcome
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.opening import open_database
from support import ADMIN, KARIM, SARA

pytestmark = pytest.mark.gui


def draft(db, headline: str, person=SARA) -> str:
    content = ArticleContent(headline=headline, body=Document.from_plain_text("نص المسودة."))
    return ArticleService(db, person).create(content).id


def listed(dialog: SendToDeskDialog) -> dict[str, bool]:
    return {
        item.data(Qt.ItemDataRole.UserRole): item.checkState() == Qt.CheckState.Checked
        for item in dialog.ticks()
    }


def test_send_to_desk_writes_a_submission_bundle(qtbot, window, gui_db, tmp_path):
    first = draft(gui_db, "المسودة الأولى")
    second = draft(gui_db, "المسودة الثانية")
    sent = draft(gui_db, "خبر أرسل من قبل")
    ArticleService(gui_db, SARA).take_step(sent, Step.SUBMIT)
    draft(gui_db, "مسودة كريم", KARIM)
    window.open_article(second)
    window.named_actions.send_to_desk.trigger()
    dialog = window.export_flow.dialog
    assert isinstance(dialog, SendToDeskDialog) and dialog.isVisible()
    # Only sara's own drafts, the one open in the front tab ticked.
    assert listed(dialog) == {first: False, second: True}
    dialog.set_checked([first, second])
    out = tmp_path / "to-desk.zip"
    dialog.destination.setText(str(out))
    dialog.send_button.click()
    run = window.export_flow.run
    qtbot.waitUntil(lambda: run.outcome == Outcome.DONE, timeout=10000)
    manifest = verify_bundle(out)
    assert manifest["bundle"]["kind"] == "submission"
    assert {a["id"] for a in manifest["articles"]} == {first, second}
    assert manifest["tickers"] == []
    assert run.summary.isVisible() and run.summary.fields["articles"].text() == "2"
    statuses = {i: ArticleService(gui_db, SARA).get(i).status for i in (first, second)}
    assert statuses == {first: Status.DRAFT, second: Status.DRAFT}


def test_unsaved_text_in_the_front_draft_is_saved_first(qtbot, window, gui_db, tmp_path):
    editor = window.new_article()
    editor.fields.headline.setText("مسودة جديدة لم تحفظ")
    editor.body.setPlainText("نص كتب الآن.")
    assert editor.dirty
    window.named_actions.send_to_desk.trigger()
    assert not editor.dirty and editor.article is not None
    dialog = window.export_flow.dialog
    assert listed(dialog) == {editor.article.id: True}
    out = tmp_path / "new.zip"
    dialog.destination.setText(str(out))
    dialog.send_button.click()
    qtbot.waitUntil(lambda: window.export_flow.run.outcome == Outcome.DONE, timeout=10000)
    [article] = verify_bundle(out)["articles"]
    assert article["headline"] == "مسودة جديدة لم تحفظ"


def test_nothing_ticked_is_refused_in_the_dialog(qtbot, window, gui_db, tmp_path):
    draft(gui_db, "مسودة")
    window.named_actions.send_to_desk.trigger()
    dialog = window.export_flow.dialog
    dialog.set_checked([])
    dialog.destination.setText(str(tmp_path / "none.zip"))
    dialog.send_button.click()
    assert dialog.isVisible() and dialog.error.text()
    assert window.export_flow.run is None
    assert not (tmp_path / "none.zip").exists()


def test_no_drafts_says_so(qtbot, window, gui_db):
    window.named_actions.send_to_desk.trigger()
    flow = window.export_flow
    assert flow.dialog is None
    assert flow.message is not None and flow.message.isVisible()
    assert "no drafts" in flow.message.text()


@pytest.fixture
def desk_db(tmp_path):
    """The desk's own database, where sara does not exist yet."""
    db = open_database(str(tmp_path / "desk.db"))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "karim", "chief")
    yield db
    db.close()


def test_the_desk_imports_the_submission_by_dropping_it(
    qtbot, window, gui_db, desk_db, recovery, tmp_path
):
    ids = {draft(gui_db, "مسودة إلى القسم"), draft(gui_db, "Brouillon pour le desk")}
    window.named_actions.send_to_desk.trigger()
    dialog = window.export_flow.dialog
    dialog.set_checked(list(ids))
    out = tmp_path / "sara.ndbundle"
    dialog.destination.setText(str(out))
    dialog.send_button.click()
    qtbot.waitUntil(lambda: window.export_flow.run.outcome == Outcome.DONE, timeout=10000)

    desk = MainWindow(desk_db, KARIM, recovery=recovery)
    qtbot.addWidget(desk, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    desk.show()
    assert drop_files(desk, [out]) == (True, True)
    run = desk.import_run
    qtbot.waitUntil(lambda: run.dialog is not None, timeout=10000)
    summary = run.dialog
    assert summary.counts.text() == "2 created, 0 updated, 0 skipped, 0 conflicts, 0 refused"
    rows = [summary.row_texts(r) for r in range(summary.table.rowCount())]
    assert rows[0][:2] == ("sara.ndbundle", "Created")
    assert sorted(r[2] for r in rows[1:]) == sorted(["مسودة إلى القسم", "Brouillon pour le desk"])
    arrived = {s.id: (s.status, s.author) for s in ArticleService(desk_db, KARIM).summaries()}
    # Filed as the importer's: sara's authorship travels only as a claim in the history.
    assert arrived == {i: (Status.SUBMITTED, "karim") for i in ids}
    assert desk.editors() == []  # two arrived: none is opened on its own
