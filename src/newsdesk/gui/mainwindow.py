"""The main window: navigator, editor tabs, findings and preview docks, status bar, menus."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QTextCharFormat, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from newsdesk.domain.document import BlockKind
from newsdesk.domain.people import Person
from newsdesk.domain.workflow import Step
from newsdesk.errors import NewsdeskError
from newsdesk.gui.actions import Actions, build_actions, load_icons
from newsdesk.gui.i18n import chosen_ui_language
from newsdesk.gui.labels import role_label, status_label
from newsdesk.gui.widgets.directional import DirectionalLineEdit
from newsdesk.services.recovery import RecoveryStore
from newsdesk.settings import Settings

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.services.recovery import RecoveryCopy
    from newsdesk.storage.engine import Database
from newsdesk.text.counting import reading_time_minutes, word_count

_MIRRORED_AREAS = {
    Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
    Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
}
FINDINGS_DELAY_MS = 300
PREVIEW_DELAY_MS = 300
LAYOUT_VERSION = 1


class MainWindow(QMainWindow):
    """Where reporters spend their day."""

    def __init__(
        self,
        db: Database | None = None,
        person: Person | None = None,
        settings: Settings | None = None,
        recovery: RecoveryStore | None = None,
    ):
        super().__init__()
        self.settings = settings or Settings.load()
        self.recovery = recovery or RecoveryStore()
        self.attached = False
        self.setWindowTitle(self.tr("Newsdesk"))
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._restore_geometry()
        if db is not None and person is not None:
            self.attach(db, person)

    def attach(self, db: Database, person: Person) -> None:
        """Build everything that needs the newsroom's data (the frame can be shown before this)."""
        # Imported here: the frame paints first, these modules bring SQLAlchemy, Jinja2 and fonts.
        from newsdesk.gui.findings import FindingsPanel
        from newsdesk.gui.fonts import register_fonts
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
        self.findings = FindingsPanel()
        self.findings.jumpRequested.connect(self._jump_to_finding)
        self.navigator_dock = self._dock(
            "navigator", self.tr("Articles"), self.navigator, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.findings_dock = self._dock(
            "findings",
            self.tr("House style"),
            self.findings,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.preview = PreviewPane()
        self.preview_dock = self._dock(
            "preview", self.tr("Preview"), self.preview, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.queue = QueueView(
            db, person, timedelta(minutes=self.settings.lease_minutes), chosen_ui_language()
        )
        self.queue.openRequested.connect(self.open_article)
        self.queue.changed.connect(self.navigator.refresh)
        self.queue_dock = self._dock(
            "queue", self.tr("Desk queue"), self.queue, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.findings_dock, self.queue_dock)
        self.findings_dock.raise_()
        self.ticker_desk = TickerDesk(db, person, self.settings)
        self.ticker_desk.message.connect(self.statusBar().showMessage)
        self.ticker_dock = self._dock(
            "ticker", self.tr("Ticker"), self.ticker_desk, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.preview_dock, self.ticker_dock)
        self.preview_dock.raise_()
        self._findings_timer = QTimer(self, singleShot=True, interval=FINDINGS_DELAY_MS)
        self._findings_timer.timeout.connect(self.update_findings)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._build_status_bar()
        self.actions = build_actions(self, self._handlers())
        self._build_menus()
        self._restore_state()
        self.navigator.refresh()
        self._update_actions()
        self.attached = True
        QTimer.singleShot(0, lambda: load_icons(self))

    # -- construction -----------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # Dock areas are absolute in Qt; a mirrored UI puts the navigator on the reading side.
            area = _MIRRORED_AREAS.get(area, area)
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.words_label = QLabel()
        self.save_label = QLabel()
        self.article_state_label = QLabel()
        self.direction_label = QLabel()
        self.user_label = QLabel(f"{self.person.label} · {role_label(self.person.role.value)}")
        for label in (
            self.words_label,
            self.save_label,
            self.article_state_label,
            self.direction_label,
            self.user_label,
        ):
            self.statusBar().addPermanentWidget(label)

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
            "block_paragraph": lambda: self._editor_call(
                lambda e: e.body.set_block_kind(BlockKind.PARAGRAPH)
            ),
            "block_heading": lambda: self._editor_call(
                lambda e: e.body.set_block_kind(BlockKind.HEADING)
            ),
            "block_quote": lambda: self._editor_call(
                lambda e: e.body.set_block_kind(BlockKind.QUOTE)
            ),
            "block_list": lambda: self._editor_call(
                lambda e: e.body.set_block_kind(BlockKind.LIST_ITEM)
            ),
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
        }

    def _build_menus(self) -> None:
        a: Actions = self.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (a.new, a.open, a.save, a.close, a.submit, a.history, a.print_proof):
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

    def new_article(self) -> ArticleEditor:
        """Open an empty editor."""
        from newsdesk.gui.editor.article_editor import ArticleEditor

        editor = self._add_editor(ArticleEditor(self.articles, self.recovery, self.settings))
        editor.fields.headline.setFocus()
        return editor

    def open_article(self, article_id: str) -> ArticleEditor | None:
        """Open an article, or bring its tab to the front."""
        from newsdesk.gui.editor.article_editor import ArticleEditor

        for editor in self.editors():
            if editor.article is not None and editor.article.id == article_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        try:
            article = self.articles.get(article_id)
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            return None
        return self._add_editor(ArticleEditor(self.articles, self.recovery, self.settings, article))

    def open_recovered(self, copy: RecoveryCopy) -> ArticleEditor:
        """Open an editor holding recovered, unsaved text."""
        from newsdesk.gui.editor.article_editor import ArticleEditor

        article = None
        if copy.article_id:
            try:
                article = self.articles.get(copy.article_id)
            except NewsdeskError:
                article = None
        editor = self._add_editor(
            ArticleEditor(self.articles, self.recovery, self.settings, article)
        )
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
        try:
            article = self.articles.take_step(editor.article.id, Step.SUBMIT)
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.tr("Not submitted"), str(exc))
            return
        editor.reload(article)
        self.navigator.refresh()
        self.statusBar().showMessage(self.tr("Submitted to the desk"), 5000)

    # -- formatting -------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        """Bold on or off for the selection."""

        def apply(editor: ArticleEditor) -> None:
            fmt = QTextCharFormat()
            bold = editor.body.fontWeight() < QFont.Weight.Bold
            fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            editor.body.mergeCurrentCharFormat(fmt)

        self._editor_call(apply)

    def toggle_italic(self) -> None:
        """Italic on or off for the selection."""

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
            fmt = QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorHref(href.strip())
            fmt.setFontUnderline(True)
            fmt.setForeground(Qt.GlobalColor.blue)
            editor.body.mergeCurrentCharFormat(fmt)

    def _insert(self, text: str, back: int = 0) -> None:
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
        self._findings_timer.start()
        self._preview_timer.start()
        self._update_counts()
        self._update_actions()

    def _editor_state_changed(self, editor: ArticleEditor) -> None:
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
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print proof"), "proof.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        from newsdesk.render.pdf import write_proof_pdf

        try:
            result = write_proof_pdf(editor.article, path)
        except (NewsdeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("No proof"), str(exc))
            return
        self.statusBar().showMessage(
            self.tr("Proof written: %1").replace("%1", str(result.path)), 8000
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

    # -- preferences and layout ---------------------------------------------------------------

    def settings_value(self, key: str, default: object) -> object:
        """A UI setting remembered by Qt."""
        return QSettings().value(key, default)

    def open_preferences(self) -> None:
        """Show the preferences dialog."""
        from newsdesk.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec():
            for editor in self.editors():
                self._apply_editor_font(editor)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def _restore_state(self) -> None:
        state = QSettings().value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state, LAYOUT_VERSION)
        else:
            # First run: most of the width to the text, the docks at a reading size.
            QTimer.singleShot(0, self._first_run_dock_sizes)

    def _first_run_dock_sizes(self) -> None:
        # Once shown: resizeDocks before the first layout is ignored.
        self.resizeDocks(
            [self.navigator_dock, self.preview_dock], [320, 420], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.findings_dock], [170], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        """Remember window size, docks and toolbars."""
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState(LAYOUT_VERSION))

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in self.editors():
            if editor.dirty and not self._confirm_close(editor):
                event.ignore()
                return
        self.save_layout()
        super().closeEvent(event)
