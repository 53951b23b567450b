"""Picture properties: the caption, credit and alt text of a picture in the body."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from newsdesk.gui.widgets.directional import DirectionalLineEdit


@dataclass(frozen=True)
class PictureText:
    """What is said about a picture: under it, who made it, and for readers who cannot see it."""

    caption: str
    credit: str
    alt: str


class PicturePropertiesDialog(QDialog):
    """Edits a picture's caption, credit and alt text, each field in the direction of its text."""

    def __init__(self, text: PictureText, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Picture properties"))
        self.caption = DirectionalLineEdit(language)
        self.credit = DirectionalLineEdit(language)
        self.alt = DirectionalLineEdit(language)
        self.caption.setText(text.caption)
        self.credit.setText(text.credit)
        self.alt.setText(text.alt)
        hint = QLabel(self.tr("Alt text describes the picture for readers who cannot see it."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for field in (self.caption, self.credit, self.alt):
            field.returnPressed.connect(self.accept)
        form = QFormLayout(self)
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Credit"), self.credit)
        form.addRow(self.tr("Alt text"), self.alt)
        form.addRow(hint)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def picture_text(self) -> PictureText:
        """The fields as they stand."""
        return PictureText(
            self.caption.text().strip(), self.credit.text().strip(), self.alt.text().strip()
        )
