"""Every dialog button gets an accelerator (Alt+letter), in whatever language it is shown in.

Qt's own buttons (OK, Cancel, Close) and translated texts often have none; rather than mark each
text by hand in each language, the first free letter of each button is marked when a dialog first
takes the focus. Marks a text already has are kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

MARKED_PROPERTY = "newsdeskAccelerators"
BUTTON_TYPES = (QPushButton, QCheckBox, QRadioButton)


def accelerator(text: str) -> str | None:
    """The letter `text` is marked with (lower case), or None."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


def with_accelerator(text: str, used: set[str]) -> str:
    """`text` with its first letter not in `used` marked (unchanged if every letter is taken)."""
    for index, char in enumerate(text):
        if char.isalnum() and char.lower() not in used and text[max(0, index - 1)] != "&":
            used.add(char.lower())
            return text[:index] + "&" + text[index:]
    return text


def give_accelerators(root: QWidget) -> None:
    """Mark a free letter on each button under `root` that has none."""
    buttons = [b for b in root.findChildren(QAbstractButton) if isinstance(b, BUTTON_TYPES)]
    marked = [b.text() for b in buttons] + [
        label.text() for label in root.findChildren(QLabel) if label.buddy() is not None
    ]
    used = {key for text in marked if (key := accelerator(text)) is not None}
    for button in buttons:
        if button.text() and accelerator(button.text()) is None:
            button.setText(with_accelerator(button.text(), used))


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    dialog = new.window() if new is not None else None
    if isinstance(dialog, QDialog) and not dialog.property(MARKED_PROPERTY):
        dialog.setProperty(MARKED_PROPERTY, True)
        give_accelerators(dialog)


def install_accelerators(app: QApplication) -> None:
    """Mark dialog buttons from now on, as each dialog first takes the focus (once per app)."""
    if not app.property(MARKED_PROPERTY):
        app.setProperty(MARKED_PROPERTY, True)
        app.focusChanged.connect(_focus_changed)


def remove_accelerators(app: QApplication) -> None:
    """Stop marking dialog buttons (marks already made stay)."""
    if app.property(MARKED_PROPERTY):
        app.setProperty(MARKED_PROPERTY, False)
        app.focusChanged.disconnect(_focus_changed)
