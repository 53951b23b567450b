"""Closing an editor that holds unsaved changes: save, discard, or keep it open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor

Button = QMessageBox.StandardButton


def ask_to_save(editor: ArticleEditor, parent: QWidget) -> bool:
    """Ask what becomes of the editor's changes; True when it may close (saved or discarded)."""
    headline = editor.fields.headline.text() or QCoreApplication.translate(
        "MainWindow", "New article"
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Unsaved changes"),
        QCoreApplication.translate("MainWindow", "Save the changes to “%1”?").replace(
            "%1", headline
        ),
        Button.Save | Button.Discard | Button.Cancel,
    )
    if answer == Button.Save:
        return editor.save()
    if answer == Button.Discard:
        editor.discard_changes()
        return True
    return False
