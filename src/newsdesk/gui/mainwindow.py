"""The main window: builds the newsroom's widgets into the frame and wires them together.

What a command does lives elsewhere: editing in `gui/editor/commands.py`, submitting in
`gui/submitting.py`, proofs in `gui/proof.py`, exports and imports in `gui/export_flow.py` and
`gui/importing.py` (started from `gui/transfers.py`); the menus are laid out in `gui/menus.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from newsdesk.errors import NewsdeskError
from newsdesk.gui.actions import (
    NEEDS_EDITOR,
    NEWSROOM_FREE_ACTIONS,
    ActionName,
    build_actions,
    load_icons_later,
)
from newsdesk.gui.frame import scrolled
from newsdesk.gui.keyboard import adopt_editor, keyboard_commands
from newsdesk.gui.menus import build_menus
from newsdesk.gui.session_memory import remember_session
from newsdesk.gui.transfers import TransferFrame

# Only Qt and the light frame and action modules load before the first paint; the newsroom's
# modules (storage, text engine, editor) are imported where they are first needed.
if TYPE_CHECKING:
    from PySide6.QtCore import QSize

    from newsdesk.domain.article import Article
    from newsdesk.domain.people import Person
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.gui.editor.commands import EditorCommands
    from newsdesk.gui.editor.spare import SpareEditor
    from newsdesk.gui.export_flow import ExportFlow
    from newsdesk.gui.importing import ImportRun
    from newsdesk.services.recovery import RecoveryCopy, RecoveryStore
    from newsdesk.settings import Settings
    from newsdesk.storage.engine import Database


class MainWindow(TransferFrame):
    """Where reporters spend their day."""

    def __init__(
        self,
        db: Database | None = None,
        person: Person | None = None,
        settings: Settings | None = None,
        recovery: RecoveryStore | None = None,
    ):
        super().__init__()
        self._settings = settings
        self._recovery = recovery
        self.attached = False
        self.spare: SpareEditor | None = None  # made by `attach`
        self.export_flow: ExportFlow | None = None  # made on first use
        self.import_run: ImportRun | None = None
        self._editor_commands: EditorCommands | None = None  # made on first use
        self._last_page_size: QSize | None = None  # of the last editor closed
        # Menus and toolbar are part of the painted frame; their commands wait for `attach`.
        self.named_actions = build_actions(self, self.run_command)
        self._commands: dict[ActionName, Callable[[], object]] = {
            ActionName.NEW: self.new_article,
            ActionName.OPEN: self._focus_navigator,
            ActionName.SAVE: self.save_current,
            ActionName.CLOSE: self.close_current,
            ActionName.SUBMIT: self.submit_current,
            ActionName.HISTORY: self.show_history,
            ActionName.PRINT_PROOF: self.print_proof,
            ActionName.SAVE_PROOF_PDF: self.save_proof_pdf,
            ActionName.PREFERENCES: self.open_preferences,
            ActionName.QUIT: self.close,
            ActionName.IMPORT_FILES: self.import_files,
            ActionName.CHECK_DATABASE: self.check_database,
            **keyboard_commands(self),
        }
        self.view_menu = build_menus(self, self.named_actions)
        self._restore_state()
        self._waiting_actions = [
            self.named_actions[name] for name in ActionName if name not in NEWSROOM_FREE_ACTIONS
        ]
        for action in self._waiting_actions:
            action.setEnabled(False)
        if db is not None and person is not None:
            self.attach(db, person)

    @property
    def settings(self) -> Settings:
        """The newsroom settings (read from disk on first use, after the first paint)."""
        if self._settings is None:
            from newsdesk.settings import Settings

            self._settings = Settings.load()
        return self._settings

    @property
    def recovery(self) -> RecoveryStore:
        """Where unsaved text is kept (opened on first use, after the first paint)."""
        if self._recovery is None:
            from newsdesk.services.recovery import RecoveryStore

            self._recovery = RecoveryStore()
        return self._recovery

    def attach(self, db: Database, person: Person) -> None:
        """Build everything that needs the newsroom's data (the frame can be shown before this)."""
        # Imported here: the frame paints first, these modules bring SQLAlchemy, Jinja2 and fonts.
        from newsdesk.gui.database_watch import DatabaseWatch
        from newsdesk.gui.editor.spare import SpareEditor
        from newsdesk.gui.findings import FindingsPanel
        from newsdesk.gui.fonts import register_fonts
        from newsdesk.gui.front_article import FrontArticle
        from newsdesk.gui.i18n import chosen_ui_language
        from newsdesk.gui.live_articles import LiveArticles
        from newsdesk.gui.navigator import Navigator
        from newsdesk.gui.preview.pane import PreviewPane
        from newsdesk.gui.queue.shown import shown_version
        from newsdesk.gui.queue.view import QueueView
        from newsdesk.gui.spelling.desk import desk_speller
        from newsdesk.gui.ticker.docking import docked_ticker
        from newsdesk.services.articles import ArticleService
        from newsdesk.services.newsroom_settings import with_newsroom_settings

        register_fonts()
        self._settings = with_newsroom_settings(db, self.settings)  # shared by every desk
        self.person = person
        self.articles = ArticleService(db, person, self.settings.lease())
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.navigator = Navigator(self.articles, self.settings.timezone)
        self.navigator.openRequested.connect(self.open_article)
        self.navigator.message.connect(self.statusBar().showMessage)
        self.navigator_dock.setWidget(self.navigator)
        self.findings = FindingsPanel()
        self.findings_dock.setWidget(self.findings)
        self.preview = PreviewPane(zone=self.settings.timezone)
        self.preview_dock.setWidget(self.preview)
        self.front = FrontArticle(self, self.current_editor, self.findings, self.preview)
        self.tabs.currentChanged.connect(self.front.front_changed)
        self.tabs.currentChanged.connect(self._update_actions)
        self.speller = desk_speller(db, person, self)
        self.speller.message.connect(self.statusBar().showMessage)
        self.queue = QueueView(db, person, self.settings.lease(), chosen_ui_language())
        self.queue.count_spelling(self.speller)
        self.queue.openRequested.connect(self.open_article)
        self.queue.shown_version = partial(shown_version, self.editors)
        self.queue.changed.connect(self.navigator.refresh)
        self.queue_dock.setWidget(scrolled(self.queue))  # a dock narrower than the table scrolls
        self.ticker_desk = docked_ticker(self.ticker_dock, db, person, self.settings, self.speller)
        self.ticker_desk.message.connect(self.statusBar().showMessage)
        self.spare = SpareEditor(self, self._make_editor, self._page_size)
        self.database_watch = DatabaseWatch(db, self._keep_all_text, self)
        self.database_watch.also_poll(self.speller.refresh)  # a word another desk added
        self.live = LiveArticles(self, self)
        self.queue.poll.stop()  # the watch tells the queue when articles change
        self.show_person(person)
        for action in self._waiting_actions:
            action.setEnabled(True)
        if self.first_layout:
            QTimer.singleShot(0, self._first_run_dock_sizes)
            if person.role.value in ("chief", "admin"):
                self.show_queue_first()
        self.navigator.refresh()
        self._update_actions()
        self.attached = True
        self.setAcceptDrops(True)  # files dropped on the window are imported
        self._icons_now = load_icons_later(self)
        self.spare.build_later()

    # -- commands ---------------------------------------------------------------------------

    def run_command(self, name: ActionName, checked: bool = False) -> None:
        """Carry out a menu or toolbar command: the window's own, else the front editor's."""
        command = self._commands.get(name)
        if command is not None:
            command()
        elif name is ActionName.EXPORT_BUNDLE:
            self.exporting().export_bundle()
        elif name is ActionName.SEND_TO_DESK:
            self.exporting().send_to_desk()
        else:
            self.editor_commands().run(name, checked)

    def editor_commands(self) -> EditorCommands:
        """Edit, Format and Insert, carried out on the front editor (made on first use)."""
        if self._editor_commands is None:
            from newsdesk.gui.editor.commands import EditorCommands

            self._editor_commands = EditorCommands(self.current_editor, self.editors, self)
            self._editor_commands.message.connect(self.statusBar().showMessage)
        return self._editor_commands

    # -- editors ----------------------------------------------------------------------------

    def current_editor(self) -> ArticleEditor | None:
        """The editor in the front tab."""
        front = self.tabs.currentWidget()
        return next((editor for editor in self.editors() if editor is front), None)

    def editors(self) -> list[ArticleEditor]:
        """Every open editor (the editor's modules load with the first tab)."""
        if self.tabs.count() == 0:
            return []
        from newsdesk.gui.editor.article_editor import ArticleEditor

        return [
            w
            for i in range(self.tabs.count())
            if isinstance(w := self.tabs.widget(i), ArticleEditor)
        ]

    def show_person(self, person: Person) -> None:
        """Name who works here in the status bar (at once, when they rename themselves)."""
        from newsdesk.gui.labels import role_label

        self.person = person
        self.user_label.setText(f"{person.label} · {role_label(person.role.value)}")

    @property
    def has_spare(self) -> bool:
        """True when an empty editor, built in idle time, waits for the next article opened."""
        return self.spare is not None and self.spare.ready

    def _make_editor(self, article: Article | None) -> ArticleEditor:
        from newsdesk.gui.editor.article_editor import ArticleEditor
        from newsdesk.gui.fonts import chosen_editor_font

        editor = ArticleEditor(
            self.articles, self.recovery, self.settings, article, speller=self.speller
        )
        editor.body.setFont(chosen_editor_font())
        adopt_editor(self, editor)
        return editor

    def _page_size(self) -> QSize | None:
        """The size editors have in their tabs (None before the first)."""
        front = self.tabs.currentWidget()
        return front.size() if front is not None else self._last_page_size

    def _take_spare(self, article: Article | None) -> ArticleEditor:
        """An editor showing `article`, from the spare (there is one once the window is attached)."""
        if self.spare is None:
            raise RuntimeError("no editor can open before the window is attached to a newsroom")
        self._icons_now()
        return self.spare.take(article)

    def new_article(self) -> ArticleEditor:
        """Open an empty editor (the spare, when one is ready)."""
        editor = self._add_editor(self._take_spare(None))
        editor.fields.headline.setFocus()
        return editor

    def open_article(self, article_id: str) -> ArticleEditor | None:
        """Open an article, or bring its tab to the front."""
        for editor in self.editors():
            if editor.article is not None and editor.article.id == article_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        try:
            article = self.articles.get(article_id)
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return None
        return self._add_editor(self._take_spare(article))

    def open_recovered(self, copy: RecoveryCopy) -> ArticleEditor:
        """Open an editor holding recovered, unsaved text."""
        article = None
        with suppress(NewsdeskError):  # a recovered copy of an article since deleted opens new
            article = self.articles.get(copy.article_id) if copy.article_id else None
        editor = self._add_editor(self._take_spare(article))
        editor.restore_recovery(copy)
        return editor

    def _add_editor(self, editor: ArticleEditor) -> ArticleEditor:
        from newsdesk.gui.fonts import chosen_editor_font

        editor.body.setFont(chosen_editor_font())
        index = self.tabs.addTab(editor, editor.title())
        self.tabs.setCurrentIndex(index)
        self.front.watch(editor)
        editor.stateChanged.connect(self._update_actions)
        editor.body.pasteRefused.connect(lambda reason: self.statusBar().showMessage(reason, 8000))
        editor.body.filesDropped.connect(self.import_paths)
        self._update_actions()
        self.editor_commands().adopt(editor)
        return editor

    def close_current(self) -> bool:
        """Close the front tab (asking first when it holds unsaved changes)."""
        return self.close_tab(self.tabs.currentIndex())

    def close_tab(self, index: int) -> bool:
        """Close a tab, asking first when it holds unsaved changes."""
        editor = self.tabs.widget(index)
        if editor not in self.editors():
            return True
        if editor.dirty and not self._confirm_close(editor):
            return False
        self._last_page_size = editor.size()  # what the next spare is laid out at
        self.tabs.removeTab(index)
        editor.deleteLater()
        return True

    def _confirm_close(self, editor: ArticleEditor) -> bool:
        from newsdesk.gui.dialogs.unsaved import ask_to_save

        self.tabs.setCurrentWidget(editor)
        return ask_to_save(editor, self)

    def save_current(self) -> bool:
        """Save the front editor."""
        editor = self.current_editor()
        if editor is None:
            return False
        saved = editor.save()
        if saved:
            self.navigator.refresh()
        return saved

    def submit_current(self) -> None:
        """Save, then submit the front article to the desk."""
        from newsdesk.gui.submitting import submit_saved

        editor = self.current_editor()
        if editor is not None and self.save_current() and submit_saved(editor, self.articles, self):
            self.navigator.refresh()
            self.statusBar().showMessage(self.tr("Submitted to the desk"), 5000)

    def _focus_navigator(self) -> None:
        self.navigator_dock.show()
        self.navigator.search.setFocus()

    def _update_actions(self) -> None:
        editor = self.current_editor()
        for name in NEEDS_EDITOR:
            self.named_actions[name].setEnabled(editor is not None)
        spelling = editor.spelling.enabled if editor is not None else self.settings.spell_check
        self.named_actions[ActionName.CHECK_SPELLING].setChecked(spelling)

    def show_history(self) -> None:
        """Open the front article's history."""
        from newsdesk.gui.dialogs.history import show_history

        editor = self.current_editor()
        if editor is not None and show_history(self.articles, editor, self):
            self.navigator.refresh()

    def print_proof(self) -> None:
        """Show the saved front article's proof in the print preview, to print it."""
        from newsdesk.gui.printing import print_proof

        print_proof(self.current_editor(), self, self.statusBar().showMessage)

    def save_proof_pdf(self) -> None:
        """Write a PDF proof of the saved front article."""
        from newsdesk.gui.proof import save_proof_pdf

        save_proof_pdf(self.current_editor(), self, self.statusBar().showMessage)

    # -- preferences and layout ---------------------------------------------------------------

    def open_preferences(self) -> None:
        """Show the preferences dialog."""
        from newsdesk.gui.dialogs.preferences import edit_preferences

        db = self.articles.db if hasattr(self, "articles") else None
        edit_preferences(self, self.editors(), self.settings, getattr(self, "person", None), db)

    def check_database(self) -> QObject:
        """File → Check the database…: its health and its audit history's chain, on a worker."""
        from newsdesk.gui.database_check_run import run_database_check

        return run_database_check(self.articles.db, self)

    def _keep_all_text(self) -> None:
        for editor in self.editors():
            editor.autosave()

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in self.editors():
            if editor.dirty and not self._confirm_close(editor):
                event.ignore()
                return
        self.save_layout()
        if self.attached:
            remember_session(self)
            self.queue.poll.stop()  # a closed window asks the database nothing more
            self.database_watch.stop()
            self.speller.release()
        super().closeEvent(event)
