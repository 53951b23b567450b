"""The hidden red line in which a dialog says what keeps it from going on."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def error_label() -> QLabel:
    """The hidden red line in which a dialog says what keeps it from going on."""
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #c01c28")
    label.setWordWrap(True)
    label.hide()
    return label
