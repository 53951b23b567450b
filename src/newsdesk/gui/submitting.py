"""File → Submit to desk: the workflow's submit step for the article in an editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk.domain.workflow import Step
from newsdesk.errors import NewsdeskError

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.services.articles import ArticleService


def submit_saved(editor: ArticleEditor, articles: ArticleService, parent: QWidget) -> bool:
    """Submit the editor's saved article and show it as submitted; say why when refused."""
    if editor.article is None:
        return False
    try:
        article = articles.take_step(editor.article.id, Step.SUBMIT)
    except NewsdeskError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("MainWindow", "Not submitted"), str(exc)
        )
        return False
    editor.reload(article)
    return True
