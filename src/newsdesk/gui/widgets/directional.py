"""Text fields laid out in the direction of what is typed.

QLineEdit takes its text direction from the first strong letter and ignores the widget's
layout direction, so `CNSS: تسجيل …` would run left-to-right. This field is a one-line
QPlainTextEdit whose document direction comes from the text engine's rule instead.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

from newsdesk.gui.spelling.article import ArticleSpelling
from newsdesk.gui.spelling.menu import add_spelling_actions
from newsdesk.gui.spelling.underline import SpellingHighlighter
from newsdesk.text.direction import resolve_direction

_LINE_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\u2028": " ", "\u2029": " "})


def follow_direction(edit: QPlainTextEdit, direction: str) -> None:
    """Lay the edit's text out and align it in `direction` ("rtl" or "ltr")."""
    rtl = direction == "rtl"
    wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    option = edit.document().defaultTextOption()
    if option.textDirection() != wanted or edit.layoutDirection() != wanted:
        option.setTextDirection(wanted)
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        edit.document().setDefaultTextOption(option)
        edit.setLayoutDirection(wanted)


class DirectionalTextEdit(QPlainTextEdit):
    """A multi-line plain text field (a note) laid out in the direction of what is typed."""

    def __init__(self, language: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._apply_direction)
        self._apply_direction()

    def direction(self) -> str:
        """The resolved direction of the current text."""
        return resolve_direction(self.toPlainText(), self.language)

    def _apply_direction(self) -> None:
        follow_direction(self, self.direction())


class DirectionalLineEdit(QPlainTextEdit):
    """A one-line text field whose direction follows the majority rule, not the first letter."""

    changed = Signal(str)
    returnPressed = Signal()

    def __init__(self, language: str = "ar", parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().setDocumentMargin(2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()
        self._last_text: str | None = ""
        self.textChanged.connect(self._text_changed)
        self._apply_direction()
        self.spelling_highlighter: SpellingHighlighter | None = None

    def set_spelling(self, spelling: ArticleSpelling) -> None:
        """Underline misspellings as they are typed; right-click offers the word's choices."""
        self.spelling_highlighter = SpellingHighlighter(self.document(), spelling)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.spelling_highlighter is not None:
            cursor = self.cursorForPosition(event.pos())
            add_spelling_actions(
                menu, self.spelling_highlighter.spelling, cursor, not self.isReadOnly()
            )
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- QLineEdit-like API -----------------------------------------------------------------

    def text(self) -> str:
        """The field's text."""
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Replace the text (line breaks become spaces)."""
        self._last_text = None  # told as a change even when the text is the same, as always
        self.setPlainText(text.translate(_LINE_BREAKS))
        self._last_text = self.text()  # signals blocked (a load): no change was reported
        self.moveCursor(QTextCursor.MoveOperation.End)

    def insert(self, text: str) -> None:
        """Insert at the cursor."""
        self.insertPlainText(text.translate(_LINE_BREAKS))

    def setSelection(self, start: int, length: int) -> None:
        """Select `length` characters from `start`."""
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def cursorBackward(self, _mark: bool, steps: int = 1) -> None:
        """Move the cursor back by characters."""
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter, n=steps)
        self.setTextCursor(cursor)

    # -- direction --------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Resolve ties and empty text by another language."""
        self.language = language
        self._apply_direction()

    def direction(self) -> str:
        """The resolved direction of the current text."""
        return resolve_direction(self.text(), self.language)

    def _text_changed(self) -> None:
        # Qt also reports a change when only underlines were redrawn (spelling): not an edit.
        text = self.text()
        if text == self._last_text:
            return
        self._last_text = text
        self._apply_direction()
        self.changed.emit(text)

    def _apply_direction(self) -> None:
        follow_direction(self, self.direction())

    # -- one line only ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(source.text().translate(_LINE_BREAKS).strip())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_height()

    def _fit_height(self) -> None:
        line = self.fontMetrics().lineSpacing()
        margins = 2 * (self.document().documentMargin() + self.frameWidth()) + 4
        self.setFixedHeight(int(line + margins))
