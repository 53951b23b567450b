"""Importing from the window: files one at a time with progress and Cancel, then a summary."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from newsdesk.errors import NewsdeskError
from newsdesk.gui.file_dialogs import choose_open_files
from newsdesk.gui.labels import path_text
from newsdesk.gui.settings_keys import SettingsKey, remember, setting
from newsdesk.gui.widgets.progress import dismiss_progress
from newsdesk.services.bundle_report import ARTICLE
from newsdesk.services.importing import (
    CREATED,
    REFUSED,
    ImportOutcome,
    ImportService,
    ImportSummary,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QDropEvent

    from newsdesk.domain.people import Person
    from newsdesk.gui.dialogs.import_summary import ImportSummaryDialog
    from newsdesk.services.articles import ArticleService
    from newsdesk.settings import Settings

PROGRESS_DELAY_MS = 400
PATTERNS = "*.docx *.odt *.fodt *.html *.htm *.xhtml *.md *.markdown *.txt *.text *.zip *.ndbundle"


class ImportHost(Protocol):
    """What an import needs from the window it starts in."""

    articles: ArticleService
    person: Person

    @property
    def settings(self) -> Settings:
        """The newsroom settings (the window reads them from disk on first use)."""
        ...

    def open_article(self, article_id: str) -> object:
        """Open an article in an editor."""
        ...

    def refresh_lists(self) -> None:
        """Show what changed in the article lists, the desk queue and the ticker."""
        ...


def dropped_files(mime: QMimeData) -> list[Path]:
    """The files a drag carries, or nothing when any of its URLs is not a local file."""
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    paths = [Path(url.toLocalFile()) for url in urls]
    return paths if all(path.is_file() for path in paths) else []


def take_files(event: QDropEvent, wanted: bool = True) -> list[Path]:
    """Accept a drag or drop of local files (when `wanted`) and return them; else refuse it."""
    paths = dropped_files(event.mimeData()) if wanted else []
    if paths:
        event.acceptProposedAction()
    else:
        event.ignore()
    return paths


def choose_files(parent: QWidget) -> list[Path]:
    """Ask for files to import (several at once)."""
    filters = ";;".join(
        (
            QCoreApplication.translate("ImportRun", "Articles and bundles (%1)").replace(
                "%1", PATTERNS
            ),
            QCoreApplication.translate("ImportRun", "All files (*)"),
        )
    )
    start = str(setting(SettingsKey.IMPORT_FOLDER, "") or "")
    names = choose_open_files(
        parent, QCoreApplication.translate("ImportRun", "Import"), start, filters
    )
    if names:
        remember(SettingsKey.IMPORT_FOLDER, str(Path(names[0]).parent))
    return [Path(name) for name in names]


def created_ids(summary: ImportSummary) -> list[str]:
    """The articles the import created, from single files and from bundles."""
    found: list[str] = []
    for outcome in summary.outcomes:
        if outcome.bundle is not None:
            found += [
                e.id for e in outcome.bundle.entries if e.kind == ARTICLE and e.status == CREATED
            ]
        elif outcome.status == CREATED and outcome.id:
            found.append(outcome.id)
    return found


class ImportRun(QObject):
    """Imports files one per turn of the event loop; Cancel stops before the next file."""

    finished = Signal(object)  # the ImportSummary

    def __init__(self, service: ImportService, paths: Sequence[Path], parent: QWidget):
        super().__init__(parent)
        self.service = service
        self.paths = list(paths)
        self.window = parent
        self.outcomes: list[ImportOutcome] = []
        self.summary: ImportSummary | None = None
        self.dialog: ImportSummaryDialog | None = None
        self.progress: QProgressDialog | None = None
        self.cancelled = False
        self._next = 0
        self._busy = False
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._step)

    @property
    def not_imported(self) -> int:
        """Files left out because the import was cancelled."""
        return len(self.paths) - self._next

    def start(self) -> None:
        """Begin with the first file; the progress dialog shows only when it takes a while."""
        self.progress = QProgressDialog(self.window)
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setRange(0, len(self.paths))
        self.progress.canceled.connect(self.cancel)
        self._timer.start()

    def cancel(self) -> None:
        """Import no further file (the one being read finishes)."""
        self.cancelled = True

    def _step(self) -> None:
        # The modal progress dialog processes events while it updates; never step re-entrantly.
        if self._busy or self.summary is not None:
            return
        if self.cancelled or self._next >= len(self.paths):
            self._finish()
            return
        self._busy = True
        try:
            path = self.paths[self._next]
            if self.progress is not None:
                self.progress.setLabelText(
                    self.tr("Importing %1 (%2 of %3)…")
                    .replace("%1", path_text(path.name))
                    .replace("%2", str(self._next + 1))
                    .replace("%3", str(len(self.paths)))
                )
                self.progress.setValue(self._next)
                if self.cancelled:  # Cancel was pressed while the dialog updated
                    return
            try:
                # One file a call: the service decides how to read it (articles or bundles).
                summary = self.service.import_files([path], progress=self._within_file)
                self.outcomes.extend(summary.outcomes)
            except (NewsdeskError, OSError) as exc:
                self.outcomes.append(ImportOutcome(str(path), REFUSED, str(exc)))
            self._next += 1
        finally:
            self._busy = False

    def _within_file(self, _done: int, _total: int, label: str) -> None:
        # A bundle reports its articles one by one; show how far it is and keep painting.
        if self.progress is None or label in ("", str(self.paths[self._next])):
            return
        self.progress.setLabelText(self.tr("Importing %1…").replace("%1", Path(label).name))
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def _finish(self) -> None:
        self._timer.stop()
        if self.progress is not None:
            dismiss_progress(self.progress, self.cancel)
            self.progress = None
        self.summary = ImportSummary(tuple(self.outcomes))
        self.finished.emit(self.summary)


def start_import(host: ImportHost, paths: Sequence[Path], parent: QWidget) -> ImportRun | None:
    """Import `paths` as drafts by the host's user; show the summary and refresh the lists."""
    if not paths:
        return None
    service = ImportService(host.articles.db, host.person, host.settings)
    run = ImportRun(service, paths, parent)
    run.finished.connect(lambda _summary: _imported(host, run, parent))
    run.start()
    return run


def _imported(host: ImportHost, run: ImportRun, parent: QWidget) -> None:
    from newsdesk.gui.dialogs.import_summary import ImportSummaryDialog

    summary = run.summary
    assert summary is not None
    host.refresh_lists()
    created = created_ids(summary)
    if len(created) == 1:
        host.open_article(created[0])
    dialog = ImportSummaryDialog(summary, run.not_imported if run.cancelled else 0, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.openRequested.connect(host.open_article)
    run.dialog = dialog
    dialog.open()
