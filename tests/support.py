"""People and helpers the tests share."""

from __future__ import annotations

from newsdesk.domain.people import Person, Role

ADMIN = Person("admin", Role.ADMIN)
SARA = Person("sara", Role.EDITOR)
KARIM = Person("karim", Role.CHIEF)


def type_text(widget, text: str) -> None:
    """Type any text, Arabic included, as real key events (QTest only types ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        typed = "\r" if char == "\n" else char
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed)
            )
