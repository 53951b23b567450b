"""Closing an editor that holds unsaved changes: save, discard, or keep it open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from newsdesk.gui.labels import headline_text

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor

Button = QMessageBox.StandardButton
# Qt's own name for the message box's text label.
TEXT_LABEL = "qt_msgbox_label"


def unsaved_box(headline: str, language: str, parent: QWidget | None = None) -> QMessageBox:
    """The question, the headline isolated in its own direction and the text wrapped."""
    named = headline_text(headline, language) if headline.strip() else None
    text = QCoreApplication.translate("MainWindow", "Save the changes to “%1”?").replace(
        "%1", named or QCoreApplication.translate("MainWindow", "New article")
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Unsaved changes"),
        text,
        Button.Save | Button.Discard | Button.Cancel,
        parent,
    )
    label = box.findChild(QLabel, TEXT_LABEL)
    if label is not None:
        # A long headline wraps instead of widening the box past the screen.
        label.setWordWrap(True)
    return box


def ask_to_save(editor: ArticleEditor, parent: QWidget) -> bool:
    """Ask what becomes of the editor's changes; True when it may close (saved or discarded)."""
    language = str(editor.fields.language.currentData() or "ar")
    answer = unsaved_box(editor.fields.headline.text(), language, parent).exec()
    if answer == Button.Save:
        return editor.save()
    if answer == Button.Discard:
        editor.discard_changes()
        return True
    return False
