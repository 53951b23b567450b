"""A real process killed with SIGKILL mid-sentence: the next start offers the text back."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMessageBox

from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.startup import offer_recovery
from support import SARA

pytestmark = pytest.mark.gui

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from support import SARA, type_text
    from newsdesk.gui.mainwindow import MainWindow
    from newsdesk.services.recovery import RecoveryStore
    from newsdesk.storage.opening import open_database
    app = QApplication([])
    window = MainWindow(open_database({db!r}), SARA, recovery=RecoveryStore(__import__("pathlib").Path({folder!r})))
    editor = window.new_article()
    editor.fields.headline.setText("خبر لم يحفظ")
    type_text(editor.body, "كان المراسل يكتب هذه الجملة حين انقطع")
    QTimer.singleShot(3000, lambda: os.kill(os.getpid(), signal.SIGKILL))
    app.exec()
    """
)


def test_text_typed_before_sigkill_is_offered_back(
    qtbot, gui_db, recovery, tmp_path, monkeypatch
) -> None:
    tests_dir = os.path.dirname(os.path.dirname(__file__))
    db_path = gui_db.url.split("///", 1)[1]
    code = CHILD.format(tests=tests_dir, db=db_path, folder=str(recovery.folder))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert child.returncode == -9, child.stderr
    window = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(window, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert offer_recovery(window) == 1
    editor = window.current_editor()
    assert editor.fields.headline.text() == "خبر لم يحفظ"
    assert editor.body.toPlainText() == "كان المراسل يكتب هذه الجملة حين انقطع"
