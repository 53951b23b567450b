"""Articles are live: what another desk, the command line or the queue stored reaches the window.

An open article with no unsaved edits takes the stored version in place; one with unsaved edits
keeps them and shows a banner with a comparison. Its author is told at once of a desk's step,
and a person whose changes another saved over is told too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QBoxLayout

from newsdesk.domain.article import Status
from newsdesk.domain.workflow import Step, may_take
from newsdesk.errors import NewsdeskError
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP
from newsdesk.gui.widgets.stale_banner import StaleBanner
from newsdesk.services.articles import SAVED_OVER

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from newsdesk.domain.people import Person
    from newsdesk.gui.database_watch import DatabaseWatch
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.gui.navigator import Navigator
    from newsdesk.gui.queue.view import QueueView
    from newsdesk.services.articles import ArticleService
    from newsdesk.storage.change_feed import ArticleChange

NOTICE_MS = 15_000
IMPORT_STEP = "import"  # the step of an article brought in from a bundle or a file


class LiveWindow(Protocol):
    """What of the main window the live articles use."""

    database_watch: DatabaseWatch
    queue: QueueView
    navigator: Navigator
    articles: ArticleService
    person: Person

    def editors(self) -> Sequence[ArticleEditor]:
        """Every open editor."""
        ...

    def statusBar(self) -> QStatusBar:
        """The window's status bar."""
        ...


class LiveArticles(QObject):
    """Follows the database watch's changes into the open tabs, the lists and the status bar."""

    def __init__(self, window: LiveWindow, parent: QObject):
        super().__init__(parent)
        self.window = window
        self.notices: list[str] = []  # what the author was told, newest last
        window.database_watch.articlesChanged.connect(self.follow)
        # The queue's own steps are changes like any other: read them now, not at the next tick.
        window.queue.changed.connect(window.database_watch.look)

    def follow(self, changes: list[ArticleChange]) -> None:
        """Bring each changed article into its open tab, then refresh the lists once."""
        for change in changes:
            editor = self._open_editor(change.id)
            if editor is not None and change.version > (editor.base_version or 0):
                self._bring(editor, change)
            notice = self.notice_for(change)
            if notice:
                self.notices.append(notice)
                self.window.statusBar().showMessage(notice, NOTICE_MS)
                self.window.navigator.marked[change.id] = notice
        self.window.navigator.refresh()
        self.window.queue.poll_changes()

    def notice_for(self, change: ArticleChange) -> str:
        """What the author is told of a step another person took on their article ("" if none)."""
        me = self.window.person
        text = _STEP_NOTICES.get(change.last_step)
        if text is None or change.updated_by == me.name:
            return ""
        if change.last_step == IMPORT_STEP:
            # An imported submission waits for the desk: those who may claim it are told.
            if change.status != Status.SUBMITTED.value or not may_take(me.role, Step.CLAIM):
                return ""
        elif change.last_step == SAVED_OVER:
            # Told: the person whose version was saved over, whoever wrote the article.
            if self.window.articles.saved_by(change.id, change.version - 1) != me.name:
                return ""
        elif change.author != me.name:
            return ""
        shown = QCoreApplication.translate("LiveArticles", text)
        return shown.replace("%1", change.headline or change.id).replace("%2", change.updated_by)

    def _open_editor(self, article_id: str) -> ArticleEditor | None:
        return next(
            (e for e in self.window.editors() if e.article and e.article.id == article_id), None
        )

    def _bring(self, editor: ArticleEditor, change: ArticleChange) -> None:
        if editor.dirty:
            self._banner(editor).show_version(change.version, change.updated_by)
            return
        try:
            editor.reload(self.window.articles.get(change.id))
        except NewsdeskError as exc:
            self.window.statusBar().showMessage(str(exc), NOTICE_MS)

    def _banner(self, editor: ArticleEditor) -> StaleBanner:
        banner = editor.findChild(StaleBanner)
        if banner is not None:
            return banner
        banner = StaleBanner(editor)
        layout = editor.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, banner)
        banner.compareRequested.connect(lambda: self._compare(editor, banner))
        # Saved (merged through the conflict dialog) or reloaded: the notice has done its job.
        editor.stateChanged.connect(
            lambda: banner.setVisible(editor.dirty and (editor.base_version or 0) < banner.version)
        )
        return banner

    def _compare(self, editor: ArticleEditor, banner: StaleBanner) -> None:
        from newsdesk.gui.dialogs.history import unseen_changes

        if editor.article is None or editor.base_version is None:
            return
        message = self.tr("What changed since version %1, the one you are editing.").replace(
            "%1", str(editor.base_version)
        )
        unseen_changes(
            self.window.articles, editor.article.id, editor.base_version, message, editor
        )


_STEP_NOTICES = {
    "claim": QT_TRANSLATE_NOOP("LiveArticles", "%2 took “%1” to edit it."),
    "return": QT_TRANSLATE_NOOP("LiveArticles", "%2 returned “%1” to you."),
    "approve": QT_TRANSLATE_NOOP("LiveArticles", "%2 approved “%1”."),
    "spike": QT_TRANSLATE_NOOP("LiveArticles", "%2 spiked “%1”."),
    IMPORT_STEP: QT_TRANSLATE_NOOP("LiveArticles", "“%1” arrived as a submission."),
    SAVED_OVER: QT_TRANSLATE_NOOP(
        "LiveArticles", "%2 saved over some of your changes to “%1”; the notes say which."
    ),
}
