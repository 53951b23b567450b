"""Every menu and toolbar action of the main window, with icons and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey
ICON_PROPERTY = "newsdeskIcon"


class ActionName(StrEnum):
    """The name of each menu and toolbar action (also its Qt object name)."""

    NEW = "new"
    OPEN = "open"
    SAVE = "save"
    CLOSE = "close"
    UNDO = "undo"
    REDO = "redo"
    FIND = "find"
    REPLACE = "replace"
    BOLD = "bold"
    ITALIC = "italic"
    LINK = "link"
    PASTE_PLAIN = "paste_plain"
    DIRECTION_RTL = "direction_rtl"
    DIRECTION_LTR = "direction_ltr"
    DIRECTION_AUTO = "direction_auto"
    BLOCK_PARAGRAPH = "block_paragraph"
    BLOCK_HEADING = "block_heading"
    BLOCK_QUOTE = "block_quote"
    BLOCK_LIST = "block_list"
    SUBMIT = "submit"
    PRINT_PROOF = "print_proof"
    HISTORY = "history"
    PREFERENCES = "preferences"
    QUIT = "quit"
    INSERT_RLM = "insert_rlm"
    INSERT_LRM = "insert_lrm"
    INSERT_ARABIC_COMMA = "insert_arabic_comma"
    INSERT_GUILLEMETS = "insert_guillemets"
    INSERT_NBSP = "insert_nbsp"
    SHOW_INVISIBLES = "show_invisibles"
    EXPORT_BUNDLE = "export_bundle"
    IMPORT_FILES = "import_files"
    SEND_TO_DESK = "send_to_desk"


# What acts on the article in front: off while no editor is open.
NEEDS_EDITOR = (
    ActionName.SAVE,
    ActionName.CLOSE,
    ActionName.FIND,
    ActionName.REPLACE,
    ActionName.BOLD,
    ActionName.ITALIC,
    ActionName.LINK,
    ActionName.SUBMIT,
    ActionName.DIRECTION_RTL,
    ActionName.DIRECTION_LTR,
    ActionName.DIRECTION_AUTO,
)


class Actions:
    """The window's actions by name."""

    # A plain class, not a dataclass: generating a dataclass costs milliseconds before the
    # window's first paint. Every annotated name must be given, as with a dataclass.
    def __init__(self, **actions: QAction) -> None:
        names = set(Actions.__annotations__)
        if set(actions) != names:
            wrong = sorted(names.symmetric_difference(actions))
            raise TypeError(f"Actions needs exactly its annotated names; check {wrong}")
        self.__dict__.update(actions)

    def __getitem__(self, name: ActionName) -> QAction:
        """The action called `name`."""
        return self.__dict__[name.value]

    new: QAction
    open: QAction
    save: QAction
    close: QAction
    undo: QAction
    redo: QAction
    find: QAction
    replace: QAction
    bold: QAction
    italic: QAction
    link: QAction
    paste_plain: QAction
    direction_rtl: QAction
    direction_ltr: QAction
    direction_auto: QAction
    block_paragraph: QAction
    block_heading: QAction
    block_quote: QAction
    block_list: QAction
    submit: QAction
    print_proof: QAction
    history: QAction
    preferences: QAction
    quit: QAction
    insert_rlm: QAction
    insert_lrm: QAction
    insert_arabic_comma: QAction
    insert_guillemets: QAction
    insert_nbsp: QAction
    show_invisibles: QAction
    export_bundle: QAction
    import_files: QAction
    send_to_desk: QAction


def build_actions(owner: QWidget, run: Callable[[ActionName, bool], None]) -> Actions:
    """Create the actions; each, when triggered, calls `run` with its name and checked state."""

    def make(name: ActionName, text: str, icon: str | None, shortcut: Key | str | None) -> QAction:
        action = QAction(QIcon(), text, owner)
        if icon:
            action.setProperty(ICON_PROPERTY, icon)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name.value)
        action.triggered.connect(lambda checked=False, n=name: run(n, checked))
        return action

    actions = Actions(
        new=make(
            ActionName.NEW,
            QCoreApplication.translate("Actions", "&New article"),
            "fa5s.file",
            Key.New,
        ),
        open=make(
            ActionName.OPEN,
            QCoreApplication.translate("Actions", "&Open…"),
            "fa5s.folder-open",
            Key.Open,
        ),
        save=make(
            ActionName.SAVE, QCoreApplication.translate("Actions", "&Save"), "fa5s.save", Key.Save
        ),
        close=make(
            ActionName.CLOSE,
            QCoreApplication.translate("Actions", "&Close"),
            "fa5s.times",
            Key.Close,
        ),
        undo=make(
            ActionName.UNDO, QCoreApplication.translate("Actions", "&Undo"), "fa5s.undo", Key.Undo
        ),
        redo=make(
            ActionName.REDO, QCoreApplication.translate("Actions", "&Redo"), "fa5s.redo", Key.Redo
        ),
        find=make(
            ActionName.FIND,
            QCoreApplication.translate("Actions", "&Find…"),
            "fa5s.search",
            Key.Find,
        ),
        replace=make(
            ActionName.REPLACE,
            QCoreApplication.translate("Actions", "R&eplace…"),
            "fa5s.exchange-alt",
            Key.Replace,
        ),
        bold=make(
            ActionName.BOLD, QCoreApplication.translate("Actions", "&Bold"), "fa5s.bold", Key.Bold
        ),
        italic=make(
            ActionName.ITALIC,
            QCoreApplication.translate("Actions", "&Italic"),
            "fa5s.italic",
            Key.Italic,
        ),
        link=make(
            ActionName.LINK, QCoreApplication.translate("Actions", "&Link…"), "fa5s.link", "Ctrl+K"
        ),
        paste_plain=make(
            ActionName.PASTE_PLAIN,
            QCoreApplication.translate("Actions", "Paste as plain text"),
            "fa5s.paste",
            "Ctrl+Shift+V",
        ),
        direction_rtl=make(
            ActionName.DIRECTION_RTL,
            QCoreApplication.translate("Actions", "Paragraph right-to-left"),
            "fa5s.align-right",
            "Ctrl+Shift+R",
        ),
        direction_ltr=make(
            ActionName.DIRECTION_LTR,
            QCoreApplication.translate("Actions", "Paragraph left-to-right"),
            "fa5s.align-left",
            "Ctrl+Shift+L",
        ),
        direction_auto=make(
            ActionName.DIRECTION_AUTO,
            QCoreApplication.translate("Actions", "Paragraph direction automatic"),
            "fa5s.magic",
            "Ctrl+Shift+A",
        ),
        block_paragraph=make(
            ActionName.BLOCK_PARAGRAPH,
            QCoreApplication.translate("Actions", "Paragraph"),
            "fa5s.paragraph",
            "Ctrl+0",
        ),
        block_heading=make(
            ActionName.BLOCK_HEADING,
            QCoreApplication.translate("Actions", "Heading"),
            "fa5s.heading",
            "Ctrl+2",
        ),
        block_quote=make(
            ActionName.BLOCK_QUOTE,
            QCoreApplication.translate("Actions", "Quote"),
            "fa5s.quote-right",
            "Ctrl+Shift+Q",
        ),
        block_list=make(
            ActionName.BLOCK_LIST,
            QCoreApplication.translate("Actions", "Bulleted list"),
            "fa5s.list-ul",
            "Ctrl+Shift+8",
        ),
        submit=make(
            ActionName.SUBMIT,
            QCoreApplication.translate("Actions", "Su&bmit to desk"),
            "fa5s.paper-plane",
            "Ctrl+Return",
        ),
        history=make(
            ActionName.HISTORY,
            QCoreApplication.translate("Actions", "&History…"),
            "fa5s.history",
            "Ctrl+Shift+H",
        ),
        print_proof=make(
            ActionName.PRINT_PROOF,
            QCoreApplication.translate("Actions", "&Print proof…"),
            "fa5s.print",
            Key.Print,
        ),
        preferences=make(
            ActionName.PREFERENCES,
            QCoreApplication.translate("Actions", "&Preferences…"),
            "fa5s.cog",
            Key.Preferences,
        ),
        quit=make(
            ActionName.QUIT,
            QCoreApplication.translate("Actions", "&Quit"),
            "fa5s.power-off",
            Key.Quit,
        ),
        insert_rlm=make(
            ActionName.INSERT_RLM,
            QCoreApplication.translate("Actions", "Right-to-left mark (RLM)"),
            None,
            None,
        ),
        insert_lrm=make(
            ActionName.INSERT_LRM,
            QCoreApplication.translate("Actions", "Left-to-right mark (LRM)"),
            None,
            None,
        ),
        insert_arabic_comma=make(
            ActionName.INSERT_ARABIC_COMMA,
            QCoreApplication.translate("Actions", "Arabic comma ،"),
            None,
            None,
        ),
        insert_guillemets=make(
            ActionName.INSERT_GUILLEMETS,
            QCoreApplication.translate("Actions", "Guillemets « »"),
            None,
            None,
        ),
        insert_nbsp=make(
            ActionName.INSERT_NBSP,
            QCoreApplication.translate("Actions", "Non-breaking space"),
            None,
            "Ctrl+Shift+Space",
        ),
        show_invisibles=make(
            ActionName.SHOW_INVISIBLES,
            QCoreApplication.translate("Actions", "Show invisible characters"),
            "fa5s.paragraph",
            None,
        ),
        export_bundle=make(
            ActionName.EXPORT_BUNDLE,
            QCoreApplication.translate("Actions", "&Export bundle…"),
            "fa5s.file-export",
            "Ctrl+Shift+E",
        ),
        # Ctrl+I is italic.
        import_files=make(
            ActionName.IMPORT_FILES,
            QCoreApplication.translate("Actions", "&Import…"),
            "fa5s.file-import",
            "Ctrl+Shift+I",
        ),
        send_to_desk=make(
            ActionName.SEND_TO_DESK,
            QCoreApplication.translate("Actions", "Sen&d to desk…"),
            "fa5s.share-square",
            None,
        ),
    )
    if not actions.preferences.shortcut().toString():
        actions.preferences.setShortcut(QKeySequence("Ctrl+,"))
    if not actions.quit.shortcut().toString():
        actions.quit.setShortcut(QKeySequence("Ctrl+Q"))
    if not actions.replace.shortcut().toString():
        actions.replace.setShortcut(QKeySequence("Ctrl+H"))
    actions.show_invisibles.setCheckable(True)
    return actions


def load_icons(owner: QWidget) -> None:
    """Give every action its icon; called after the first paint, since the icon font is slow to load."""
    import qtawesome as qta

    for action in owner.findChildren(QAction):
        name = action.property(ICON_PROPERTY)
        if name:
            action.setIcon(qta.icon(name))
