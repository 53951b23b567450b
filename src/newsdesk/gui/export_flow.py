"""File → Export bundle… and Send to desk…: collect the choices, then run the export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from newsdesk.domain.workflow import RULES, WORK_IN_PROGRESS, Step
from newsdesk.errors import NewsdeskError
from newsdesk.gui.exporting import ExportRun, Outcome
from newsdesk.services.exporting import ExportRequest, ExportService

if TYPE_CHECKING:
    from newsdesk.gui.dialogs.export_bundle import ExportBundleDialog
    from newsdesk.gui.dialogs.send_to_desk import SendToDeskDialog
    from newsdesk.gui.mainwindow import MainWindow

# How many recent articles are read to offer their desks, and drafts offered to send.
RECENT = 300
# A reporter's work in progress: drafts, and what the desk sent back.
SENDABLE = WORK_IN_PROGRESS


def selected_article_ids(window: MainWindow) -> list[str]:
    """The articles selected in the desk queue, else those selected in the navigator."""
    if window.queue_dock.isVisible():
        chosen = window.queue.selected_ids()
        if chosen:
            return chosen
    if window.navigator_dock.isVisible():
        return window.navigator.selected_ids()
    return []


class ExportFlow(QObject):
    """The window's exports: a choice dialog, then an ExportRun with progress and a summary."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        self.run: ExportRun | None = None
        self.message: QMessageBox | None = None

    def service(self) -> ExportService:
        """The export service acting for the window's user."""
        return ExportService(self.window.articles.db, self.window.person)

    def export_bundle(self) -> ExportBundleDialog:
        """Open the export dialog; the export starts when it is accepted."""
        from newsdesk.gui.dialogs.export_bundle import ExportBundleDialog

        window = self.window
        try:
            desks = {s.desk for s in window.articles.list(limit=RECENT) if s.desk}
        except NewsdeskError:
            desks = set()
        dialog = ExportBundleDialog(
            selected_article_ids(window),
            sorted(desks),
            window.person.role in RULES[Step.PUBLISH].roles,
            window,
        )
        dialog.accepted.connect(lambda: self.start(dialog.request(), self.tr("Export bundle")))
        self._open(dialog)
        return dialog

    def send_to_desk(self) -> SendToDeskDialog | None:
        """Let the reporter tick drafts, then write them as one submission bundle."""
        from newsdesk.gui.dialogs.send_to_desk import SendToDeskDialog

        window = self.window
        editor = window.current_editor()
        # The bundle holds what is stored: the open draft is saved first, as Submit does.
        if editor is not None and editor.dirty and not window.save_current():
            return None
        try:
            drafts = sorted(
                (
                    summary
                    for status in SENDABLE
                    for summary in window.articles.list(
                        status=status.value, author=window.person.name, limit=RECENT
                    )
                ),
                key=lambda summary: summary.updated_at,
                reverse=True,
            )
        except NewsdeskError as exc:
            self._tell(str(exc))
            return None
        if not drafts:
            self._tell(self.tr("You have no drafts to send."), QMessageBox.Icon.Information)
            return None
        current = (
            editor.article.id
            if editor is not None
            and editor.article is not None
            and editor.article.status in SENDABLE
            else None
        )
        dialog = SendToDeskDialog(drafts, window.person.name, current, window)
        dialog.accepted.connect(
            lambda: self.start(
                ExportRequest(
                    out=dialog.destination_path(),
                    ids=dialog.chosen_ids(),
                    status=None,
                    submission=True,
                ),
                self.tr("Send to desk"),
            )
        )
        self._open(dialog)
        return dialog

    def start(self, request: ExportRequest, title: str) -> ExportRun:
        """Run one export with progress, Cancel and a summary."""
        self.run = ExportRun(self.service(), request, self.window, title)
        self.run.finished.connect(self._finished)
        self.run.start()
        return self.run

    def _finished(self, outcome: Outcome) -> None:
        window = self.window
        if outcome == Outcome.DONE:
            window.navigator.refresh()
            window.queue.poll_changes()
            window.statusBar().showMessage(self.tr("Bundle written"), 5000)
        elif outcome in (Outcome.CANCELLED, Outcome.DECLINED):
            window.statusBar().showMessage(self.tr("Export cancelled; nothing was written"), 5000)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _tell(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(
            icon, self.tr("Send to desk"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
