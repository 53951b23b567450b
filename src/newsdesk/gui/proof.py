"""File → Save proof as PDF…: the saved article's PDF proof, written where the user chooses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk.errors import NewsdeskError
from newsdesk.gui.file_dialogs import choose_save_file
from newsdesk.gui.labels import path_text
from newsdesk.gui.settings_keys import SettingsKey, folder_setting, remember
from newsdesk.text.file_names import file_name_from

if TYPE_CHECKING:
    from newsdesk.domain.article import Article
    from newsdesk.gui.editor.article_editor import ArticleEditor

Tell = Callable[[str, int], None]


def saved_article(editor: ArticleEditor | None, tell: Tell) -> Article | None:
    """The front article as saved, or None (and a word on the status line) while it is not."""
    if editor is None or editor.article is None or editor.dirty:
        tell(
            QCoreApplication.translate("MainWindow", "Save the article before printing a proof"),
            5000,
        )
        return None
    return editor.article


def proof_file_name(article: Article) -> str:
    """The name the save dialog suggests: the headline's, made safe for any file system."""
    return file_name_from(article.headline, ".pdf", fallback=f"proof-{article.id}")


def save_proof_pdf(editor: ArticleEditor | None, parent: QWidget, tell: Tell) -> None:
    """Ask where, then write the proof; `tell` shows a status line with how long it stays."""
    article = saved_article(editor, tell)
    if article is None:
        return
    start = folder_setting(SettingsKey.PROOF_FOLDER) / proof_file_name(article)
    path = choose_save_file(
        parent,
        QCoreApplication.translate("MainWindow", "Save proof as PDF"),
        str(start),
        "PDF (*.pdf)",
    )
    if not path:
        return
    remember(SettingsKey.PROOF_FOLDER, str(Path(path).parent))
    from newsdesk.render.pdf.pages import write_proof_pdf  # loads the PDF fonts: only when asked

    try:
        result = write_proof_pdf(article, path)
    except (NewsdeskError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("MainWindow", "No proof"), str(exc))
        return
    tell(
        QCoreApplication.translate("MainWindow", "Proof written: %1").replace(
            "%1", path_text(result.path)
        ),
        8000,
    )
