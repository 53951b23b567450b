"""One article open for writing: fields, body, find bar, saving, autosave and conflicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from newsdesk.domain.article import Article, ArticleContent, Status
from newsdesk.domain.workflow import may_edit
from newsdesk.errors import ConflictError, NewsdeskError
from newsdesk.gui.dialogs.conflict import ConflictChoice, Merge, keep_all_mine
from newsdesk.gui.editor.body import BodyEdit
from newsdesk.gui.editor.conflicts import ask_about_conflict, base_content, save_merge
from newsdesk.gui.editor.copy_writing import CopyWriter
from newsdesk.gui.editor.fields import ArticleFields
from newsdesk.gui.editor.find_bar import FindBar
from newsdesk.gui.editor.folding import fields_pane
from newsdesk.gui.editor.journaling import JournalKeeper, apply_splices
from newsdesk.gui.editor.notes import NotesPanel
from newsdesk.gui.labels import status_label
from newsdesk.gui.spelling.article import ArticleSpelling
from newsdesk.gui.spelling.ignored import IgnoredWords
from newsdesk.gui.spelling.source import SpellerSource
from newsdesk.gui.widgets.banner import notice_banner
from newsdesk.services.articles import ArticleService
from newsdesk.services.recovery import RecoveryCopy, RecoveryStore, new_key, now
from newsdesk.settings import Settings

AUTOSAVE_PAUSE_MS = 2_000
AUTOSAVE_MAX_MS = 15_000
BODY_MIN_HEIGHT = 160

ConflictResolver = Callable[[str, ArticleContent, ArticleContent], ConflictChoice | Merge]


class ArticleEditor(QWidget):
    """Edits one article; the text is never lost: autosaved to a recovery copy, saved as a revision."""

    stateChanged = Signal()
    directionChanged = Signal(str)

    def __init__(
        self,
        service: ArticleService,
        recovery: RecoveryStore,
        settings: Settings,
        article: Article | None = None,
        parent: QWidget | None = None,
        speller: SpellerSource | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.recovery = recovery
        self.article: Article | None = None
        self.recovery_key = new_key()
        self.base_version: int | None = None
        self.generation = 0  # of the recovery copy on disk; 0: none written yet
        self.dirty = False
        self.saved_at: datetime | None = None
        self._loading = False
        self.resolve_conflict: ConflictResolver = self._ask_about_conflict
        language = article.language if article else "ar"
        self.fields = ArticleFields(settings.headline_max_chars)
        self.body = BodyEdit(language, settings.lint_settings())
        # Ignored words are kept only for a desk that checks spelling (see gui/spelling/ignored.py).
        self.spelling = ArticleSpelling(
            speller, settings.spell_check, IgnoredWords() if speller else None, self
        )
        self.body.highlighter.set_spelling(self.spelling)
        for field in self.fields.spelled_fields():
            field.set_spelling(self.spelling)
        self._find_bar: FindBar | None = None
        self.banner = notice_banner()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(fields_pane(self.fields, splitter))
        splitter.addWidget(self.body)
        splitter.setStretchFactor(1, 1)
        # The body is where the day's work happens: never squeezed below a few lines by the fields.
        self.body.setMinimumHeight(BODY_MIN_HEIGHT)
        self._column = QVBoxLayout(self)
        # Every pixel of height goes to the body: on a 768-pixel screen it shows 15 lines.
        self._column.setContentsMargins(4, 0, 4, 0)
        self._column.setSpacing(2)
        splitter.setHandleWidth(4)
        self._column.addWidget(self.banner)
        self._column.addWidget(splitter, 1)
        self.notes = NotesPanel(service, lambda: self.settings.timezone)
        self._column.addWidget(self.notes)
        self._pause_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_PAUSE_MS)
        self._max_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_MS)
        self._pause_timer.timeout.connect(self._autosave_soon)
        self._max_timer.timeout.connect(self._autosave_soon)
        # Between copies, every keystroke goes to the journal within a second.
        self.journal = JournalKeeper(recovery, self.body, self.fields, self)
        self.journal.compactWanted.connect(self._autosave_soon)
        # Copies asked for by the timers and the journal are written off the GUI thread.
        self.copies = CopyWriter(recovery, self.journal, self)
        self.copies.written.connect(self._copy_written)
        self.copies.failed.connect(self._copy_failed)
        self.copies.wanted.connect(self._autosave_soon)
        self.fields.changed.connect(self._mark_dirty)
        self.fields.languageChanged.connect(self.body.set_language)
        # Modified, not merely changed: re-highlighting after a load changes formats, not text.
        self.body.document().contentsChanged.connect(self._body_changed)
        self.body.directionChanged.connect(self.directionChanged)
        self.load(article)

    def load(self, article: Article | None) -> None:
        """Show an article (None: a new, empty one) as an editor just made for it would.

        The main window keeps an empty editor built in idle time and opens articles in it;
        nothing shown or kept before (text, undo history, banner, notes, find bar, recovery
        copy name, read-only state) outlives this call.
        """
        content = article.content if article is not None else ArticleContent(headline="")
        self._pause_timer.stop()
        self._max_timer.stop()
        self.copies.stop()  # and the journal
        self._loading = self.journal.muted = True
        try:
            self.article = article
            self.recovery_key = new_key()
            self.generation = 0
            self.base_version = article.version if article is not None else None
            self.saved_at = None
            self.fields.load(content)
            self.spelling.reset(article.id if article else None, self.settings.spell_check)
            self.body.load(content.body, content.language)
        finally:
            self._loading = self.journal.muted = False
        self.dirty = False
        if self._find_bar is not None:  # made again, empty, when next asked for
            self._column.removeWidget(self._find_bar)
            self._find_bar.setParent(None)
            self._find_bar.deleteLater()
            self._find_bar = None
        self.banner.clear()
        self.banner.setVisible(False)
        self._apply_permissions()
        self.notes.show_article(article.id if article is not None else None)

    # -- what is shown ----------------------------------------------------------------------

    @property
    def find_bar(self) -> FindBar:
        """Find and replace under the body, made the first time it is asked for."""
        if self._find_bar is None:
            self._find_bar = FindBar(self.body)
            self._column.insertWidget(self._column.indexOf(self.notes), self._find_bar)
        return self._find_bar

    def content(self) -> ArticleContent:
        """The article as it stands in the editor."""
        return self.fields.content(self.body.body())

    def title(self) -> str:
        """A short tab title."""
        from newsdesk.gui.labels import headline_text

        headline = self.fields.headline.text().strip() or self.tr("New article")
        short = headline if len(headline) <= 32 else headline[:31] + "…"
        return ("● " if self.dirty else "") + headline_text(short, self.body.language)

    def save_state(self) -> str:
        """`Saved 12:30:05`, `Unsaved changes` or `Not saved yet`."""
        if self.dirty:
            return self.tr("Unsaved changes")
        if self.saved_at is not None:
            return self.tr("Saved %1").replace(
                "%1", self.saved_at.astimezone().strftime("%H:%M:%S")
            )
        return self.tr("Not saved yet") if self.article is None else self.tr("Saved")

    def restore_recovery(self, copy: RecoveryCopy) -> None:
        """Show a recovered copy's text as unsaved changes against its base version."""
        self.copies.stop()  # and the journal
        self.recovery_key = copy.key
        self.base_version = copy.base_version
        self.generation = copy.generation
        self.journal.muted = True
        try:
            self.fields.load(copy.content)
            self.body.set_language(copy.content.language)
            self.body.load(copy.content.body)
            apply_splices(self.body.document(), copy.replay.splices)
        finally:
            self.journal.muted = False
        self._mark_dirty()
        self.autosave()  # the journal folded into a new copy, ready for the next one
        self.banner.setText(
            self.tr("Recovered text from %1 that had not been saved.").replace(
                "%1", copy.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            )
        )
        self.banner.setVisible(True)

    # -- saving -----------------------------------------------------------------------------

    def _body_changed(self) -> None:
        if self.body.document().isModified():
            self._mark_dirty()

    def _mark_dirty(self) -> None:
        if self._loading or self.body.isReadOnly():
            return
        first = not self.dirty
        self.dirty = True
        self._pause_timer.start()
        if first or not self._max_timer.isActive():
            self._max_timer.start()
        if first:
            self.stateChanged.emit()

    def autosave(self) -> None:
        """Write the recovery copy now (never a revision), after any being written."""
        self._pause_timer.stop()
        self._max_timer.stop()
        self.copies.settle()
        if not self.dirty:
            return
        copy = self._copy()
        try:
            self.recovery.save(copy)
            self.generation = copy.generation
            self.journal.restart(self.recovery_key, self.generation)
        except OSError as exc:
            self._copy_failed(str(exc))

    def _autosave_soon(self) -> None:
        # The timers and the journal: the copy is written off the GUI thread, one at a time.
        self._pause_timer.stop()
        self._max_timer.stop()
        if self.dirty:
            self.copies.request(self._copy)

    def _copy(self) -> RecoveryCopy:
        article_id, user = (self.article.id if self.article else None), self.service.actor.name
        content, generation = self.content(), self.generation + 1
        return RecoveryCopy(
            self.recovery_key, user, article_id, self.base_version, content, now(), generation
        )

    def _copy_written(self, copy: RecoveryCopy) -> None:
        self.generation = copy.generation

    def _copy_failed(self, reason: str) -> None:
        self.banner.setText(self.tr("Could not write the recovery copy: %1").replace("%1", reason))
        self.banner.setVisible(True)

    def save(self) -> bool:
        """Save as a revision; on a conflict ask what to do; return True when the text is stored."""
        content = self.content()
        try:
            if self.article is None:
                stored = self.service.create(content)
            else:
                stored = self.service.edit(
                    self.article.id, if_version=self.base_version, **_fields(content)
                )
        except ConflictError as conflict:
            return self._handle_conflict(conflict, content)
        except NewsdeskError as exc:
            self.autosave()  # whatever refused the save, the text is kept on disk
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return False
        self._saved(stored)
        return True

    def _handle_conflict(self, conflict: ConflictError, mine: ArticleContent) -> bool:
        assert self.article is not None
        theirs = self.service.get(self.article.id)
        answer = self.resolve_conflict(conflict.saved_by, theirs.content, mine)
        if answer == ConflictChoice.KEEP_MINE:
            answer = keep_all_mine(theirs.content, mine)
        if isinstance(answer, Merge):
            try:
                stored = save_merge(self.service, theirs, answer, _fields(answer.content))
            except NewsdeskError as exc:
                QMessageBox.warning(self, self.tr("Not saved"), str(exc))
                return False
            if answer.content != mine:
                self.reload(stored)  # the merge is what is stored now, not what was typed
            self._saved(stored)
            return True
        if answer == ConflictChoice.TAKE_THEIRS:
            self.reload(theirs)
            return True
        return False

    def _ask_about_conflict(
        self, saved_by: str, theirs: ArticleContent, mine: ArticleContent
    ) -> ConflictChoice | Merge:
        base = base_content(self.service, self.article, self.base_version)
        return ask_about_conflict(self, saved_by, theirs, mine, base)

    def _saved(self, article: Article) -> None:
        self.spelling.saved_as(article.id)
        self.body.document().setModified(False)
        self.notes.show_article(article.id)
        self.article = article
        self.base_version = article.version
        self.dirty = False
        self.saved_at = datetime.now().astimezone()
        self._pause_timer.stop()
        self._max_timer.stop()
        self.copies.stop()  # and the journal
        self.recovery.discard(self.recovery_key)
        self.banner.setVisible(False)
        self._apply_permissions()
        self.stateChanged.emit()

    def reload(self, article: Article) -> None:
        """Show the stored article, dropping unsaved changes (their recovery copy too)."""
        self.article = article
        self.base_version = article.version
        self.fields.load(article.content)
        self.body.set_language(article.language)
        self.body.load(article.content.body)
        self.dirty = False
        self.copies.stop()  # and the journal
        self.recovery.discard(self.recovery_key)
        self.banner.setVisible(False)  # a return note or "read only" no longer holds
        self._apply_permissions()
        self.notes.show_article(article.id)  # a step taken elsewhere may have left a note
        self.stateChanged.emit()

    def discard_changes(self) -> None:
        """Forget unsaved work (the user said so)."""
        self.dirty = False
        self.body.document().setModified(False)
        self._pause_timer.stop()
        self._max_timer.stop()
        self.copies.stop()  # and the journal
        self.recovery.discard(self.recovery_key)

    def _apply_permissions(self) -> None:
        actor = self.service.actor
        editable = self.article is None or may_edit(
            actor.role, self.article.status, self.article.author == actor.name
        )
        holder = (
            self.article.holder(datetime.now(UTC), self.service.lease) if self.article else None
        )
        if holder and holder != actor.name:
            editable = False
        self.fields.set_read_only(not editable)
        self.body.setReadOnly(not editable)
        if not editable and self.article is not None:
            self.banner.setText(self._read_only_reason(self.article.status))
            self.banner.setVisible(True)
        self._show_return_note()

    def _show_return_note(self) -> None:
        """A returned article opens with the desk's note where the reporter cannot miss it."""
        if self.article is None or self.article.status != Status.RETURNED:
            return
        last = self.service.last_return(self.article.id)
        if last is not None:
            self.banner.setText(
                self.tr("Returned by %1: %2").replace("%1", last.author).replace("%2", last.text)
            )
            self.banner.setVisible(True)

    def _read_only_reason(self, status: Status) -> str:
        assert self.article is not None
        holder = self.article.holder(datetime.now(UTC), self.service.lease)
        if holder and holder != self.service.actor.name and self.article.held_since:
            since = self.article.held_since.astimezone().strftime("%H:%M")
            return (
                self.tr("Held by %1 since %2: read only.")
                .replace("%1", holder)
                .replace("%2", since)
            )
        if status == Status.SPIKED:
            return self.tr("This article is spiked; restore it to edit.")
        return self.tr("Read only: this article is %1 and your role may not change it.").replace(
            "%1", status_label(status)
        )


def _fields(content: ArticleContent) -> dict[str, object]:
    return {name: getattr(content, name) for name in content.__dataclass_fields__}
