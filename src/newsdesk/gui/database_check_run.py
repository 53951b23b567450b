"""File → Check the database… on a worker thread, with a progress dialog that can stop it.

On a million articles the check reads the whole file and walks the whole audit history, which
takes a minute: the window keeps answering meanwhile. The dialog appears only when the check has
run for two seconds (QProgressDialog's minimum duration); Cancel is always safe, as the check
only reads.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from newsdesk.errors import NewsdeskError
from newsdesk.gui.dialogs.database_check import TITLE, show_report
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from newsdesk.storage.engine import Database
    from newsdesk.storage.opening import IntegrityReport

CONTEXT = "DatabaseCheck"
SHOW_AFTER_MS = 2000
STEPS = 1000  # the dialog's range: each stage fills it from the start
STAGES = {
    "integrity": QT_TRANSLATE_NOOP("DatabaseCheck", "Checking the database file…"),
    "audit chain": QT_TRANSLATE_NOOP("DatabaseCheck", "Checking the audit history…"),
}
CANCEL = QT_TRANSLATE_NOOP("DatabaseCheck", "Cancel")
FAILED = QT_TRANSLATE_NOOP("DatabaseCheck", "The database could not be checked: %1")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CheckCancelled(Exception):
    """Raised inside the check, from its progress callback, once Cancel was pressed."""


class DatabaseCheckRun(QObject):
    """One check: the worker thread, the progress dialog, and the report box at the end."""

    progressed = Signal(str, int)  # the stage, how far through it (0..STEPS)
    ended = Signal(object, str)  # the report (None when it did not finish), an error's text
    done = Signal()  # the dialog is gone and the outcome shown (or not, when cancelled)

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(parent)
        self.db = db
        self.window = parent
        self.cancelled = threading.Event()
        self.report: IntegrityReport | None = None
        self.box: QMessageBox | None = None
        self._last: tuple[str, int] | None = None
        self.dialog = QProgressDialog(_tr(STAGES["integrity"]), _tr(CANCEL), 0, STEPS, parent)
        self.dialog.setObjectName("database-check-progress")
        self.dialog.setWindowTitle(_tr(TITLE))
        self.dialog.setMinimumWidth(360)  # room for the title and the longer stage line
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._show_progress)
        self.ended.connect(self._finish)
        self._thread = threading.Thread(target=self._work, name="database-check", daemon=True)

    def start(self) -> None:
        """Start checking on the worker thread."""
        self.dialog.setValue(0)
        self._thread.start()

    def cancel(self) -> None:
        """Stop at the check's next step; nothing is shown afterwards."""
        self.cancelled.set()

    def _work(self) -> None:
        from newsdesk.services.audit import check_database

        try:
            report = check_database(self.db, self._progress)
        except CheckCancelled:
            self.ended.emit(None, "")
        except NewsdeskError as exc:
            self.ended.emit(None, str(exc))
        else:
            self.ended.emit(report, "")

    def _progress(self, stage: str, done: int, total: int) -> None:
        """The storage layer's callback, on the worker thread."""
        if self.cancelled.is_set():
            raise CheckCancelled
        step = STEPS * done // total if total else STEPS
        if (stage, step) != self._last:  # a signal per visible step, not per batch
            self._last = (stage, step)
            self.progressed.emit(stage, step)

    @Slot(str, int)
    def _show_progress(self, stage: str, step: int) -> None:
        if stage in STAGES:
            self.dialog.setLabelText(_tr(STAGES[stage]))
        self.dialog.setValue(step)

    @Slot(object, str)
    def _finish(self, report: IntegrityReport | None, failure: str) -> None:
        self._thread.join()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.report = report
        if report is not None:
            self.box = show_report(report, self.window)
        elif failure:
            self.box = QMessageBox(
                QMessageBox.Icon.Warning,
                _tr(TITLE),
                _tr(FAILED).replace("%1", failure),
                parent=self.window,
            )
            self.box.setObjectName("database-check")
            self.box.open()
        self.done.emit()


def run_database_check(db: Database, parent: QWidget) -> DatabaseCheckRun:
    """Start File → Check the database… and return the run (its `done` says when it ended)."""
    run = DatabaseCheckRun(db, parent)
    run.done.connect(run.deleteLater)
    run.start()
    return run
