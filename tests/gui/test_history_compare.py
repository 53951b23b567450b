"""The real History dialog compares any two revisions side by side, paragraph against paragraph."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QLabel

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.gui.dialogs.history import HistoryDialog
from newsdesk.gui.labels import step_label
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA, ui_language

pytestmark = pytest.mark.gui

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
ARABIC_1 = "أعلنت الحكومة اليوم عن خطة وطنية للتشغيل"
FRENCH = "Le ministre a présenté le plan mardi à Rabat."
ARABIC_3 = "وقال الوزير إن الخطة تشمل كل الجهات"


def cell(table: QTextTable, row: int, column: int) -> list[tuple[str, Qt.LayoutDirection, str]]:
    """The paragraphs of one cell: text, direction, and 'struck'/'underlined'/'' for the whole."""
    found = []
    table_cell = table.cellAt(row, column)
    block = table_cell.firstCursorPosition().block()
    end = table_cell.lastCursorPosition().block()
    while block.isValid():
        if block.text():
            fragments = []
            it = block.begin()
            while not it.atEnd():
                fragments.append(it.fragment().charFormat())
                it += 1
            whole = (
                "struck"
                if all(f.fontStrikeOut() for f in fragments)
                else "underlined"
                if all(f.fontUnderline() for f in fragments)
                else ""
            )
            found.append((block.text(), block.blockFormat().layoutDirection(), whole))
        if block == end:
            break
        block = block.next()
    return found


@pytest.fixture
def three_revisions(gui_db) -> str:
    """An Arabic article whose French paragraph Karim deletes, then whose headline Sara changes."""
    sara = ArticleService(gui_db, SARA)
    body = Document.from_plain_text(f"{ARABIC_1}\n\n{FRENCH}\n\n{ARABIC_3}")
    article = sara.create(ArticleContent("خطة للتشغيل", body=body))
    ArticleService(gui_db, KARIM).edit(
        article.id, body=Document.from_plain_text(f"{ARABIC_1}\n\n{ARABIC_3}")
    )
    sara.edit(article.id, headline="خطة وطنية للتشغيل")
    return article.id


def test_any_two_revisions_side_by_side_with_the_deleted_paragraph_struck_whole(
    qtbot, gui_db, three_revisions
) -> None:
    dialog = HistoryDialog(ArticleService(gui_db, SARA), three_revisions)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.older.setCurrentIndex(0)  # revision 1 against the newest, revision 3
    assert dialog.newer.currentIndex() == 2
    table = dialog.compare.document().rootFrame().childFrames()[0]
    assert isinstance(table, QTextTable)
    assert (table.rows(), table.columns()) == (5, 2)  # titles, headline, three paragraphs
    assert (
        cell(table, 0, 0)[0][0].startswith("Revision 1") and "karim" not in cell(table, 0, 0)[0][0]
    )
    assert cell(table, 3, 0) == [(FRENCH, LTR, "struck")]
    assert cell(table, 3, 1) == []  # the row stays so that the next paragraphs line up
    assert cell(table, 4, 0) == cell(table, 4, 1) == [(ARABIC_3, RTL, "")]
    assert [d for _, d, _ in cell(table, 1, 1)] == [RTL]


def test_one_column_marks_the_deleted_paragraph_whole_and_the_key_is_shown(
    qtbot, gui_db, three_revisions
) -> None:
    dialog = HistoryDialog(ArticleService(gui_db, SARA), three_revisions)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(1)  # what Karim's save changed
    dialog.side_by_side.setChecked(False)
    document = dialog.compare.document()
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    shown = [(b.text(), b.blockFormat().layoutDirection()) for b in blocks]
    assert shown == [("خطة للتشغيل", RTL), (ARABIC_1, RTL), (FRENCH, LTR), (ARABIC_3, RTL)]
    french = blocks[2].begin().fragment().charFormat()
    assert french.fontStrikeOut() and blocks[2].begin().fragment().length() == len(FRENCH)
    assert not blocks[3].begin().fragment().charFormat().fontStrikeOut()
    assert any("Deleted" in label.text() for label in dialog.findChildren(QLabel))


def test_a_pair_can_be_asked_for_when_the_dialog_opens(qtbot, gui_db, three_revisions) -> None:
    dialog = HistoryDialog(ArticleService(gui_db, SARA), three_revisions, pair=(1, 2))
    qtbot.addWidget(dialog)
    assert (dialog.older.currentIndex(), dialog.newer.currentIndex()) == (0, 1)


def test_in_a_right_to_left_window_the_older_revision_is_on_the_right(
    qtbot, gui_db, three_revisions
) -> None:
    dialog = HistoryDialog(ArticleService(gui_db, SARA), three_revisions)
    qtbot.addWidget(dialog)
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog.older.setCurrentIndex(0)
    table = dialog.compare.document().rootFrame().childFrames()[0]
    assert cell(table, 0, 0)[0][0].startswith("Revision 3")
    assert cell(table, 0, 1)[0][0].startswith("Revision 1")
    assert cell(table, 3, 1) == [(FRENCH, LTR, "struck")] and cell(table, 3, 0) == []


def test_history_names_each_step_in_the_ui_language(qtbot, gui_db, three_revisions) -> None:
    with ui_language("ar"):
        dialog = HistoryDialog(ArticleService(gui_db, SARA), three_revisions)
        qtbot.addWidget(dialog)
        lines = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        created = step_label("created")
    assert created != "created" and any(line.endswith(f"· {created}") for line in lines)
