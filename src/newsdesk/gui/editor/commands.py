"""The Edit, Format and Insert commands: one table from action name to what it does to an editor.

The window's menus and toolbar only name a command; `EditorCommands.run` carries it out on the
front editor (or, for undo, redo and inserted characters, on the line field that has the focus).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextOption
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget

from newsdesk.domain.document import BlockKind
from newsdesk.gui.actions import ActionName
from newsdesk.gui.editor.article_editor import ArticleEditor
from newsdesk.gui.editor.body import BodyEdit
from newsdesk.gui.editor.bridge import mark_as_link
from newsdesk.gui.widgets.directional import DirectionalLineEdit

# Paragraph direction as the text engine names it.
DIRECTIONS = {
    ActionName.DIRECTION_RTL: "rtl",
    ActionName.DIRECTION_LTR: "ltr",
    ActionName.DIRECTION_AUTO: "auto",
}
BLOCK_KINDS = {
    ActionName.BLOCK_PARAGRAPH: BlockKind.PARAGRAPH,
    ActionName.BLOCK_HEADING: BlockKind.HEADING,
    ActionName.BLOCK_QUOTE: BlockKind.QUOTE,
    ActionName.BLOCK_LIST: BlockKind.LIST_ITEM,
}
# What Insert puts at the cursor, and how many characters the cursor then steps back.
INSERTS = {
    ActionName.INSERT_RLM: ("\u200f", 0),
    ActionName.INSERT_LRM: ("\u200e", 0),
    ActionName.INSERT_ARABIC_COMMA: ("،", 0),
    ActionName.INSERT_GUILLEMETS: ("«\u00a0\u00a0»", 2),
    ActionName.INSERT_NBSP: ("\u00a0", 0),
}
INVISIBLES = QTextOption.Flag.ShowTabsAndSpaces | QTextOption.Flag.ShowLineAndParagraphSeparators
LINE_FIELDS = (QLineEdit, DirectionalLineEdit)


def toggle_bold(body: BodyEdit) -> None:
    """Bold on or off for the selection."""
    fmt = QTextCharFormat()
    bold = body.fontWeight() < QFont.Weight.Bold
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    body.mergeCurrentCharFormat(fmt)


def toggle_italic(body: BodyEdit) -> None:
    """Italic on or off for the selection."""
    fmt = QTextCharFormat()
    fmt.setFontItalic(not body.fontItalic())
    body.mergeCurrentCharFormat(fmt)


def make_link(body: BodyEdit, href: str) -> None:
    """Make the selection a link to `href`."""
    fmt = QTextCharFormat()
    mark_as_link(fmt, href)
    body.mergeCurrentCharFormat(fmt)


def insert_text(body: BodyEdit, text: str, back: int = 0) -> None:
    """Type `text` at the cursor, then step `back` characters left (into « »)."""
    cursor = body.textCursor()
    cursor.insertText(text)
    cursor.movePosition(cursor.MoveOperation.PreviousCharacter, n=back)
    body.setTextCursor(cursor)


def show_invisibles(body: BodyEdit, show: bool) -> None:
    """Show or hide spaces, tabs and paragraph ends."""
    option = body.document().defaultTextOption()
    flags = option.flags()
    option.setFlags(flags | INVISIBLES if show else flags & ~INVISIBLES)
    body.document().setDefaultTextOption(option)


BODY_COMMANDS: dict[ActionName, Callable[[BodyEdit], None]] = {
    ActionName.UNDO: BodyEdit.undo,
    ActionName.REDO: BodyEdit.redo,
    ActionName.BOLD: toggle_bold,
    ActionName.ITALIC: toggle_italic,
    ActionName.PASTE_PLAIN: BodyEdit.paste_plain,
}
# What a focused headline or byline field takes instead of the body, besides inserts.
LINE_FIELD_EDITS = frozenset({ActionName.UNDO, ActionName.REDO})
COMMANDS = frozenset(
    {*DIRECTIONS, *BLOCK_KINDS, *INSERTS, *BODY_COMMANDS, ActionName.FIND, ActionName.REPLACE}
    | {ActionName.LINK, ActionName.SHOW_INVISIBLES, ActionName.CHECK_SPELLING, ActionName.INSERT_PICTURE}
)


class EditorCommands(QObject):
    """Runs an editing command, by name, on the front editor."""

    message = Signal(str, int)  # a status line and how long it shows, in ms

    def __init__(
        self,
        front: Callable[[], ArticleEditor | None],
        editors: Callable[[], list[ArticleEditor]],
        parent: QWidget,
    ):
        super().__init__(parent)
        self._front = front
        self._editors = editors
        self._parent = parent
        self.invisibles = False

    def run(self, name: ActionName, checked: bool = False) -> None:
        """Carry out command `name` (`checked` is the state of a checkable action)."""
        if name not in COMMANDS:
            raise KeyError(name)
        if name is ActionName.SHOW_INVISIBLES:
            self.invisibles = checked
            for open_editor in self._editors():
                show_invisibles(open_editor.body, checked)
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, LINE_FIELDS) and name in INSERTS:
            text, back = INSERTS[name]
            focus.insert(text)
            focus.cursorBackward(False, back)
            return
        if isinstance(focus, LINE_FIELDS) and name in LINE_FIELD_EDITS:
            if name is ActionName.UNDO:
                focus.undo()
            else:
                focus.redo()
            return
        editor = self._front()
        if name is ActionName.CHECK_SPELLING:
            if editor is not None:  # this article only; Preferences sets the person's default
                editor.spelling.set_enabled(checked)
            return
        if name is ActionName.LINK:
            self.link(editor)
        elif editor is None:
            return
        elif name in DIRECTIONS:
            editor.body.set_paragraph_direction(DIRECTIONS[name])
        elif name in BLOCK_KINDS:
            editor.body.set_block_kind(BLOCK_KINDS[name])
        elif name in INSERTS:
            insert_text(editor.body, *INSERTS[name])
        elif name is ActionName.INSERT_PICTURE:
            self.insert_picture(editor)
        elif name in (ActionName.FIND, ActionName.REPLACE):
            editor.find_bar.open(replacing=name is ActionName.REPLACE)
        else:
            BODY_COMMANDS[name](editor.body)

    def adopt(self, editor: ArticleEditor) -> None:
        """Give a newly opened editor the view the commands have set (invisible characters)."""
        if self.invisibles:
            show_invisibles(editor.body, True)

    def link(self, editor: ArticleEditor | None) -> None:
        """Ask for an address and make the selected words a link to it."""
        if editor is None or not editor.body.textCursor().hasSelection():
            self.message.emit(
                QCoreApplication.translate("MainWindow", "Select the words to link first"), 4000
            )
            return
        href, ok = QInputDialog.getText(
            self._parent,
            QCoreApplication.translate("MainWindow", "Link"),
            QCoreApplication.translate("MainWindow", "Address (https://…)"),
        )
        if ok and href.strip():
            make_link(editor.body, href.strip())

    def insert_picture(self, editor: ArticleEditor) -> None:
        """Ask for picture files and put them at the body's cursor."""
        from newsdesk.gui.editor.picture_files import FILE_FILTER
        from newsdesk.gui.file_dialogs import choose_open_files
        from newsdesk.gui.settings_keys import SettingsKey, remember, setting

        if editor.body.isReadOnly():
            return
        paths = choose_open_files(
            self._parent,
            QCoreApplication.translate("Pictures", "Insert picture"),
            str(setting(SettingsKey.PICTURE_FOLDER, "") or ""),
            QCoreApplication.translate("Pictures", "Pictures") + " " + FILE_FILTER,
        )
        if paths:
            remember(SettingsKey.PICTURE_FOLDER, str(Path(paths[0]).parent))
            editor.body.insert_picture_files([Path(p) for p in paths])
            editor.body.setFocus()
