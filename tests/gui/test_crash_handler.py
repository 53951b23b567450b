"""An error nobody planned for, raised inside the event loop: the text is kept, logged, told."""

from __future__ import annotations

import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from newsdesk import __version__
from newsdesk.gui.crash import CrashHandler, install_crash_handler
from newsdesk.logs import start_logging, stop_logging
from newsdesk.paths import log_file
from packtools import run_isolated
from support import type_text

# pytest-qt would otherwise take the exception itself and fail the test with it.
pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]

HEADLINE = "خبر لم يحفظ بعد طاووس-٦٦١٠"
BODY = "كان المراسل يكتب هذه الفقرة حين تعطل شيء في البرنامج"


class Unplanned(RuntimeError):
    """What a bug raises."""


def fail_in_a_slot() -> None:
    raise Unplanned("the slot broke")


@pytest.fixture
def crashes(window) -> Iterator[CrashHandler]:
    start_logging()
    handler = install_crash_handler(window)
    try:
        yield handler
    finally:
        handler.uninstall()
        if handler.dialog is not None:
            handler.dialog.reject()
        stop_logging()


def typed_editor(window):
    editor = window.new_article()
    editor.fields.headline.setText(HEADLINE)
    type_text(editor.body, BODY)
    return editor


def test_a_slot_that_raises_keeps_the_text_logs_it_and_shows_the_dialog(
    qtbot, window, recovery, crashes: CrashHandler
) -> None:
    editor = typed_editor(window)
    assert recovery.copies() == []
    button = QPushButton("break", window)
    button.clicked.connect(fail_in_a_slot)
    QTimer.singleShot(0, button.click)
    qtbot.waitUntil(lambda: crashes.dialog is not None and crashes.dialog.isVisible())

    (copy,) = recovery.copies("sara")
    assert copy.content.headline == HEADLINE
    assert BODY in copy.content.body.plain_text()

    log = log_file().read_text(encoding="utf-8")
    assert "Traceback" in log and "Unplanned: the slot broke" in log and "fail_in_a_slot" in log
    assert log.index("recovery copies written for 1 of 1") < log.index("unexpected error")
    assert HEADLINE not in log and BODY not in log

    dialog = crashes.dialog
    assert dialog.log_label.text() == str(log_file())
    details = dialog.details.toPlainText()
    assert "Unplanned: the slot broke" in details and f"Newsdesk {__version__}" in details
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "fail_in_a_slot" in copied and str(log_file()) in copied

    # Newsdesk runs on: the editor still holds the text, and the dialog closes.
    assert editor.fields.headline.text() == HEADLINE
    dialog.reject()
    qtbot.waitUntil(lambda: crashes.dialog is None)


def test_a_second_error_adds_to_the_open_dialog(qtbot, window, crashes: CrashHandler) -> None:
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: crashes.dialog is not None and crashes.dialog.isVisible())
    first = crashes.dialog
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: first.details.toPlainText().count("the slot broke") == 2)
    assert crashes.dialog is first


def test_an_error_in_another_thread_is_handled_in_the_window(
    qtbot, window, recovery, crashes: CrashHandler
) -> None:
    typed_editor(window)
    worker = threading.Thread(target=fail_in_a_slot, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crashes.dialog is not None and crashes.dialog.isVisible())
    assert [c.content.headline for c in recovery.copies("sara")] == [HEADLINE]
    assert "Unplanned: the slot broke" in log_file().read_text(encoding="utf-8")


PROGRAM = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from newsdesk.cli.main import main

    app = QApplication(sys.argv)

    def fail():
        raise RuntimeError("unplanned in the running program")

    def look():
        shown = [w for w in app.allWidgets() if w.objectName() == "crashDialog" and w.isVisible()]
        print("crash dialogs shown:", len(shown), flush=True)
        for dialog in shown:
            dialog.reject()
        app.exit(0)

    QTimer.singleShot(1500, fail)
    QTimer.singleShot(3000, look)
    sys.exit(main(["gui"]))
    """
)


def test_the_program_installs_the_handler_and_runs_on(tmp_path: Path) -> None:
    result = run_isolated(tmp_path, sys.executable, "-c", PROGRAM)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "crash dialogs shown: 1" in result.stdout, result.stdout + result.stderr
    log = (tmp_path / "data" / "logs" / "newsdesk.log").read_text(encoding="utf-8")
    assert "RuntimeError: unplanned in the running program" in log
    assert "desktop application closed (exit 0)" in log
