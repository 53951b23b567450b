"""The binding's fault that wore away Python's True with every emitted signal is repaired."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from newsdesk.gui.qtfixes import repair_signal_emit


class _Source(QObject):
    text = Signal(str)
    bare = Signal()


def test_emitting_signals_leaves_true_alone() -> None:
    repair_signal_emit()
    assert not repair_signal_emit()  # once is enough
    source, heard = _Source(), []
    source.text.connect(heard.append)
    before = sys.getrefcount(True)
    for _ in range(2_000):
        source.text.emit("نص")
        source.bare.emit()
    assert abs(sys.getrefcount(True) - before) < 10  # unrepaired the process dies
    assert len(heard) == 2_000 and heard[0] == "نص"
