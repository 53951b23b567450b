"""The editor command table: Edit, Format and Insert run on a real editor, without a window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import QWidget

from newsdesk.domain.document import BlockKind, MarkKind
from newsdesk.gui.actions import ActionName
from newsdesk.gui.editor.article_editor import ArticleEditor
from newsdesk.gui.editor.commands import COMMANDS, EditorCommands
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.services.articles import ArticleService
from newsdesk.settings import Settings
from support import SARA

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot, gui_db, recovery) -> ArticleEditor:
    made = ArticleEditor(ArticleService(gui_db, SARA), recovery, Settings(), None)
    qtbot.addWidget(made, before_close_func=lambda e: e.discard_changes())
    made.show()
    return made


@pytest.fixture
def commands(qtbot, editor) -> EditorCommands:
    parent = QWidget()
    qtbot.addWidget(parent)
    return EditorCommands(lambda: editor, lambda: [editor], parent)


def select(editor: ArticleEditor, start: int, end: int) -> None:
    cursor = editor.body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)


def test_bold_and_italic_toggle_on_the_selection_and_reach_the_model(editor, commands) -> None:
    editor.body.setPlainText("خبر عاجل اليوم")
    select(editor, 0, 3)
    commands.run(ActionName.BOLD)
    select(editor, 4, 8)
    commands.run(ActionName.ITALIC)
    marks = {(m.kind, m.start, m.end) for m in editor.body.body().blocks[0].marks}
    assert marks == {(MarkKind.BOLD, 0, 3), (MarkKind.ITALIC, 4, 8)}
    select(editor, 0, 3)
    commands.run(ActionName.BOLD)  # a second time takes it off
    assert editor.body.fontWeight() == QFont.Weight.Normal
    assert {m.kind for m in editor.body.body().blocks[0].marks} == {MarkKind.ITALIC}


def test_block_kinds_and_direction_apply_to_the_paragraph_at_the_cursor(editor, commands) -> None:
    editor.body.setPlainText("عنوان فرعي\nفقرة")
    select(editor, 0, 0)
    commands.run(ActionName.BLOCK_HEADING)
    commands.run(ActionName.DIRECTION_LTR)
    first, second = editor.body.body().blocks
    assert (first.kind, first.direction) == (BlockKind.HEADING, "ltr")
    assert (second.kind, second.direction) == (BlockKind.PARAGRAPH, "auto")


def test_inserts_go_to_the_focused_field_or_the_body(qtbot, editor, commands) -> None:
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)
    commands.run(ActionName.INSERT_GUILLEMETS)
    commands.run(ActionName.INSERT_ARABIC_COMMA)  # lands between the guillemets
    assert editor.body.document().firstBlock().text() == "«\u00a0،\u00a0»"
    editor.fields.set_folded(False)  # a short screen folds the fields to the headline's line
    editor.fields.byline.setFocus()
    qtbot.waitUntil(editor.fields.byline.hasFocus)
    commands.run(ActionName.INSERT_RLM)
    assert editor.fields.byline.text() == "\u200f"
    commands.run(ActionName.UNDO)  # undoes in the focused field, not in the body
    assert editor.fields.byline.text() == ""
    assert editor.body.document().firstBlock().text() == "«\u00a0،\u00a0»"


def test_a_link_needs_selected_words_first(qtbot, editor, commands) -> None:
    editor.body.setPlainText("رابط")
    with qtbot.waitSignal(commands.message) as said:
        commands.run(ActionName.LINK)
    assert said.args == ["Select the words to link first", 4000]


def test_every_action_has_someone_to_run_it(qtbot, gui_db, recovery) -> None:
    window = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(window)
    own = set(window._commands) | {ActionName.EXPORT_BUNDLE, ActionName.SEND_TO_DESK}
    assert own.isdisjoint(COMMANDS)
    assert own | COMMANDS == set(ActionName)
    assert {window.named_actions[name].objectName() for name in ActionName} == set(ActionName)


def test_invisible_characters_show_in_editors_opened_after_the_switch(qtbot, window) -> None:
    first = window.new_article()
    window.named_actions.show_invisibles.trigger()
    second = window.new_article()
    for editor in (first, second):
        flags = editor.body.document().defaultTextOption().flags()
        assert flags & QTextOption.Flag.ShowTabsAndSpaces
    window.named_actions.show_invisibles.trigger()
    flags = second.body.document().defaultTextOption().flags()
    assert not flags & QTextOption.Flag.ShowTabsAndSpaces
