"""Help → Keyboard shortcuts: every action's keys, read from the actions themselves, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.gui.actions import ACTION_TABLE, Actions
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Shortcuts"
# Keys that belong to no menu action, with what they do where.
OTHER_KEYS = (
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Leave the article text for the next pane")),
    ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next field, list or button (never inside the text)")),
    ("Return", QT_TRANSLATE_NOOP("Shortcuts", "In the search box: open the first article found")),
    ("Ctrl+Up", QT_TRANSLATE_NOOP("Shortcuts", "In the ticker: move the item up")),
    ("Ctrl+Down", QT_TRANSLATE_NOOP("Shortcuts", "In the ticker: move the item down")),
)


def action_label(text: str) -> str:
    """A menu text as a list shows it: without its accelerator mark or trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(actions: Actions) -> list[tuple[str, str]]:
    """(what, keys) for every action with keys, in menu-table order, then the other keys."""
    rows = []
    for name, *_rest in ACTION_TABLE:
        action = actions[name]
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if any(keys):
            rows.append((action_label(action.text()), ", ".join(k for k in keys if k)))
    for other, text in OTHER_KEYS:
        native = QKeySequence(other).toString(QKeySequence.SequenceFormat.NativeText)
        rows.append((QCoreApplication.translate(CONTEXT, text), native))
    return rows


class ShortcutsDialog(QDialog):
    """A two-column list: what, and its keys."""

    def __init__(self, actions: Actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            # Key names read left to right in a mirrored window too.
            key_item = QTableWidgetItem("\u2066" + keys + "\u2069")
            self.table.setItem(row, 1, key_item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
