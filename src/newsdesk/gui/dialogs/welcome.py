"""First run: who is using Newsdesk, and whether to load sample articles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from newsdesk.domain.people import Person
from newsdesk.gui.labels import role_label


class WelcomeDialog(QDialog):
    """Asks for a display name and offers sample articles in Arabic, French and English."""

    def __init__(self, person: Person, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Newsdesk"))
        intro = QLabel(
            self.tr(
                "You are signed in as %1 with the %2 role. You can add colleagues later with "
                "“newsdesk user add”."
            )
            .replace("%1", person.name)
            .replace("%2", role_label(person.role.value))
        )
        intro.setWordWrap(True)
        self.display_name = QLineEdit(person.display_name)
        self.display_name.setPlaceholderText(person.name)
        self.samples = QCheckBox(self.tr("Load sample articles in Arabic, French and English"))
        self.samples.setChecked(True)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Your name as shown to colleagues"), self.display_name)
        form.addRow(self.samples)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        form.addRow(buttons)
