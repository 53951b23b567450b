"""Find and replace in the body, blind to diacritics, tatweel and hamza forms when asked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QTextEdit, QWidget

from newsdesk.gui.editor.highlighter import utf16_offset
from newsdesk.gui.widgets.directional import DirectionalLineEdit
from newsdesk.text.find import FindOptions, find_all


class FindBar(QWidget):
    """A bar under the body: query, replacement, options, next/previous/replace/replace all."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.query = DirectionalLineEdit()
        self.query.setPlaceholderText(self.tr("Find"))
        self.replacement = DirectionalLineEdit()
        self.replacement.setPlaceholderText(self.tr("Replace with"))
        self.ignore_marks = QCheckBox(self.tr("Ignore diacritics, tatweel and hamza"))
        self.ignore_marks.setChecked(True)
        self.whole_word = QCheckBox(self.tr("Whole words"))
        self.status = QLabel()
        previous = QPushButton(self.tr("Previous"))
        following = QPushButton(self.tr("Next"))
        replace = QPushButton(self.tr("Replace"))
        replace_all = QPushButton(self.tr("Replace all"))
        close = QPushButton("✕")
        close.setFlat(True)
        # Two rows, so the bar never makes the window wider than a laptop screen.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        rows: tuple[tuple[QWidget, ...], ...] = (
            (self.query, previous, following, self.ignore_marks, self.status, close),
            (self.replacement, replace, replace_all, self.whole_word),
        )
        for row, widgets in enumerate(rows):
            for column, widget in enumerate(widgets):
                layout.addWidget(widget, row, column)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(4, 1)
        self.query.setMinimumWidth(120)
        self.replacement.setMinimumWidth(120)
        self.query.returnPressed.connect(self.find_next)
        following.clicked.connect(self.find_next)
        previous.clicked.connect(self.find_previous)
        replace.clicked.connect(self.replace_current)
        replace_all.clicked.connect(self.replace_all)
        close.clicked.connect(self.hide)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide)
        self.hide()

    def open(self, replacing: bool = False) -> None:
        """Show the bar with the query focused (and the replace field when replacing)."""
        self.show()
        self.replacement.setVisible(True)
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.query.setText(selected)
        (self.replacement if replacing and self.query.text() else self.query).setFocus()
        self.query.selectAll()

    def options(self) -> FindOptions:
        """The matching options chosen."""
        return FindOptions(
            ignore_marks=self.ignore_marks.isChecked(), whole_word=self.whole_word.isChecked()
        )

    def matches(self) -> list[tuple[int, int]]:
        """Document positions (UTF-16) of every match."""
        text = self.editor.document().toPlainText()
        spans = find_all(text, self.query.text(), self.options())
        return [(utf16_offset(text, s), utf16_offset(text, e)) for s, e in spans]

    def find_next(self) -> bool:
        """Select the next match after the cursor, wrapping around."""
        return self._select(forward=True)

    def find_previous(self) -> bool:
        """Select the previous match before the cursor, wrapping around."""
        return self._select(forward=False)

    def _select(self, forward: bool) -> bool:
        spans = self.matches()
        self.status.setText(self.tr("%n match(es)", "", len(spans)))
        cursor = self.editor.textCursor()
        if not spans:  # the last match must not stay selected as if it matched this query
            cursor.clearSelection()
            self.editor.setTextCursor(cursor)
            return False
        here = cursor.selectionEnd() if forward else cursor.selectionStart()
        if forward:
            chosen = next((s for s in spans if s[0] >= here), spans[0])
        else:
            chosen = next((s for s in reversed(spans) if s[1] <= here), spans[-1])
        cursor.setPosition(chosen[0])
        cursor.setPosition(chosen[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        return True

    def replace_current(self) -> None:
        """Replace the selected match, then find the next one."""
        cursor = self.editor.textCursor()
        if (cursor.selectionStart(), cursor.selectionEnd()) in self.matches():
            cursor.insertText(self.replacement.text())
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; return how many."""
        spans = self.matches()
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        for start, end in reversed(spans):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(self.replacement.text())
        cursor.endEditBlock()
        self.status.setText(self.tr("%n replaced", "", len(spans)))
        return len(spans)
