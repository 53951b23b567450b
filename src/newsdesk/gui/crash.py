"""An error nobody planned for: keep every open text, log the traceback, tell the person, go on.

While the window runs, `sys.excepthook` and `threading.excepthook` lead here. Qt calls a Python
slot from its event loop and, when the slot raises, hands the exception to `sys.excepthook` and
carries on; so after the recovery copies are written and the dialog is shown, Newsdesk keeps
running. An exception in another thread is carried to the GUI thread first, because only that
thread may read the editors.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk import __version__
from newsdesk.paths import log_file

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class Autosaving(Protocol):
    """An editor that can write its recovery copy now."""

    def autosave(self) -> None:
        """Write the recovery copy."""


class HasEditors(Protocol):
    """The window whose open editors are kept when something goes wrong."""

    def editors(self) -> Sequence[Autosaving]:
        """Every open editor."""


def report_details(exc_info: ExcInfo) -> str:
    """What a bug report needs: the traceback, Newsdesk's version and the platform."""
    trace = "".join(traceback.format_exception(*exc_info))
    return (
        f"{trace}\n"
        f"Newsdesk {__version__}\n"
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}\n"
        f"{platform.platform()}\n"
    )


class CrashDialog(QDialog):
    """Says what happened, what to report (with a Copy details button) and where the log is."""

    def __init__(self, details: str, log_path: Path, unsaved: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Newsdesk: unexpected error"))
        self.setObjectName("crashDialog")
        self.log_path = log_path
        layout = QVBoxLayout(self)
        what = QLabel(
            self.tr(
                "Something went wrong inside Newsdesk. Newsdesk keeps running, but save your "
                "work and restart it if anything looks wrong."
            )
        )
        what.setWordWrap(True)
        layout.addWidget(what)
        kept = QLabel(self._kept_text(unsaved))
        kept.setWordWrap(True)
        layout.addWidget(kept)
        report = QLabel(
            self.tr(
                "Please report this error with the details below (the error, the Newsdesk "
                "version and the platform). The log file is:"
            )
        )
        report.setWordWrap(True)
        layout.addWidget(report)
        self.log_label = QLabel(str(log_path))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _kept_text(self, unsaved: int) -> str:
        if unsaved:
            return self.tr(
                "%n open article(s) could not be written as recovery copies. Do not close "
                "them: copy their text somewhere safe first.",
                "",
                unsaved,
            )
        return self.tr(
            "Every open article was written as a recovery copy first; Newsdesk offers it back "
            "if the text is lost."
        )

    def add_details(self, details: str) -> None:
        """Append the details of a further error that came while the dialog was open."""
        self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        """Put the details and the log's place on the clipboard, ready to paste in a report."""
        QApplication.clipboard().setText(
            f"{self.details.toPlainText()}\nLog file: {self.log_path}\n"
        )


class CrashHandler(QObject):
    """Installed while the window runs; see the module's notes."""

    _thread_error = Signal(object)  # an ExcInfo, carried to the GUI thread

    def __init__(self, window: HasEditors):
        super().__init__()
        self.window = window
        self.dialog: CrashDialog | None = None
        self._handling = False
        self._previous: (
            tuple[
                Callable[[type[BaseException], BaseException, TracebackType | None], object],
                Callable[[threading.ExceptHookArgs], object],
            ]
            | None
        ) = None
        self._thread_error.connect(self._handle_exc_info, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Catch uncaught exceptions of the GUI thread and of every other thread."""
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Give the hooks back as they were."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """`sys.excepthook`: handle an error of the GUI thread; pass Ctrl+C on."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
        elif threading.current_thread() is not threading.main_thread():
            self._thread_error.emit((kind, error, trace))
        else:
            self.handle(kind, error, trace)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """`threading.excepthook`: carry the error to the GUI thread."""
        if args.exc_value is None:
            return
        self._thread_error.emit((args.exc_type, args.exc_value, args.exc_traceback))

    def _handle_exc_info(self, exc_info: ExcInfo) -> None:
        self.handle(*exc_info)

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """Write the recovery copies, log the traceback, then show (or add to) the dialog."""
        if self._handling:  # an error while handling one: logging is all that is safe now
            log.critical("error while handling an error", exc_info=(kind, error, trace))
            return
        self._handling = True
        try:
            unsaved = self._keep_texts()
            log.critical("unexpected error", exc_info=(kind, error, trace))
            self._show(report_details((kind, error, trace)), unsaved)
        finally:
            self._handling = False

    def _keep_texts(self) -> int:
        """Write every open editor's recovery copy; return how many could not be written."""
        try:
            editors = list(self.window.editors())
        except Exception:
            log.exception("cannot list the open editors to keep their text")
            return 0
        failed = 0
        for number, editor in enumerate(editors, start=1):
            try:
                editor.autosave()
            except Exception:
                failed += 1
                log.exception("cannot write the recovery copy of open editor %d", number)
        log.info(
            "recovery copies written for %d of %d open editors", len(editors) - failed, len(editors)
        )
        return failed

    def _show(self, details: str, unsaved: int) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_details(details)
            return
        parent = self.window if isinstance(self.window, QWidget) else None
        self.dialog = CrashDialog(details, log_file(), unsaved, parent)
        self.dialog.finished.connect(self._forget_dialog)
        self.dialog.open()  # not exec(): the event loop, and the window, carry on

    def _forget_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def install_crash_handler(window: HasEditors) -> CrashHandler:
    """Lead uncaught exceptions to a handler that keeps the texts of `window`'s editors."""
    handler = CrashHandler(window)
    handler.install()
    return handler
