"""Helpers for the spelling tests: a desk's speller loaded, underlines read from Qt's layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QTextEdit

from newsdesk.domain.people import Person
from newsdesk.gui.spelling.source import SpellerSource
from newsdesk.gui.spelling.words import NewsroomWords, PersonalWords
from newsdesk.storage.engine import Database
from support import SARA

SPELLING = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


_LOADED: list[SpellerSource] = []


def loaded_source(qtbot, db: Database, person: Person = SARA) -> SpellerSource:
    """A desk's speller on the shipped dictionaries, the newsroom's and the person's words, loaded."""
    source = SpellerSource(NewsroomWords(db, person), PersonalWords())
    with qtbot.waitSignal(source.ready, timeout=30_000):
        source.load_later()
    _LOADED.append(source)
    return source


def release_loaded() -> None:
    """Take back the words the test's spellers accepted, as a closing window does."""
    while _LOADED:
        _LOADED.pop().release()


def underlines(block: QTextBlock, style=SPELLING) -> list[str]:
    """The words of a paragraph drawn with `style`, read from Qt's layout of it."""
    text = block.text()
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == style
    ]


def all_underlines(document, style=SPELLING) -> list[list[str]]:
    """Each paragraph's underlined words."""
    found, block = [], document.begin()
    while block.isValid():
        found.append(underlines(block, style))
        block = block.next()
    return found


def right_click(
    edit: QTextEdit | QPlainTextEdit, block_number: int, column: int, act: Callable[[QMenu], None]
) -> None:
    """Open the real context menu over a paragraph's column and let `act` use it, then close it."""
    block = edit.document().findBlockByNumber(block_number)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + column)
    point = edit.cursorRect(cursor).center() + QPoint(1, 0)
    seen: list[QMenu] = []

    def use_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), "no context menu opened"
        seen.append(menu)
        try:
            act(menu)
        finally:
            menu.close()

    QTimer.singleShot(50, use_menu)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, edit.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(edit.viewport(), event)
    assert seen, "the menu never showed"


def named(menu: QMenu, name: str):
    """The menu's actions with this object name."""
    return [a for a in menu.actions() if a.objectName() == name]
