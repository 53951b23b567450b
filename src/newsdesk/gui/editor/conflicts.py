"""What an editor asks when its save meets a newer version: the dialog and the text it began from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
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


def save_merge(
    service: ArticleService, theirs: Article, merge: Merge, fields: dict[str, Any]
) -> Article:
    """Store a merge over `theirs`; one that replaces some of their changes says which, in the
    same save, so the person saved over is told at once."""
    if not merge.overwritten:
        return service.edit(theirs.id, if_version=theirs.version, **fields)
    note = overwrite_note(service.actor.name, theirs, merge)
    return service.save_over(theirs.id, if_version=theirs.version, note=note, **fields)


def overwrite_note(saver: str, theirs: Article, merge: Merge) -> str:
    """What the other desk reads in the notes thread: who replaced which of their changes."""
    return (
        QCoreApplication.translate(
            "ArticleEditor",
            "%1 saved over changes by %2 (version %3): %4. Their text stays in the history.",
        )
        .replace("%1", saver)
        .replace("%2", theirs.updated_by)
        .replace("%3", str(theirs.version))
        .replace("%4", "; ".join(merge.overwritten))
    )
