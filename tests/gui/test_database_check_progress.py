"""File → Check the database… runs on a worker thread behind a progress dialog that can cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from chaintools import take_steps
from newsdesk.gui import database_check_run
from newsdesk.gui.database_check_run import STEPS, DatabaseCheckRun
from newsdesk.services import audit

pytestmark = pytest.mark.gui


class Watched(DatabaseCheckRun):
    """A run that also notes each step the dialog was given, and on which thread."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.seen: list[tuple[str, int, bool]] = []

    def _show_progress(self, stage: str, step: int) -> None:
        super()._show_progress(stage, step)
        on_gui_thread = threading.current_thread() is threading.main_thread()
        self.seen.append((stage, step, on_gui_thread))


@pytest.fixture
def held(monkeypatch) -> threading.Event:
    """The real check, held at its start until the test lets it go."""
    go = threading.Event()
    real = audit.check_database

    def check_when_let(db, progress):
        assert threading.current_thread() is not threading.main_thread()
        go.wait(10)
        return real(db, progress)

    monkeypatch.setattr(audit, "check_database", check_when_let)
    return go


def test_the_dialog_follows_the_check_and_the_report_follows(
    qtbot, gui_db, window, held, monkeypatch
) -> None:
    take_steps(gui_db)
    monkeypatch.setattr(database_check_run, "SHOW_AFTER_MS", 0)
    run = Watched(gui_db, window)
    run.start()
    dialog = window.findChild(QProgressDialog, "database-check-progress")
    qtbot.waitUntil(dialog.isVisible)  # while the worker is held, the window keeps answering
    with qtbot.waitSignal(run.done, timeout=30_000):
        held.set()
    for stage in ("integrity", "audit chain"):
        steps = [step for name, step, _ in run.seen if name == stage]
        assert steps == sorted(steps) and steps[-1] == STEPS, run.seen
    assert all(on_gui_thread for _, _, on_gui_thread in run.seen)
    box = window.findChild(QMessageBox, "database-check")
    qtbot.addWidget(box)
    assert box.text().startswith("The database is in good order.")
    assert run.report is not None and run.report.chain is not None and run.report.chain.rows == 8


def test_cancel_stops_the_check_and_shows_nothing(qtbot, gui_db, window, held) -> None:
    take_steps(gui_db)
    run = Watched(gui_db, window)
    assert run.dialog.minimumDuration() == 2000  # nothing shows for a check under two seconds
    run.start()
    run.dialog.findChild(QPushButton).click()  # the dialog's Cancel
    with qtbot.waitSignal(run.done, timeout=30_000):
        held.set()
    assert run.report is None and run.box is None and run.seen == []
    assert window.findChild(QMessageBox, "database-check") is None
