"""File → Print proof…: a PDF proof of the saved article, written where the user chooses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk.errors import NewsdeskError
from newsdesk.gui.file_dialogs import choose_save_file
from newsdesk.gui.labels import path_text

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor


def print_proof(
    editor: ArticleEditor | None, parent: QWidget, tell: Callable[[str, int], None]
) -> None:
    """Ask where, then write the proof; `tell` shows a status line with how long it stays."""
    if editor is None or editor.article is None or editor.dirty:
        tell(
            QCoreApplication.translate("MainWindow", "Save the article before printing a proof"),
            5000,
        )
        return
    path = choose_save_file(
        parent, QCoreApplication.translate("MainWindow", "Print proof"), "proof.pdf", "PDF (*.pdf)"
    )
    if not path:
        return
    from newsdesk.render.pdf.pages import write_proof_pdf  # loads the PDF fonts: only when printing

    try:
        result = write_proof_pdf(editor.article, path)
    except (NewsdeskError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("MainWindow", "No proof"), str(exc))
        return
    tell(
        QCoreApplication.translate("MainWindow", "Proof written: %1").replace(
            "%1", path_text(result.path)
        ),
        8000,
    )
