"""File → Export bundle… and Send to desk…: collect the choices, then run the export."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from newsdesk.domain.workflow import WORK_IN_PROGRESS, Step, may_take
from newsdesk.errors import NewsdeskError
from newsdesk.gui.export_run import ExportRun, Outcome
from newsdesk.gui.labels import headline_text
from newsdesk.services.exporting import ExportRequest, ExportService

if TYPE_CHECKING:
    from newsdesk.domain.people import Person
    from newsdesk.gui.dialogs.export_bundle import ExportBundleDialog
    from newsdesk.gui.dialogs.send_to_desk import SendToDeskDialog
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.services.articles import ArticleService

# How many recent articles are read to offer their desks, and drafts offered to send.
RECENT = 300
# A reporter's work in progress: drafts, and what the desk sent back.
SENDABLE = WORK_IN_PROGRESS


class ExportHost(Protocol):
    """What an export needs from the window it starts in."""

    articles: ArticleService
    person: Person

    def selected_article_ids(self) -> list[str]:
        """The articles the user has selected in a list."""
        ...

    def current_editor(self) -> ArticleEditor | None:
        """The editor in front, if any."""
        ...

    def save_current(self) -> bool:
        """Save the front editor; False when it was not saved."""
        ...


class ExportFlow(QObject):
    """The window's exports: a choice dialog, then an ExportRun with progress and a summary."""

    exported = Signal()  # a bundle was written: articles may have changed status
    status_message = Signal(str, int)  # a status line and how long it shows, in ms

    def __init__(self, host: ExportHost, parent: QWidget):
        super().__init__(parent)
        self.host = host
        self.parent_widget = parent
        self.dialog: QDialog | None = None
        self.run: ExportRun | None = None
        self.message: QMessageBox | None = None

    def service(self) -> ExportService:
        """The export service acting for the window's user."""
        host = self.host
        return ExportService(host.articles.db, host.person, lease=host.articles.lease)

    def export_bundle(self) -> ExportBundleDialog:
        """Open the export dialog; the export starts when it is accepted."""
        from newsdesk.gui.dialogs.export_bundle import ExportBundleDialog

        host = self.host
        try:
            desks = {s.desk for s in host.articles.summaries(limit=RECENT) if s.desk}
        except NewsdeskError:
            desks = set()
        editor = host.current_editor()
        front = editor.article if editor is not None else None
        dialog = ExportBundleDialog(
            host.selected_article_ids(),
            sorted(desks),
            may_take(host.person.role, Step.PUBLISH),
            self.parent_widget,
            open_article=(
                (front.id, headline_text(front.headline, front.language)) if front else None
            ),
        )
        dialog.accepted.connect(lambda: self.start(dialog.request(), self.tr("Export bundle")))
        self._open(dialog)
        return dialog

    def send_to_desk(self) -> SendToDeskDialog | None:
        """Let the reporter tick drafts, then write them as one submission bundle."""
        from newsdesk.gui.dialogs.send_to_desk import SendToDeskDialog

        host = self.host
        editor = host.current_editor()
        # The bundle holds what is stored: the open draft is saved first, as Submit does.
        if editor is not None and editor.dirty and not host.save_current():
            return None
        try:
            drafts = sorted(
                (
                    summary
                    for status in SENDABLE
                    for summary in host.articles.summaries(
                        status=status.value, author=host.person.name, limit=RECENT
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
        dialog = SendToDeskDialog(drafts, host.person.name, current, self.parent_widget)
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
        self.run = ExportRun(self.service(), request, self.parent_widget, title)
        self.run.finished.connect(self._finished)
        self.run.start()
        return self.run

    def _finished(self, outcome: Outcome) -> None:
        if outcome == Outcome.DONE:
            self.exported.emit()
            self.status_message.emit(self.tr("Bundle written"), 5000)
        elif outcome in (Outcome.CANCELLED, Outcome.DECLINED):
            self.status_message.emit(self.tr("Export cancelled; nothing was written"), 5000)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _tell(self, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(
            icon, self.tr("Send to desk"), text, QMessageBox.StandardButton.Ok, self.parent_widget
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
