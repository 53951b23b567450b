"""Tab and Esc in the article body, so the keyboard never gets stuck in it.

The body keeps no tab characters (house style and the export ignore them) and its lists have no
levels to indent to, so Tab and Shift+Tab are refused with a word on how to leave; Esc leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTextEdit

TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class BodyKeys(QObject):
    """Watches a body's keys: Esc asks to leave it, Tab is refused."""

    leave = Signal()
    refused = Signal(str)  # why, in the UI language

    def __init__(self, body: QTextEdit):
        super().__init__(body)
        body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Escape and plain:
            self.leave.emit()
            return True
        if event.key() in TAB_KEYS and plain:
            self.refused.emit(
                self.tr("The text takes no tab characters: F6 or Esc moves to the next pane.")
            )
            return True
        return False
