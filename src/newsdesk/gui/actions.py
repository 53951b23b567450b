"""Every menu and toolbar action of the main window, with icons and shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey
ICON_PROPERTY = "newsdeskIcon"


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


def build_actions(owner: QWidget, handlers: dict[str, Callable[[], None]]) -> Actions:
    """Create the actions; `handlers` maps each action name to what it does."""

    def make(name: str, text: str, icon: str | None, shortcut: Key | str | None) -> QAction:
        action = QAction(QIcon(), text, owner)
        if icon:
            action.setProperty(ICON_PROPERTY, icon)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        if name in handlers:
            action.triggered.connect(lambda _checked=False, h=handlers[name]: h())
        return action

    actions = Actions(
        new=make(
            "new", QCoreApplication.translate("Actions", "&New article"), "fa5s.file", Key.New
        ),
        open=make(
            "open", QCoreApplication.translate("Actions", "&Open…"), "fa5s.folder-open", Key.Open
        ),
        save=make("save", QCoreApplication.translate("Actions", "&Save"), "fa5s.save", Key.Save),
        close=make(
            "close", QCoreApplication.translate("Actions", "&Close"), "fa5s.times", Key.Close
        ),
        undo=make("undo", QCoreApplication.translate("Actions", "&Undo"), "fa5s.undo", Key.Undo),
        redo=make("redo", QCoreApplication.translate("Actions", "&Redo"), "fa5s.redo", Key.Redo),
        find=make("find", QCoreApplication.translate("Actions", "&Find…"), "fa5s.search", Key.Find),
        replace=make(
            "replace",
            QCoreApplication.translate("Actions", "R&eplace…"),
            "fa5s.exchange-alt",
            Key.Replace,
        ),
        bold=make("bold", QCoreApplication.translate("Actions", "&Bold"), "fa5s.bold", Key.Bold),
        italic=make(
            "italic", QCoreApplication.translate("Actions", "&Italic"), "fa5s.italic", Key.Italic
        ),
        link=make("link", QCoreApplication.translate("Actions", "&Link…"), "fa5s.link", "Ctrl+K"),
        paste_plain=make(
            "paste_plain",
            QCoreApplication.translate("Actions", "Paste as plain text"),
            "fa5s.paste",
            "Ctrl+Shift+V",
        ),
        direction_rtl=make(
            "direction_rtl",
            QCoreApplication.translate("Actions", "Paragraph right-to-left"),
            "fa5s.align-right",
            "Ctrl+Shift+R",
        ),
        direction_ltr=make(
            "direction_ltr",
            QCoreApplication.translate("Actions", "Paragraph left-to-right"),
            "fa5s.align-left",
            "Ctrl+Shift+L",
        ),
        direction_auto=make(
            "direction_auto",
            QCoreApplication.translate("Actions", "Paragraph direction automatic"),
            "fa5s.magic",
            "Ctrl+Shift+A",
        ),
        block_paragraph=make(
            "block_paragraph",
            QCoreApplication.translate("Actions", "Paragraph"),
            "fa5s.paragraph",
            "Ctrl+0",
        ),
        block_heading=make(
            "block_heading",
            QCoreApplication.translate("Actions", "Heading"),
            "fa5s.heading",
            "Ctrl+2",
        ),
        block_quote=make(
            "block_quote",
            QCoreApplication.translate("Actions", "Quote"),
            "fa5s.quote-right",
            "Ctrl+Shift+Q",
        ),
        block_list=make(
            "block_list",
            QCoreApplication.translate("Actions", "Bulleted list"),
            "fa5s.list-ul",
            "Ctrl+Shift+8",
        ),
        submit=make(
            "submit",
            QCoreApplication.translate("Actions", "Su&bmit to desk"),
            "fa5s.paper-plane",
            "Ctrl+Return",
        ),
        history=make(
            "history",
            QCoreApplication.translate("Actions", "&History…"),
            "fa5s.history",
            "Ctrl+Shift+H",
        ),
        print_proof=make(
            "print_proof",
            QCoreApplication.translate("Actions", "&Print proof…"),
            "fa5s.print",
            Key.Print,
        ),
        preferences=make(
            "preferences",
            QCoreApplication.translate("Actions", "&Preferences…"),
            "fa5s.cog",
            Key.Preferences,
        ),
        quit=make(
            "quit", QCoreApplication.translate("Actions", "&Quit"), "fa5s.power-off", Key.Quit
        ),
        insert_rlm=make(
            "insert_rlm",
            QCoreApplication.translate("Actions", "Right-to-left mark (RLM)"),
            None,
            None,
        ),
        insert_lrm=make(
            "insert_lrm",
            QCoreApplication.translate("Actions", "Left-to-right mark (LRM)"),
            None,
            None,
        ),
        insert_arabic_comma=make(
            "insert_arabic_comma",
            QCoreApplication.translate("Actions", "Arabic comma ،"),
            None,
            None,
        ),
        insert_guillemets=make(
            "insert_guillemets", QCoreApplication.translate("Actions", "Guillemets « »"), None, None
        ),
        insert_nbsp=make(
            "insert_nbsp",
            QCoreApplication.translate("Actions", "Non-breaking space"),
            None,
            "Ctrl+Shift+Space",
        ),
        show_invisibles=make(
            "show_invisibles",
            QCoreApplication.translate("Actions", "Show invisible characters"),
            "fa5s.paragraph",
            None,
        ),
        export_bundle=make(
            "export_bundle",
            QCoreApplication.translate("Actions", "&Export bundle…"),
            "fa5s.file-export",
            "Ctrl+Shift+E",
        ),
        # Ctrl+I is italic.
        import_files=make(
            "import_files",
            QCoreApplication.translate("Actions", "&Import…"),
            "fa5s.file-import",
            "Ctrl+Shift+I",
        ),
        send_to_desk=make(
            "send_to_desk",
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
