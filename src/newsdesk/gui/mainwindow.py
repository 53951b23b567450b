"""The main window: navigator, editor tabs, findings and preview docks, status bar, menus."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QToolBar,
)

from newsdesk.errors import NewsdeskError
from newsdesk.gui.actions import Actions, build_actions, load_icons
from newsdesk.gui.frame import MainFrame

# Only Qt and the light frame and action modules load before the first paint; the newsroom's
# modules (storage, text engine, editor) are imported where they are first needed.
if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from newsdesk.domain.article import Article
    from newsdesk.domain.people import Person
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.gui.editor.spare import SpareEditor
    from newsdesk.gui.export_flow import ExportFlow
    from newsdesk.gui.importing import ImportRun
    from newsdesk.services.recovery import RecoveryCopy, RecoveryStore
    from newsdesk.settings import Settings
    from newsdesk.storage.engine import Database

FINDINGS_DELAY_MS = 300
PREVIEW_DELAY_MS = 300
# What works in the painted frame before the newsroom is attached.
NEWSROOM_FREE_ACTIONS = frozenset({"quit"})


class MainWindow(MainFrame):
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
        self._last_page_size: QSize | None = None  # of the last editor closed
        # Menus and toolbar are part of the painted frame; their commands wait for `attach`.
        self.actions = build_actions(self, self._handlers())
        self._build_menus()
        self._restore_state()
        self._waiting_actions = [
            action
            for action in vars(self.actions).values()
            if isinstance(action, QAction) and action.objectName() not in NEWSROOM_FREE_ACTIONS
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
        from newsdesk.gui.i18n import chosen_ui_language
        from newsdesk.gui.labels import role_label
        from newsdesk.gui.navigator import Navigator
        from newsdesk.gui.preview.pane import PreviewPane
        from newsdesk.gui.queue.view import QueueView
        from newsdesk.gui.ticker.desk import TickerDesk
        from newsdesk.services.articles import ArticleService

        register_fonts()
        self.person = person
        self.articles = ArticleService(db, person, timedelta(minutes=self.settings.lease_minutes))
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        self.navigator = Navigator(self.articles)
        self.navigator.openRequested.connect(self.open_article)
        self.navigator.message.connect(self.statusBar().showMessage)
        self.navigator_dock.setWidget(self.navigator)
        self.findings = FindingsPanel()
        self.findings.jumpRequested.connect(self._jump_to_finding)
        self.findings_dock.setWidget(self.findings)
        self.preview = PreviewPane()
        self.preview_dock.setWidget(self.preview)
        self.queue = QueueView(
            db, person, timedelta(minutes=self.settings.lease_minutes), chosen_ui_language()
        )
        self.queue.openRequested.connect(self.open_article)
        self.queue.changed.connect(self.navigator.refresh)
        self.queue_dock.setWidget(self.queue)
        self.ticker_desk = TickerDesk(db, person, self.settings)
        self.ticker_desk.message.connect(self.statusBar().showMessage)
        self.ticker_dock.setWidget(self.ticker_desk)
        self._findings_timer = QTimer(self, singleShot=True, interval=FINDINGS_DELAY_MS)
        self._findings_timer.timeout.connect(self.update_findings)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.spare = SpareEditor(self, self._make_editor, self._page_size)
        self.database_watch = DatabaseWatch(db, self._keep_all_text, self)
        self.user_label.setText(f"{person.label} · {role_label(person.role.value)}")
        for action in self._waiting_actions:
            action.setEnabled(True)
        if self.first_layout:
            QTimer.singleShot(0, self._first_run_dock_sizes)
        self.navigator.refresh()
        self._update_actions()
        self.attached = True
        self.setAcceptDrops(True)  # files dropped on the window are imported
        QTimer.singleShot(0, lambda: load_icons(self))
        self.spare.build_later()

    # -- construction -----------------------------------------------------------------------

    def _handlers(self) -> dict[str, object]:
        return {
            "new": self.new_article,
            "open": self._focus_navigator,
            "save": self.save_current,
            "close": lambda: self.close_tab(self.tabs.currentIndex()),
            "undo": lambda: self._edit_call("undo"),
            "redo": lambda: self._edit_call("redo"),
            "find": lambda: self._editor_call(lambda e: e.find_bar.open()),
            "replace": lambda: self._editor_call(lambda e: e.find_bar.open(replacing=True)),
            "bold": self.toggle_bold,
            "italic": self.toggle_italic,
            "link": self.insert_link,
            "paste_plain": lambda: self._editor_call(lambda e: e.body.paste_plain()),
            "direction_rtl": lambda: self._editor_call(
                lambda e: e.body.set_paragraph_direction("rtl")
            ),
            "direction_ltr": lambda: self._editor_call(
                lambda e: e.body.set_paragraph_direction("ltr")
            ),
            "direction_auto": lambda: self._editor_call(
                lambda e: e.body.set_paragraph_direction("auto")
            ),
            "submit": self.submit_current,
            "block_paragraph": lambda: self._set_block_kind("paragraph"),
            "block_heading": lambda: self._set_block_kind("heading"),
            "block_quote": lambda: self._set_block_kind("quote"),
            "block_list": lambda: self._set_block_kind("list_item"),
            "preferences": self.open_preferences,
            "print_proof": self.print_proof,
            "history": self.show_history,
            "quit": self.close,
            "insert_rlm": lambda: self._insert("\u200f"),
            "insert_lrm": lambda: self._insert("\u200e"),
            "insert_arabic_comma": lambda: self._insert("،"),
            "insert_guillemets": lambda: self._insert("«\u00a0\u00a0»", back=2),
            "insert_nbsp": lambda: self._insert("\u00a0"),
            "show_invisibles": self._toggle_invisibles,
            "export_bundle": lambda: self.exporting().export_bundle(),
            "send_to_desk": lambda: self.exporting().send_to_desk(),
            "import_files": self.import_files,
        }

    def _build_menus(self) -> None:
        a: Actions = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (a.new, a.open, a.save, a.close, a.submit, a.history, a.print_proof):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (a.import_files, a.export_bundle, a.send_to_desk):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(a.preferences)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (a.undo, a.redo, a.paste_plain, a.find, a.replace):
            edit_menu.addAction(action)
        format_menu = bar.addMenu(self.tr("F&ormat"))
        for action in (
            a.bold,
            a.italic,
            a.link,
            a.direction_rtl,
            a.direction_ltr,
            a.direction_auto,
        ):
            format_menu.addAction(action)
        format_menu.addSeparator()
        for action in (a.block_paragraph, a.block_heading, a.block_quote, a.block_list):
            format_menu.addAction(action)
        insert_menu = bar.addMenu(self.tr("&Insert"))
        for action in (
            a.insert_rlm,
            a.insert_lrm,
            a.insert_arabic_comma,
            a.insert_guillemets,
            a.insert_nbsp,
        ):
            insert_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(a.show_invisibles)
        view_menu.addAction(self.navigator_dock.toggleViewAction())
        view_menu.addAction(self.findings_dock.toggleViewAction())
        view_menu.addAction(self.preview_dock.toggleViewAction())
        view_menu.addAction(self.ticker_dock.toggleViewAction())
        view_menu.addAction(self.queue_dock.toggleViewAction())
        self.view_menu = view_menu
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("toolbar-main")
        for action in (
            a.new,
            a.save,
            a.submit,
            None,
            a.undo,
            a.redo,
            None,
            a.bold,
            a.italic,
            a.link,
            None,
            a.direction_rtl,
            a.direction_ltr,
            a.direction_auto,
            None,
            a.find,
        ):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.addToolBar(toolbar)

    # -- editors ----------------------------------------------------------------------------

    def current_editor(self) -> ArticleEditor | None:
        """The editor in the front tab."""
        from newsdesk.gui.editor.article_editor import ArticleEditor

        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ArticleEditor) else None

    def editors(self) -> list[ArticleEditor]:
        """Every open editor."""
        from newsdesk.gui.editor.article_editor import ArticleEditor

        return [
            w
            for i in range(self.tabs.count())
            if isinstance(w := self.tabs.widget(i), ArticleEditor)
        ]

    @property
    def has_spare(self) -> bool:
        """True when an empty editor, built in idle time, waits for the next article opened."""
        return self.spare is not None and self.spare.ready

    def _make_editor(self, article: Article | None) -> ArticleEditor:
        from newsdesk.gui.editor.article_editor import ArticleEditor

        editor = ArticleEditor(self.articles, self.recovery, self.settings, article)
        self._apply_editor_font(editor)
        return editor

    def _page_size(self) -> QSize | None:
        """The size editors have in their tabs (None before the first)."""
        front = self.tabs.currentWidget()
        return front.size() if front is not None else self._last_page_size

    def new_article(self) -> ArticleEditor:
        """Open an empty editor (the spare, when one is ready)."""
        editor = self._add_editor(self.spare.take(None))
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
        return self._add_editor(self.spare.take(article))

    def open_recovered(self, copy: RecoveryCopy) -> ArticleEditor:
        """Open an editor holding recovered, unsaved text."""
        article = None
        if copy.article_id:
            try:
                article = self.articles.get(copy.article_id)
            except NewsdeskError:
                article = None
        editor = self._add_editor(self.spare.take(article))
        editor.restore_recovery(copy)
        return editor

    def _add_editor(self, editor: ArticleEditor) -> ArticleEditor:
        self._apply_editor_font(editor)
        index = self.tabs.addTab(editor, editor.title())
        self.tabs.setCurrentIndex(index)
        editor.stateChanged.connect(lambda e=editor: self._editor_state_changed(e))
        editor.directionChanged.connect(self._show_direction)
        editor.body.textChanged.connect(self._findings_timer.start)
        editor.fields.headline.changed.connect(self._findings_timer.start)
        editor.body.textChanged.connect(self._preview_timer.start)
        editor.fields.changed.connect(self._preview_timer.start)
        editor.body.cursorPositionChanged.connect(lambda e=editor: self._follow_cursor(e))
        self._preview_timer.start()
        self._editor_state_changed(editor)
        self._findings_timer.start()
        return editor

    def _apply_editor_font(self, editor: ArticleEditor) -> None:
        from newsdesk.gui.fonts import editor_font

        family = str(self.settings_value("editor/font", ""))
        editor.body.setFont(editor_font(family, int(self.settings_value("editor/size", 14))))

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
        self.tabs.setCurrentWidget(editor)
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1”?").replace(
                "%1", editor.fields.headline.text() or self.tr("New article")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            editor.discard_changes()
            return True
        return False

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
        editor = self.current_editor()
        if editor is None or not self.save_current() or editor.article is None:
            return
        from newsdesk.domain.workflow import Step

        try:
            article = self.articles.take_step(editor.article.id, Step.SUBMIT)
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.tr("Not submitted"), str(exc))
            return
        editor.reload(article)
        self.navigator.refresh()
        self.statusBar().showMessage(self.tr("Submitted to the desk"), 5000)

    # -- formatting -------------------------------------------------------------------------

    def _set_block_kind(self, kind: str) -> None:
        from newsdesk.domain.document import BlockKind

        self._editor_call(lambda e: e.body.set_block_kind(BlockKind(kind)))

    def toggle_bold(self) -> None:
        """Bold on or off for the selection."""
        from PySide6.QtGui import QFont, QTextCharFormat

        def apply(editor: ArticleEditor) -> None:
            fmt = QTextCharFormat()
            bold = editor.body.fontWeight() < QFont.Weight.Bold
            fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            editor.body.mergeCurrentCharFormat(fmt)

        self._editor_call(apply)

    def toggle_italic(self) -> None:
        """Italic on or off for the selection."""
        from PySide6.QtGui import QTextCharFormat

        def apply(editor: ArticleEditor) -> None:
            fmt = QTextCharFormat()
            fmt.setFontItalic(not editor.body.fontItalic())
            editor.body.mergeCurrentCharFormat(fmt)

        self._editor_call(apply)

    def insert_link(self) -> None:
        """Make the selection a link."""
        editor = self.current_editor()
        if editor is None or not editor.body.textCursor().hasSelection():
            self.statusBar().showMessage(self.tr("Select the words to link first"), 4000)
            return
        href, ok = QInputDialog.getText(self, self.tr("Link"), self.tr("Address (https://…)"))
        if ok and href.strip():
            from PySide6.QtGui import QTextCharFormat

            fmt = QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorHref(href.strip())
            fmt.setFontUnderline(True)
            fmt.setForeground(Qt.GlobalColor.blue)
            editor.body.mergeCurrentCharFormat(fmt)

    def _insert(self, text: str, back: int = 0) -> None:
        from newsdesk.gui.widgets.directional import DirectionalLineEdit

        focus = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, DirectionalLineEdit)):
            focus.insert(text)
            focus.cursorBackward(False, back)
            return

        def apply(editor: ArticleEditor) -> None:
            cursor = editor.body.textCursor()
            cursor.insertText(text)
            cursor.movePosition(cursor.MoveOperation.PreviousCharacter, n=back)
            editor.body.setTextCursor(cursor)

        self._editor_call(apply)

    def _toggle_invisibles(self) -> None:
        from PySide6.QtGui import QTextOption

        show = self.actions.show_invisibles.isChecked()
        for editor in self.editors():
            option = editor.body.document().defaultTextOption()
            flags = option.flags()
            wanted = (
                QTextOption.Flag.ShowTabsAndSpaces | QTextOption.Flag.ShowLineAndParagraphSeparators
            )
            option.setFlags(flags | wanted if show else flags & ~wanted)
            editor.body.document().setDefaultTextOption(option)

    def _edit_call(self, name: str) -> None:
        from newsdesk.gui.widgets.directional import DirectionalLineEdit

        focus = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, DirectionalLineEdit)):
            getattr(focus, name)()
        else:
            self._editor_call(lambda e: getattr(e.body, name)())

    def _editor_call(self, fn) -> None:
        editor = self.current_editor()
        if editor is not None:
            fn(editor)

    def _focus_navigator(self) -> None:
        self.navigator_dock.show()
        self.navigator.search.setFocus()

    # -- status -----------------------------------------------------------------------------

    def _current_changed(self, _index: int) -> None:
        editor = self.current_editor()
        if editor is not None:
            self._editor_state_changed(editor)
            self._show_direction(editor.body.current_direction())
        # Counted after the pause, with the findings: counting 20,000 words takes 10 ms, which
        # an open or a tab switch would otherwise spend before the text is shown.
        self.words_label.clear()
        self._findings_timer.start()
        self._preview_timer.start()
        self._update_actions()

    def _editor_state_changed(self, editor: ArticleEditor) -> None:
        from newsdesk.gui.labels import status_label

        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.setTabText(index, editor.title())
            self.tabs.setTabToolTip(index, editor.fields.headline.text())
        if editor is self.current_editor():
            self.save_label.setText(editor.save_state())
            article = editor.article
            self.article_state_label.setText(
                self.tr("%1 · version %2")
                .replace("%1", status_label(article.status))
                .replace("%2", str(article.version))
                if article
                else self.tr("new")
            )
        self._update_actions()

    def _update_counts(self) -> None:
        editor = self.current_editor()
        if editor is None:
            self.words_label.clear()
            return
        from newsdesk.text.counting import reading_time_minutes, word_count

        text = editor.body.toPlainText()
        words = word_count(text)
        minutes = reading_time_minutes(text, editor.fields.current_language())
        self.words_label.setText(
            self.tr("%1 words · %2 min").replace("%1", str(words)).replace("%2", str(minutes))
        )
        self.save_label.setText(editor.save_state())

    def _show_direction(self, direction: str) -> None:
        self.direction_label.setText("⇠ RTL" if direction == "rtl" else "LTR ⇢")

    def _update_actions(self) -> None:
        has_editor = self.current_editor() is not None
        for action in (
            self.actions.save,
            self.actions.close,
            self.actions.find,
            self.actions.replace,
            self.actions.bold,
            self.actions.italic,
            self.actions.link,
            self.actions.submit,
            self.actions.direction_rtl,
            self.actions.direction_ltr,
            self.actions.direction_auto,
        ):
            action.setEnabled(has_editor)

    def update_findings(self) -> None:
        """Re-check the front article and list its findings (and count its words) after a pause."""
        self._update_counts()
        editor = self.current_editor()
        if editor is None:
            self.findings.clear()
            return
        paragraphs = [block.text for block in editor.body.body().blocks]
        count = self.findings.show_findings(
            editor.body.highlighter, editor.fields.headline.text(), paragraphs
        )
        self.findings_dock.setWindowTitle(self.tr("House style (%1)").replace("%1", str(count)))

    def update_preview(self) -> None:
        """Show the front article in the preview, exactly as the HTML export renders it."""
        editor = self.current_editor()
        if editor is None or not self.preview_dock.isVisible():
            return
        self.preview.set_content(
            editor.content(), when=editor.article.updated_at if editor.article else None
        )
        self.preview.flush()
        self._follow_cursor(editor)

    def _follow_cursor(self, editor: ArticleEditor) -> None:
        if editor is self.current_editor() and self.preview_dock.isVisible():
            self.preview.scroll_to_block(editor.body.textCursor().blockNumber())

    def show_history(self) -> None:
        """Open the front article's history."""
        editor = self.current_editor()
        if editor is None or editor.article is None:
            return
        from newsdesk.gui.dialogs.history import HistoryDialog

        dialog = HistoryDialog(self.articles, editor.article.id, self)
        if dialog.exec() and dialog.restored is not None:
            editor.reload(dialog.restored)
            self.navigator.refresh()

    def print_proof(self) -> None:
        """Write a PDF proof of the saved article."""
        editor = self.current_editor()
        if editor is None or editor.article is None or editor.dirty:
            self.statusBar().showMessage(self.tr("Save the article before printing a proof"), 5000)
            return
        from newsdesk.gui.file_dialogs import choose_save_file

        path = choose_save_file(self, self.tr("Print proof"), "proof.pdf", "PDF (*.pdf)")
        if not path:
            return
        from newsdesk.render.pdf.pages import write_proof_pdf

        try:
            result = write_proof_pdf(editor.article, path)
        except (NewsdeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("No proof"), str(exc))
            return
        from newsdesk.gui.labels import path_text

        self.statusBar().showMessage(
            self.tr("Proof written: %1").replace("%1", path_text(result.path)), 8000
        )

    def _jump_to_finding(self, block: int, start: int, end: int) -> None:
        editor = self.current_editor()
        if editor is None:
            return
        if block < 0:  # the headline, not a body block
            editor.fields.headline.setFocus()
            editor.fields.headline.setSelection(start, end - start)
        else:
            editor.body.focus_span(block, start, end)

    # -- import and export ------------------------------------------------------------------

    def exporting(self) -> ExportFlow:
        """Export bundle… and Send to desk… of this window (made on first use)."""
        from newsdesk.gui.export_flow import ExportFlow

        if getattr(self, "export_flow", None) is None:
            self.export_flow = ExportFlow(self)
        return self.export_flow

    def import_files(self) -> None:
        """File → Import…: choose files, then import them."""
        from newsdesk.gui.importing import choose_files

        self.import_paths(choose_files(self))

    def import_paths(self, paths: list[Path]) -> None:
        """Import files as drafts with progress, then show what became of each."""
        from newsdesk.gui.importing import start_import

        self.import_run: ImportRun | None = start_import(self, paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from newsdesk.gui.importing import dropped_files

        if self.attached and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        from newsdesk.gui.importing import dropped_files

        paths = dropped_files(event.mimeData()) if self.attached else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(paths)

    # -- preferences and layout ---------------------------------------------------------------

    def open_preferences(self) -> None:
        """Show the preferences dialog."""
        from newsdesk.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec():
            for editor in self.editors():
                self._apply_editor_font(editor)

    def _keep_all_text(self) -> None:
        for editor in self.editors():
            editor.autosave()

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in self.editors():
            if editor.dirty and not self._confirm_close(editor):
                event.ignore()
                return
        self.save_layout()
        super().closeEvent(event)
