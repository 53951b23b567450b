"""File → Export bundle with real widgets offscreen: bundle, cancel, bidi confirmation, errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QProgressBar, QPushButton

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.document import Document
from newsdesk.domain.workflow import Step
from newsdesk.export.bundle_folder import verify_folder
from newsdesk.export.bundle_zip import verify_bundle
from newsdesk.gui.dialogs.export_bundle import ExportBundleDialog
from newsdesk.gui.dialogs.export_summary import ExportSummaryDialog
from newsdesk.gui.export_run import Outcome
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA

pytestmark = pytest.mark.gui


def approved(db, headline: str, desk: str = "economy") -> str:
    """An article written by sara and approved by karim."""
    content = ArticleContent(
        headline=headline, desk=desk, body=Document.from_plain_text("نص الخبر الكامل هنا.")
    )
    article = ArticleService(db, SARA).create(content)
    ArticleService(db, SARA).take_step(article.id, Step.SUBMIT)
    ArticleService(db, KARIM).take_step(article.id, Step.APPROVE)
    return article.id


def statuses(db) -> dict[str, Status]:
    return {s.id: s.status for s in ArticleService(db, KARIM).summaries(limit=500)}


def open_window(qtbot, db, recovery, person=KARIM) -> MainWindow:
    win = MainWindow(db, person, recovery=recovery)
    qtbot.addWidget(win, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    win.show()
    return win


@pytest.fixture
def window(qtbot, gui_db, recovery):
    return open_window(qtbot, gui_db, recovery)


def export_dialog(win: MainWindow, out: Path) -> ExportBundleDialog:
    win.named_actions.export_bundle.trigger()
    dialog = win.export_flow.dialog
    assert isinstance(dialog, ExportBundleDialog) and dialog.isVisible()
    dialog.destination.setText(str(out))
    return dialog


class UrlCatcher(QObject):
    """Receives the file URLs the desktop would open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_export_via_the_dialog_writes_a_bundle_that_verifies(qtbot, window, gui_db, tmp_path):
    ids = {approved(gui_db, "الحكومة تصادق على الميزانية"), approved(gui_db, "Le budget voté")}
    ArticleService(gui_db, SARA).create(ArticleContent(headline="مسودة لا تصدر"))
    out = tmp_path / "bundle.zip"
    dialog = export_dialog(window, out)
    assert dialog.by_filter.isChecked() and not dialog.by_selection.isEnabled()
    assert dialog.status.currentData() == "approved"
    assert set(dialog.chosen_formats()) >= {"html", "ninjs", "newsml"}
    assert dialog.mark_published.isVisibleTo(dialog)  # a chief may publish
    dialog.formats["markdown"].setChecked(False)
    dialog.export_button.click()
    run = window.export_flow.run
    qtbot.waitUntil(lambda: run.outcome == Outcome.DONE, timeout=10000)
    manifest = verify_bundle(out)
    assert {a["id"] for a in manifest["articles"]} == ids
    assert "markdown" not in manifest["bundle"]["formats"]
    assert not any(f["path"].endswith(".md") for f in manifest["files"])
    summary = run.summary
    assert isinstance(summary, ExportSummaryDialog) and summary.isVisible()
    assert summary.fields["articles"].text() == "2"
    assert summary.fields["bundle_id"].text() == manifest["bundle"]["id"]
    assert summary.fields["files"].text() == str(len(manifest["files"]) + 1)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        summary.show_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in catcher.urls] == [tmp_path]
    assert set(statuses(gui_db).values()) == {Status.APPROVED, Status.DRAFT}


def test_the_selection_in_the_navigator_is_what_is_exported(qtbot, window, gui_db, tmp_path):
    first = approved(gui_db, "الخبر الأول")
    approved(gui_db, "الخبر الثاني")
    window.navigator.refresh()
    row = next(
        r
        for r in range(window.navigator.table.rowCount())
        if window.navigator.table.item(r, 0).text() == "الخبر الأول"
    )
    window.navigator.table.selectRow(row)
    dialog = export_dialog(window, tmp_path / "one")
    assert dialog.by_selection.isChecked()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: window.export_flow.run.outcome == Outcome.DONE, timeout=10000)
    # The .zip was added to the name typed without it.
    manifest = verify_bundle(tmp_path / "one.zip")
    assert [a["id"] for a in manifest["articles"]] == [first]


def test_the_open_article_is_offered_and_preselected(qtbot, window, gui_db, tmp_path):
    opened = approved(gui_db, "الخبر المفتوح")
    approved(gui_db, "خبر آخر")
    assert window.open_article(opened) is not None
    dialog = export_dialog(window, tmp_path / "open")
    assert dialog.by_open.isVisibleTo(dialog) and dialog.by_open.isChecked()
    assert "الخبر المفتوح" in dialog.by_open.text()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: window.export_flow.run.outcome == Outcome.DONE, timeout=10000)
    manifest = verify_bundle(tmp_path / "open.zip")
    assert [a["id"] for a in manifest["articles"]] == [opened]


def test_mark_published_publishes_after_the_bundle_is_complete(qtbot, window, gui_db, tmp_path):
    ids = {approved(gui_db, "خبر للنشر"), approved(gui_db, "خبر آخر للنشر")}
    dialog = export_dialog(window, tmp_path / "pub.zip")
    dialog.mark_published.setChecked(True)
    dialog.tickers.setChecked(False)
    dialog.export_button.click()
    run = window.export_flow.run
    qtbot.waitUntil(lambda: run.outcome == Outcome.DONE, timeout=10000)
    assert set(run.result.published) == ids
    assert run.summary.fields["published"].text() == "2"
    manifest = verify_bundle(tmp_path / "pub.zip")
    assert manifest["tickers"] == []
    assert {statuses(gui_db)[i] for i in ids} == {Status.PUBLISHED}


def test_a_reporter_is_not_offered_mark_published(qtbot, gui_db, recovery, tmp_path):
    win = open_window(qtbot, gui_db, recovery, SARA)
    dialog = export_dialog(win, tmp_path / "x.zip")
    assert not dialog.mark_published.isVisibleTo(dialog)
    dialog.mark_published.setChecked(True)  # even if it were ticked somehow
    assert dialog.request().mark_published is False


def test_cancel_stops_the_export_and_leaves_nothing(qtbot, window, gui_db, tmp_path):
    ids = [approved(gui_db, f"خبر رقم {n}") for n in range(6)]
    before = statuses(gui_db)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = export_dialog(window, folder / "b.zip")
    dialog.mark_published.setChecked(True)
    dialog.export_button.click()
    run = window.export_flow.run
    progress = run.progress
    assert progress is not None
    cancel_button = progress.findChild(QPushButton)
    seen: list[int] = []

    def step_done(value: int) -> None:
        seen.append(value)
        if value == 2:  # two articles are in the unfinished zip by now
            assert any(folder.iterdir())
            cancel_button.click()

    progress.findChild(QProgressBar).valueChanged.connect(step_done)
    qtbot.waitUntil(lambda: run.outcome != Outcome.RUNNING, timeout=10000)
    assert run.outcome == Outcome.CANCELLED
    assert max(seen) == 2 < len(ids)
    assert list(folder.iterdir()) == []
    assert run.summary is None and run.result is None
    assert statuses(gui_db) == before
    assert "cancelled" in window.statusBar().currentMessage()


def test_bidi_overrides_need_confirmation(qtbot, window, gui_db, tmp_path):
    plain = approved(gui_db, "عنوان عادي")
    forced = approved(gui_db, "عنوان \u202eمقلوب\u202c")
    out = tmp_path / "bidi.zip"
    dialog = export_dialog(window, out)
    dialog.export_button.click()
    run = window.export_flow.run
    assert run.question is not None and run.question.isVisible()
    assert f"article {forced} headline" in run.question.informativeText()
    assert "U+202E" in run.question.informativeText()
    assert plain not in run.question.informativeText()
    assert not out.exists()
    run.question.button(run.question.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: run.outcome == Outcome.DECLINED, timeout=5000)
    assert list(tmp_path.glob("*.zip")) == []

    dialog = export_dialog(window, out)
    dialog.export_button.click()
    run = window.export_flow.run
    run.export_anyway.click()
    qtbot.waitUntil(lambda: run.outcome == Outcome.DONE, timeout=10000)
    manifest = verify_bundle(out)
    headlines = {a["id"]: a["headline"] for a in manifest["articles"]}
    assert headlines[forced] == "عنوان \u202eمقلوب\u202c"


def test_nothing_to_export_is_one_clear_message(qtbot, window, gui_db, tmp_path):
    ArticleService(gui_db, SARA).create(ArticleContent(headline="مسودة"))
    before = statuses(gui_db)
    out = tmp_path / "none.zip"
    dialog = export_dialog(window, out)
    dialog.export_button.click()
    run = window.export_flow.run
    assert run.outcome == Outcome.FAILED
    assert run.message is not None and run.message.isVisible()
    assert "no articles match" in run.message.informativeText()
    assert run.summary is None
    assert not any(p.suffix == ".zip" for p in tmp_path.rglob("*"))
    assert statuses(gui_db) == before


def test_the_dialog_refuses_choices_that_make_no_export(qtbot, window, gui_db, tmp_path):
    approved(gui_db, "خبر")
    dialog = export_dialog(window, tmp_path / "x.zip")
    for check in dialog.formats.values():
        check.setChecked(False)
    dialog.export_button.click()
    assert dialog.isVisible() and "format" in dialog.error.text()
    dialog.formats["html"].setChecked(True)
    dialog.destination.setText(str(tmp_path / "missing" / "x.zip"))
    dialog.export_button.click()
    assert dialog.isVisible() and "does not exist" in dialog.error.text()
    # The path keeps its left-to-right order inside an Arabic sentence too.
    assert f"\u2066{tmp_path / 'missing'}\u2069" in dialog.error.text()
    assert window.export_flow.run is None
    assert not any(p.suffix == ".zip" for p in tmp_path.rglob("*"))


def test_the_dates_cover_whole_local_days_the_second_included(qtbot, tmp_path):
    dialog = ExportBundleDialog()
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(tmp_path / "x.zip"))
    dialog.use_dates.setChecked(True)
    dialog.since.setDate(QDate(2024, 2, 28))
    dialog.until.setDate(QDate(2024, 2, 29))
    request = dialog.request()
    assert request.since == datetime(2024, 2, 28).astimezone()
    assert request.until == datetime(2024, 3, 1).astimezone()


def test_the_destination_folder_is_remembered(qtbot, window, gui_db, tmp_path):
    approved(gui_db, "خبر")
    folder = tmp_path / "bundles"
    folder.mkdir()
    dialog = export_dialog(window, folder / "first.zip")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: window.export_flow.run.outcome == Outcome.DONE, timeout=10000)
    window.export_flow.run.summary.close()
    window.named_actions.export_bundle.trigger()
    again = window.export_flow.dialog
    remembered = Path(again.destination.text())
    assert remembered.parent == folder
    assert remembered.name.startswith("newsdesk-") and remembered.suffix == ".zip"
    again.reject()


def test_a_folder_bundle_with_ninjs_2_2(qtbot, window, gui_db, tmp_path):
    article_id = approved(gui_db, "خبر في مجلد")
    out = tmp_path / "folder-bundle"
    dialog = export_dialog(window, tmp_path / "ignored.zip")
    assert not dialog.formats["pdf"].isChecked()  # written only when asked for
    assert dialog.ninjs_version.currentData() == "3.1"
    dialog.as_folder.setChecked(True)
    assert dialog.destination.text() == str(tmp_path / "ignored")
    dialog.destination.setText(str(out))
    dialog.ninjs_version.setCurrentIndex(dialog.ninjs_version.findData("2.2"))
    dialog.export_button.click()
    run = window.export_flow.run
    qtbot.waitUntil(lambda: run.outcome == Outcome.DONE, timeout=10000)
    manifest = verify_folder(out)
    assert [a["id"] for a in manifest["articles"]] == [article_id]
    ninjs = json.loads(
        (out / f"articles/{article_id}/article.ninjs.json").read_text(encoding="utf-8")
    )
    assert "versioncreated" in ninjs and "versionCreated" not in ninjs  # ninjs 2.x spelling
    assert run.summary.folder() == out


def test_a_used_folder_is_refused_before_anything_is_written(qtbot, window, gui_db, tmp_path):
    approved(gui_db, "خبر")
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("مهم", encoding="utf-8")
    dialog = export_dialog(window, used)
    dialog.as_folder.setChecked(True)
    dialog.destination.setText(str(used))
    dialog.export_button.click()
    assert dialog.isVisible() and "new or empty folder" in dialog.error.text()
    assert [p.name for p in used.iterdir()] == ["keep.txt"]
    assert window.export_flow.run is None


def test_pdf_is_written_when_ticked(qtbot, window, gui_db, tmp_path):
    article_id = approved(gui_db, "خبر بصيغة PDF")
    dialog = export_dialog(window, tmp_path / "pdf.zip")
    for name, check in dialog.formats.items():
        check.setChecked(name == "pdf")
    dialog.tickers.setChecked(False)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: window.export_flow.run.outcome == Outcome.DONE, timeout=20000)
    manifest = verify_bundle(tmp_path / "pdf.zip")
    [article] = manifest["articles"]
    assert article["id"] == article_id
    assert [Path(f).suffix for f in article["files"]] == [".pdf"]


def test_the_file_menu_offers_import_export_and_send_on_free_shortcuts(qtbot, window):
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert {"import_files", "export_bundle", "send_to_desk"} <= set(names)
    assert window.named_actions.export_bundle.shortcut().toString() == "Ctrl+Shift+E"
    assert window.named_actions.import_files.shortcut().toString() == "Ctrl+Shift+I"
    shortcuts = [
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts))
