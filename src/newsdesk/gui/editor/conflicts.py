"""What an editor asks when its save meets a newer version: the dialog and the text it began from."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from newsdesk.domain.article import Article, ArticleContent
from newsdesk.errors import NewsdeskError
from newsdesk.gui.dialogs.conflict import ConflictChoice, ConflictDialog, Merge
from newsdesk.services.articles import ArticleService


def base_content(
    service: ArticleService, article: Article | None, base_version: int | None
) -> ArticleContent | None:
    """The text an editor started from (its base version), to tell my changes from theirs."""
    if article is None:
        return None
    try:
        found = service.history(article.id)
    except NewsdeskError:
        return None
    kept = [r for r in found if r.version == base_version and r.step != "conflict"]
    return kept[-1].content if kept else None


def ask_about_conflict(
    parent: QWidget | None,
    saved_by: str,
    theirs: ArticleContent,
    mine: ArticleContent,
    base: ArticleContent | None,
) -> ConflictChoice | Merge:
    """Show the dialog; the person's merge when they keep their text, else their choice."""
    dialog = ConflictDialog(saved_by, theirs, mine, parent, base)
    dialog.exec()
    return dialog.merge() if dialog.choice == ConflictChoice.KEEP_MINE else dialog.choice
