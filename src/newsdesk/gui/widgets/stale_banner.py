"""The notice above an article whose stored version moved on while it held unsaved edits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class StaleBanner(QFrame):
    """ "Saved elsewhere as version N" with a Compare button; hidden until then."""

    compareRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.version = 0
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.compare = QPushButton(self.tr("&Compare"))
        self.compare.clicked.connect(self.compareRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.compare)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#fde2d5"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#5c1c00"))
        self.setPalette(palette)
        self.setVisible(False)

    def show_version(self, version: int, saved_by: str) -> None:
        """Say that `saved_by` stored `version` while these edits were unsaved."""
        self.version = version
        self.label.setText(
            self.tr(
                "%1 saved version %2 of this article while you were editing it. Your changes "
                "are not saved yet."
            )
            .replace("%1", saved_by)
            .replace("%2", str(version))
        )
        self.setVisible(True)
