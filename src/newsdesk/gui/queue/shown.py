"""Which version of an article the desk has on screen, for steps that judge its text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor


def shown_version(editors: Callable[[], Sequence[ArticleEditor]], article_id: str) -> int | None:
    """The version open in an editor tab, or None when the article is not open."""
    for editor in editors():
        if editor.article is not None and editor.article.id == article_id:
            return editor.base_version
    return None
