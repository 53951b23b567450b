"""Single-line fields that lay themselves out in the direction of what is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from newsdesk.text.direction import resolve_direction


class DirectionalLineEdit(QLineEdit):
    """A QLineEdit whose direction follows the text engine's rule, not the first letter."""

    def __init__(self, language: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.textChanged.connect(self._update_direction)
        self._update_direction(self.text())

    def set_language(self, language: str) -> None:
        """Resolve ties and empty text by another language."""
        self.language = language
        self._update_direction(self.text())

    def direction(self) -> str:
        """The resolved direction of the current text."""
        return resolve_direction(self.text(), self.language)

    def _update_direction(self, text: str) -> None:
        rtl = resolve_direction(text, self.language) == "rtl"
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
