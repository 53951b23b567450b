"""Every menu and toolbar action of the main window, with icons and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


@dataclass
class Actions:
    """The window's actions by name."""

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
    submit: QAction
    preferences: QAction
    quit: QAction
    insert_rlm: QAction
    insert_lrm: QAction
    insert_arabic_comma: QAction
    insert_guillemets: QAction
    insert_nbsp: QAction
    show_invisibles: QAction


def build_actions(owner: QWidget, handlers: dict[str, Callable[[], None]]) -> Actions:
    """Create the actions; `handlers` maps each action name to what it does."""
    tr = owner.tr

    def make(name: str, text: str, icon: str | None, shortcut: Key | str | None) -> QAction:
        action = QAction(qta.icon(icon) if icon else QIcon(), text, owner)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        if name in handlers:
            action.triggered.connect(lambda _checked=False, h=handlers[name]: h())
        return action

    actions = Actions(
        new=make("new", tr("&New article"), "fa5s.file", Key.New),
        open=make("open", tr("&Open…"), "fa5s.folder-open", Key.Open),
        save=make("save", tr("&Save"), "fa5s.save", Key.Save),
        close=make("close", tr("&Close"), "fa5s.times", Key.Close),
        undo=make("undo", tr("&Undo"), "fa5s.undo", Key.Undo),
        redo=make("redo", tr("&Redo"), "fa5s.redo", Key.Redo),
        find=make("find", tr("&Find…"), "fa5s.search", Key.Find),
        replace=make("replace", tr("R&eplace…"), "fa5s.exchange-alt", Key.Replace),
        bold=make("bold", tr("&Bold"), "fa5s.bold", Key.Bold),
        italic=make("italic", tr("&Italic"), "fa5s.italic", Key.Italic),
        link=make("link", tr("&Link…"), "fa5s.link", "Ctrl+K"),
        paste_plain=make("paste_plain", tr("Paste as plain text"), "fa5s.paste", "Ctrl+Shift+V"),
        direction_rtl=make(
            "direction_rtl", tr("Paragraph right-to-left"), "fa5s.align-right", "Ctrl+Shift+R"
        ),
        direction_ltr=make(
            "direction_ltr", tr("Paragraph left-to-right"), "fa5s.align-left", "Ctrl+Shift+L"
        ),
        direction_auto=make(
            "direction_auto", tr("Paragraph direction automatic"), "fa5s.magic", "Ctrl+Shift+A"
        ),
        submit=make("submit", tr("Su&bmit to desk"), "fa5s.paper-plane", "Ctrl+Return"),
        preferences=make("preferences", tr("&Preferences…"), "fa5s.cog", Key.Preferences),
        quit=make("quit", tr("&Quit"), "fa5s.power-off", Key.Quit),
        insert_rlm=make("insert_rlm", tr("Right-to-left mark (RLM)"), None, None),
        insert_lrm=make("insert_lrm", tr("Left-to-right mark (LRM)"), None, None),
        insert_arabic_comma=make("insert_arabic_comma", tr("Arabic comma ،"), None, None),
        insert_guillemets=make("insert_guillemets", tr("Guillemets « »"), None, None),
        insert_nbsp=make("insert_nbsp", tr("Non-breaking space"), None, "Ctrl+Shift+Space"),
        show_invisibles=make(
            "show_invisibles", tr("Show invisible characters"), "fa5s.paragraph", None
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
