"""Every menu and toolbar action of the main window, with icons and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from newsdesk.gui.translatable import QT_TRANSLATE_NOOP

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
    SAVE_PROOF_PDF = "save_proof_pdf"
    HISTORY = "history"
    PREFERENCES = "preferences"
    QUIT = "quit"
    INSERT_RLM = "insert_rlm"
    INSERT_LRM = "insert_lrm"
    INSERT_ARABIC_COMMA = "insert_arabic_comma"
    INSERT_GUILLEMETS = "insert_guillemets"
    INSERT_NBSP = "insert_nbsp"
    INSERT_PICTURE = "insert_picture"
    SHOW_INVISIBLES = "show_invisibles"
    CHECK_SPELLING = "check_spelling"
    EXPORT_BUNDLE = "export_bundle"
    IMPORT_FILES = "import_files"
    SEND_TO_DESK = "send_to_desk"
    CHECK_DATABASE = "check_database"
    CUT = "cut"
    COPY = "copy"
    PASTE = "paste"
    SELECT_ALL = "select_all"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    NEXT_PANE = "next_pane"
    PREVIOUS_PANE = "previous_pane"
    NEXT_TAB = "next_tab"
    PREVIOUS_TAB = "previous_tab"
    SHORTCUTS = "shortcuts"


# What works in the painted frame before the newsroom is attached.
NEWSROOM_FREE_ACTIONS = frozenset({ActionName.QUIT})
# What acts on the article in front: off while no editor is open.
NEEDS_EDITOR = (
    ActionName.UNDO,
    ActionName.REDO,
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
    ActionName.CHECK_SPELLING,
    ActionName.INSERT_PICTURE,
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
    save_proof_pdf: QAction
    history: QAction
    preferences: QAction
    quit: QAction
    insert_rlm: QAction
    insert_lrm: QAction
    insert_arabic_comma: QAction
    insert_guillemets: QAction
    insert_nbsp: QAction
    insert_picture: QAction
    show_invisibles: QAction
    check_spelling: QAction
    export_bundle: QAction
    import_files: QAction
    send_to_desk: QAction
    check_database: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    select_all: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    next_pane: QAction
    previous_pane: QAction
    next_tab: QAction
    previous_tab: QAction
    shortcuts: QAction


A = ActionName
# Each action: its name, its text (translated as it is made), icon and shortcut.
ACTION_TABLE: tuple[tuple[ActionName, str, str | None, Key | str | None], ...] = (
    (A.NEW, QT_TRANSLATE_NOOP("Actions", "&New article"), "fa5s.file", Key.New),
    (A.OPEN, QT_TRANSLATE_NOOP("Actions", "&Open…"), "fa5s.folder-open", Key.Open),
    (A.SAVE, QT_TRANSLATE_NOOP("Actions", "&Save"), "fa5s.save", Key.Save),
    (A.CLOSE, QT_TRANSLATE_NOOP("Actions", "&Close"), "fa5s.times", Key.Close),
    (A.UNDO, QT_TRANSLATE_NOOP("Actions", "&Undo"), "fa5s.undo", Key.Undo),
    (A.REDO, QT_TRANSLATE_NOOP("Actions", "&Redo"), "fa5s.redo", Key.Redo),
    (A.FIND, QT_TRANSLATE_NOOP("Actions", "&Find…"), "fa5s.search", Key.Find),
    (A.REPLACE, QT_TRANSLATE_NOOP("Actions", "R&eplace…"), "fa5s.exchange-alt", Key.Replace),
    (A.BOLD, QT_TRANSLATE_NOOP("Actions", "&Bold"), "fa5s.bold", Key.Bold),
    (A.ITALIC, QT_TRANSLATE_NOOP("Actions", "&Italic"), "fa5s.italic", Key.Italic),
    (A.LINK, QT_TRANSLATE_NOOP("Actions", "&Link…"), "fa5s.link", "Ctrl+K"),
    (
        A.PASTE_PLAIN,
        QT_TRANSLATE_NOOP("Actions", "Paste as plain text"),
        "fa5s.paste",
        "Ctrl+Shift+V",
    ),
    (
        A.DIRECTION_RTL,
        QT_TRANSLATE_NOOP("Actions", "Paragraph right-to-left"),
        "fa5s.align-right",
        "Ctrl+Shift+R",
    ),
    (
        A.DIRECTION_LTR,
        QT_TRANSLATE_NOOP("Actions", "Paragraph left-to-right"),
        "fa5s.align-left",
        "Ctrl+Shift+L",
    ),
    (
        A.DIRECTION_AUTO,
        QT_TRANSLATE_NOOP("Actions", "Paragraph direction automatic"),
        "fa5s.magic",
        "Ctrl+Shift+A",
    ),
    # Ctrl+0 sets the body's zoom back, as in browsers; Ctrl+Shift+N is Word's "Normal" (not
    # Ctrl+Alt+0: AltGr+0 types @ on French keyboards and is Ctrl+Alt on Windows).
    (
        A.BLOCK_PARAGRAPH,
        QT_TRANSLATE_NOOP("Actions", "Paragraph"),
        "fa5s.paragraph",
        "Ctrl+Shift+N",
    ),
    (A.BLOCK_HEADING, QT_TRANSLATE_NOOP("Actions", "Heading"), "fa5s.heading", "Ctrl+2"),
    (A.BLOCK_QUOTE, QT_TRANSLATE_NOOP("Actions", "Quote"), "fa5s.quote-right", "Ctrl+Shift+Q"),
    (A.BLOCK_LIST, QT_TRANSLATE_NOOP("Actions", "Bulleted list"), "fa5s.list-ul", "Ctrl+Shift+8"),
    (A.SUBMIT, QT_TRANSLATE_NOOP("Actions", "Su&bmit to desk"), "fa5s.paper-plane", "Ctrl+Return"),
    (A.HISTORY, QT_TRANSLATE_NOOP("Actions", "&History…"), "fa5s.history", "Ctrl+Shift+H"),
    # Ctrl+P on every platform (Qt's standard Print key is empty on some).
    (A.PRINT_PROOF, QT_TRANSLATE_NOOP("Actions", "&Print proof…"), "fa5s.print", "Ctrl+P"),
    (
        A.SAVE_PROOF_PDF,
        QT_TRANSLATE_NOOP("Actions", "Save proof as P&DF…"),
        "fa5s.file-pdf",
        "Ctrl+Shift+P",
    ),
    (A.PREFERENCES, QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "fa5s.cog", Key.Preferences),
    (A.QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), "fa5s.power-off", Key.Quit),
    (A.INSERT_RLM, QT_TRANSLATE_NOOP("Actions", "Right-to-left mark (RLM)"), None, None),
    (A.INSERT_LRM, QT_TRANSLATE_NOOP("Actions", "Left-to-right mark (LRM)"), None, None),
    (A.INSERT_ARABIC_COMMA, QT_TRANSLATE_NOOP("Actions", "Arabic comma ،"), None, None),
    (A.INSERT_GUILLEMETS, QT_TRANSLATE_NOOP("Actions", "Guillemets « »"), None, None),
    (A.INSERT_NBSP, QT_TRANSLATE_NOOP("Actions", "Non-breaking space"), None, "Ctrl+Shift+Space"),
    (A.INSERT_PICTURE, QT_TRANSLATE_NOOP("Actions", "&Picture…"), "fa5s.image", None),
    (
        A.SHOW_INVISIBLES,
        QT_TRANSLATE_NOOP("Actions", "Show invisible characters"),
        "fa5s.paragraph",
        None,
    ),
    (
        A.CHECK_SPELLING,
        QT_TRANSLATE_NOOP("Actions", "Check &spelling"),
        "fa5s.spell-check",
        "Shift+F7",
    ),
    (
        A.EXPORT_BUNDLE,
        QT_TRANSLATE_NOOP("Actions", "&Export bundle…"),
        "fa5s.file-export",
        "Ctrl+Shift+E",
    ),
    # Ctrl+I is italic.
    (A.IMPORT_FILES, QT_TRANSLATE_NOOP("Actions", "&Import…"), "fa5s.file-import", "Ctrl+Shift+I"),
    (A.SEND_TO_DESK, QT_TRANSLATE_NOOP("Actions", "Sen&d to desk…"), "fa5s.share-square", None),
    (
        A.CHECK_DATABASE,
        QT_TRANSLATE_NOOP("Actions", "Check the &database…"),
        "fa5s.shield-alt",
        None,
    ),
    (A.CUT, QT_TRANSLATE_NOOP("Actions", "Cu&t"), "fa5s.cut", Key.Cut),
    (A.COPY, QT_TRANSLATE_NOOP("Actions", "&Copy"), "fa5s.copy", Key.Copy),
    (A.PASTE, QT_TRANSLATE_NOOP("Actions", "&Paste"), "fa5s.paste", Key.Paste),
    (A.SELECT_ALL, QT_TRANSLATE_NOOP("Actions", "Select &all"), None, Key.SelectAll),
    (A.ZOOM_IN, QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "fa5s.search-plus", Key.ZoomIn),
    (A.ZOOM_OUT, QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "fa5s.search-minus", Key.ZoomOut),
    (A.ZOOM_RESET, QT_TRANSLATE_NOOP("Actions", "&Normal size"), None, "Ctrl+0"),
    (A.NEXT_PANE, QT_TRANSLATE_NOOP("Actions", "Ne&xt pane"), None, "F6"),
    (A.PREVIOUS_PANE, QT_TRANSLATE_NOOP("Actions", "Pre&vious pane"), None, "Shift+F6"),
    (A.NEXT_TAB, QT_TRANSLATE_NOOP("Actions", "Next article &tab"), None, "Ctrl+Tab"),
    (
        A.PREVIOUS_TAB,
        QT_TRANSLATE_NOOP("Actions", "Previous article t&ab"),
        None,
        "Ctrl+Shift+Tab",
    ),
    (
        A.SHORTCUTS,
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "fa5s.keyboard",
        Key.HelpContents,
    ),
)


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
        **{
            name.value: make(name, QCoreApplication.translate("Actions", text), icon, shortcut)
            for name, text, icon, shortcut in ACTION_TABLE
        }
    )
    if not actions.preferences.shortcut().toString():
        actions.preferences.setShortcut(QKeySequence("Ctrl+,"))
    if not actions.quit.shortcut().toString():
        actions.quit.setShortcut(QKeySequence("Ctrl+Q"))
    if not actions.replace.shortcut().toString():
        actions.replace.setShortcut(QKeySequence("Ctrl+H"))
    if not actions.shortcuts.shortcut().toString():
        actions.shortcuts.setShortcut(QKeySequence("F1"))
    # Ctrl+= is Ctrl++ without Shift on keyboards whose + needs it.
    zoom_in = actions.zoom_in.shortcut()
    actions.zoom_in.setShortcuts(
        [zoom_in if zoom_in.toString() else QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
    )
    actions.show_invisibles.setCheckable(True)
    actions.check_spelling.setCheckable(True)
    return actions


# How long after the newsroom is attached the icons load: the icon font (qtawesome, which
# brings qtpy, a few hundred ms) waits until the filled desk has painted.
ICONS_DELAY_MS = 150


def load_icons_later(owner: QWidget) -> Callable[[], None]:
    """Load the icons ICONS_DELAY_MS from now; the call returned loads them now if not yet."""
    # Called before an editor opens: it is laid out beside the toolbar's final height.
    timer = QTimer(owner, singleShot=True, interval=ICONS_DELAY_MS)
    timer.timeout.connect(lambda: load_icons(owner))
    timer.start()

    def now() -> None:
        if timer.isActive():
            timer.stop()
            load_icons(owner)

    return now


def load_icons(owner: QWidget) -> None:
    """Give every action its icon; called after the first paint, since the icon font is slow to load."""
    import qtawesome as qta

    text = QApplication.palette().color(QPalette.ColorRole.ButtonText)
    # qtawesome's own grey is kept on a light theme; a dark one draws the icons in its text colour.
    options = {"color": text} if text.lightness() > 128 else {}
    for action in owner.findChildren(QAction):
        name = action.property(ICON_PROPERTY)
        if name:
            action.setIcon(qta.icon(name, **options))
