"""What the desk looked like at quit: the preview's width and theme, the queue's columns, and
the open articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from newsdesk.errors import NewsdeskError
from newsdesk.gui.settings_keys import SettingsKey, remember, setting

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.gui.preview.pane import PreviewPane


class Desk(Protocol):
    """What this module needs of the main window (which imports it)."""

    tabs: QTabWidget
    preview: PreviewPane
    queue: Any
    person: Any
    articles: Any

    @property
    def recovery(self) -> Any: ...

    def editors(self) -> list[ArticleEditor]: ...
    def current_editor(self) -> ArticleEditor | None: ...
    def open_article(self, article_id: str) -> ArticleEditor | None: ...


def _ids(value: object) -> list[str]:
    # An INI file gives back one id as a bare string and none as an empty value.
    if isinstance(value, str):
        return [value] if value else []
    return [str(item) for item in value] if isinstance(value, list | tuple) else []


def remember_session(window: Desk) -> None:
    """Keep the preview's width and theme, the queue's columns and the open articles, in tab order."""
    remember(SettingsKey.PREVIEW_WIDTH, window.preview.width_mode())
    window.queue.columns.save()
    remember(SettingsKey.PREVIEW_THEME, window.preview.theme())
    ids = [editor.article.id for editor in window.editors() if editor.article is not None]
    front = window.current_editor()
    remember(SettingsKey.OPEN_ARTICLES, ids)
    remember(SettingsKey.FRONT_ARTICLE, front.article.id if front and front.article else "")


def restore_session(window: Desk) -> None:
    """Show the preview as it was, and reopen the articles open at quit with the front one in front."""
    for value, apply in (
        (setting(SettingsKey.PREVIEW_WIDTH, ""), window.preview.set_width),
        (setting(SettingsKey.PREVIEW_THEME, ""), window.preview.set_theme),
    ):
        try:
            if value:
                apply(str(value))
        except ValueError:
            pass  # a value from another version: the default stays
    front_id = str(setting(SettingsKey.FRONT_ARTICLE, "") or "")
    # An article with unsaved text waiting is offered back by the recovery, in its own tab.
    waiting = {copy.article_id for copy in window.recovery.copies(window.person.name)}
    front = None
    for article_id in _ids(setting(SettingsKey.OPEN_ARTICLES, [])):
        if article_id in waiting:
            continue
        try:
            window.articles.get(article_id)
        except NewsdeskError:
            continue  # deleted or no longer readable since: nothing to reopen, nothing to say
        editor = window.open_article(article_id)
        if editor is not None and article_id == front_id:
            front = editor
    if front is not None:
        window.tabs.setCurrentWidget(front)
