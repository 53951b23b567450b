"""The installed Qt binding keeps Python's reference counts: a faulty one aborts a working session."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# A reporter's session makes hundreds of thousands of void Qt calls and emits as many signals.
# PySide6 6.12.0 lost a reference to None on each void call and to True on each emit, and the
# interpreter aborted ("deallocating None", "bool_dealloc") within minutes of typing.
CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    class Source(QObject):
        text = Signal(str)

    app = QApplication([])
    edit = QPlainTextEdit()
    edit.setPlainText("نص عربي CNSS")
    cursor = edit.textCursor()
    source = Source()
    source.text.connect(lambda _: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20_000):
        cursor.setPosition(1)
        edit.setReadOnly(False)
        source.text.emit("x")
    print(none_before - sys.getrefcount(None), true_before - sys.getrefcount(True))
    """
)


def test_void_calls_and_signals_leave_none_and_true_alone() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, f"the Qt binding aborted the interpreter: {run.stderr[-500:]}"
    lost_none, lost_true = (int(n) for n in run.stdout.split())
    assert abs(lost_none) < 100 and abs(lost_true) < 100
