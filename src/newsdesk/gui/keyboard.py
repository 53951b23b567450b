"""The window's keyboard commands: panes, article tabs, the clipboard, zoom and the shortcut list.

`MainWindow` adds these to its own commands; `adopt_editor` gives each editor's body its
Tab and Esc keys (see `gui/editor/body_keys.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QApplication, QStatusBar, QTabWidget

from newsdesk.gui.actions import ActionName, Actions
from newsdesk.gui.panes import PaneWindow, move_pane

if TYPE_CHECKING:
    from newsdesk.gui.dialogs.shortcuts import ShortcutsDialog
    from newsdesk.gui.editor.article_editor import ArticleEditor


class KeyboardWindow(PaneWindow, Protocol):
    """What the keyboard commands need of the main window."""

    tabs: QTabWidget
    named_actions: Actions

    def editors(self) -> list[ArticleEditor]:
        """Every open editor."""

    def statusBar(self) -> QStatusBar:
        """The window's status bar."""


REFUSAL_MS = 6000
# Edit → Cut, Copy, Paste, Select all: the method of the focused field, list or text that does it.
CLIPBOARD_METHODS = {
    ActionName.CUT: "cut",
    ActionName.COPY: "copy",
    ActionName.PASTE: "paste",
    ActionName.SELECT_ALL: "selectAll",
}


def edit_focused(name: ActionName) -> None:
    """Cut, copy, paste or select all in whatever has the focus (if it can)."""
    method = getattr(QApplication.focusWidget(), CLIPBOARD_METHODS[name], None)
    if callable(method):
        method()


def _editing(name: ActionName) -> Callable[[], None]:
    return lambda: edit_focused(name)


def step_tab(window: KeyboardWindow, step: int) -> None:
    """Bring the next (1) or previous (-1) article tab to the front, its body focused."""
    count = window.tabs.count()
    if count == 0:
        return
    window.tabs.setCurrentIndex((window.tabs.currentIndex() + step) % count)
    editor = window.current_editor()
    if editor is not None:
        editor.body.setFocus()


def show_shortcuts(window: KeyboardWindow) -> ShortcutsDialog:
    """Help → Keyboard shortcuts (the window keeps the dialog: Qt owns it as a child)."""
    from newsdesk.gui.dialogs.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window.named_actions, window.tabs.window())
    dialog.open()
    return dialog


def zoom_body(window: KeyboardWindow, direction: int) -> None:
    """Zoom every body in (1), out (-1) or back (0), and say by how much."""
    from newsdesk.gui.zoom import zoom

    points = zoom(direction, window.editors())
    text = QApplication.translate("MainWindow", "Text size: %1 pt from normal")
    window.statusBar().showMessage(text.replace("%1", f"{points:+d}"), 3000)


def keyboard_commands(window: KeyboardWindow) -> dict[ActionName, Callable[[], object]]:
    """The window's keyboard commands, by action name."""
    commands: dict[ActionName, Callable[[], object]] = {
        name: _editing(name) for name in CLIPBOARD_METHODS
    }
    commands.update(
        {
            ActionName.NEXT_PANE: lambda: move_pane(window, 1),
            ActionName.PREVIOUS_PANE: lambda: move_pane(window, -1),
            ActionName.NEXT_TAB: lambda: step_tab(window, 1),
            ActionName.PREVIOUS_TAB: lambda: step_tab(window, -1),
            ActionName.ZOOM_IN: lambda: zoom_body(window, 1),
            ActionName.ZOOM_OUT: lambda: zoom_body(window, -1),
            ActionName.ZOOM_RESET: lambda: zoom_body(window, 0),
            ActionName.SHORTCUTS: lambda: show_shortcuts(window),
        }
    )
    return commands


def adopt_editor(window: KeyboardWindow, editor: ArticleEditor) -> None:
    """Give a new editor's body its keys: Esc leaves it, Tab is refused with a word why."""
    from newsdesk.gui.editor.body_keys import BodyKeys

    keys = BodyKeys(editor.body)
    keys.leave.connect(lambda: move_pane(window, 1))
    keys.refused.connect(lambda reason: window.statusBar().showMessage(reason, REFUSAL_MS))
