"""The right-click menu of a misspelt word: suggestions, dictionaries, ignore."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from newsdesk.gui.spelling.article import ArticleSpelling
from newsdesk.gui.spelling.underline import misspelling_at, utf16_offset
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP
from newsdesk.text.spelling import Misspelling

CONTEXT = "Spelling"
NO_SUGGESTIONS = QT_TRANSLATE_NOOP("Spelling", "No suggestions")
ADD_NEWSROOM = QT_TRANSLATE_NOOP("Spelling", "Add to newsroom dictionary")
ADD_MINE = QT_TRANSLATE_NOOP("Spelling", "Add to my dictionary")
IGNORE = QT_TRANSLATE_NOOP("Spelling", "Ignore in this article")
# A word the dictionary accepts, reported as a probable slip for a far commoner one.
PROBABLY = QT_TRANSLATE_NOOP("Spelling", "Did you mean “%1”? (a rare word)")
# Object names, so the desk's own checks find each action on the real menu.
SUGGESTION_NAME = "spelling-suggestion"
ADD_NEWSROOM_NAME = "spelling-add-newsroom"
ADD_MINE_NAME = "spelling-add-mine"
IGNORE_NAME = "spelling-ignore"
PROBABLY_NAME = "spelling-probably"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def replace_word(cursor: QTextCursor, misspelling: Misspelling, replacement: str) -> None:
    """Replace a misspelt word of the cursor's paragraph, as one undo step."""
    block = cursor.block()
    text = block.text()
    edit = QTextCursor(block)
    edit.setPosition(block.position() + utf16_offset(text, misspelling.start))
    edit.setPosition(
        block.position() + utf16_offset(text, misspelling.end), QTextCursor.MoveMode.KeepAnchor
    )
    edit.beginEditBlock()
    edit.insertText(replacement)
    edit.endEditBlock()


def add_spelling_actions(
    menu: QMenu,
    spelling: ArticleSpelling | None,
    cursor: QTextCursor,
    editable: bool = True,
) -> Misspelling | None:
    """Put the word's spelling choices at the top of `menu`; the misspelling, if there is one."""
    if spelling is None or spelling.source is None:
        return None
    misspelling = misspelling_at(spelling, cursor.block().text(), cursor.positionInBlock())
    if misspelling is None:
        return None
    first = menu.actions()[0] if menu.actions() else None
    source = spelling.source
    word = misspelling.word
    actions: list[QAction] = []
    if misspelling.probable is not None:
        header = QAction(_tr(PROBABLY).replace("%1", misspelling.probable), menu)
        header.setObjectName(PROBABLY_NAME)
        header.setEnabled(False)
        actions.append(header)
    suggestions = spelling.suggestions(misspelling) if editable else []
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        action.setObjectName(SUGGESTION_NAME)
        action.triggered.connect(
            lambda _=False, s=suggestion: replace_word(cursor, misspelling, s)
        )
        actions.append(action)
    if editable and not suggestions:
        empty = QAction(_tr(NO_SUGGESTIONS), menu)
        empty.setEnabled(False)
        actions.append(empty)
    separator = QAction(menu)
    separator.setSeparator(True)
    actions.append(separator)
    for name, text, act in (
        (ADD_NEWSROOM_NAME, ADD_NEWSROOM, source.add_to_newsroom),
        (ADD_MINE_NAME, ADD_MINE, source.add_to_personal),
        (IGNORE_NAME, IGNORE, spelling.ignore),
    ):
        action = QAction(_tr(text), menu)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, a=act: a(word))
        actions.append(action)
    for action in actions:
        if first is None:
            menu.addAction(action)
        else:
            menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)
    return misspelling
