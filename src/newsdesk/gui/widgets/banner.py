"""The pale notice shown above an article's fields."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def notice_banner() -> QLabel:
    """A hidden notice above the fields (read only, recovered text, the desk's note)."""
    banner = QLabel()
    banner.setWordWrap(True)
    banner.setVisible(False)
    banner.setMargin(6)
    banner.setAutoFillBackground(True)  # a palette, not a style sheet: cheaper to show
    palette = banner.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#fdf0d5"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#5c3c00"))
    banner.setPalette(palette)
    return banner
