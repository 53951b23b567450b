"""Opening an article: the body comes back whole, every paragraph in its direction at once,
and the house-style check follows by itself a moment later."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.gui.editor.body import BodyEdit
from newsdesk.gui.editor.bridge import read_document
from newsdesk.services.articles import ArticleService
from newsdesk.text.lint.settings import LintSettings
from support import SARA, type_text

pytestmark = pytest.mark.gui

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
RICH = Document(
    (
        Block(BlockKind.HEADING, "عنوان فرعي عن CNSS", level=2),
        Block(
            BlockKind.PARAGRAPH,
            "CNSS يسجل 641 ألف صانع تقليدي في السجل",
            (Mark(MarkKind.BOLD, 0, 4), Mark(MarkKind.LINK, 5, 9, "https://cnss.ma")),
        ),
        Block(
            BlockKind.PARAGRAPH,
            "Le ministère a signé 😀 le mémorandum mercredi.",
            (Mark(MarkKind.ITALIC, 3, 12),),
        ),
        Block(BlockKind.PARAGRAPH, "نص عربي اختار له الكاتب اتجاها", direction="ltr"),
        Block(BlockKind.QUOTE, "«سنواصل الدعم» قال الوزير"),
        Block(BlockKind.LIST_ITEM, "بند أول"),
        Block(BlockKind.LIST_ITEM, "second item", direction="rtl"),
        Block(BlockKind.PARAGRAPH, ""),
        Block(BlockKind.IMAGE, src="media/a.jpg", caption="تعليق الصورة", credit="وكالة"),
        Block(
            BlockKind.PARAGRAPH,
            "فقرة أخيرة 😀 مع رابط",
            (Mark(MarkKind.LINK, 13, 17, "https://x.ma"),),
        ),
    )
)


def directions(body: BodyEdit) -> list[Qt.LayoutDirection]:
    result, block = [], body.document().begin()
    while block.isValid():
        result.append(block.blockFormat().layoutDirection())
        block = block.next()
    return result


def underlined_blocks(body: BodyEdit) -> list[int]:
    """Numbers of the paragraphs that carry house-style underlines."""
    found, block = [], body.document().begin()
    while block.isValid():
        if block.layout().formats():
            found.append(block.blockNumber())
        block = block.next()
    return found


def test_a_rich_body_comes_back_whole_with_its_directions(qtbot) -> None:
    body = BodyEdit("ar", LintSettings())
    qtbot.addWidget(body)
    body.load(RICH)
    assert body.body() == RICH
    # The picture is three blocks: its thumbnail, its caption and its credit.
    assert directions(body) == [RTL, RTL, LTR, LTR, RTL, RTL, RTL, RTL, RTL, RTL, RTL, RTL]
    document = body.document()
    heading = document.findBlockByNumber(0)
    assert heading.blockFormat().headingLevel() == 2
    assert heading.begin().fragment().charFormat().fontWeight() == QFont.Weight.Bold
    quote = document.findBlockByNumber(4)
    assert quote.blockFormat().indent() == 1 and quote.charFormat().fontItalic()
    items = [document.findBlockByNumber(n).textList() for n in (5, 6)]
    assert items[0] is not None and items[0] == items[1] and items[0].count() == 2
    assert document.findBlockByNumber(9).textList() is None
    assert not document.isUndoAvailable() and not document.isModified()
    assert body.textCursor().position() == 0


def test_loading_again_takes_no_format_from_where_the_cursor_was(qtbot) -> None:
    body = BodyEdit("ar", LintSettings())
    qtbot.addWidget(body)
    body.load(RICH)
    cursor = body.textCursor()
    cursor.setPosition(document_position(body, 1, 2))  # inside the bold "CNSS"
    body.setTextCursor(cursor)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    body.mergeCurrentCharFormat(bold)
    plain = Document.from_plain_text("فقرة أولى\n\nفقرة ثانية")
    body.load(plain)
    assert body.body() == plain
    assert read_document(body.document()).blocks[0].marks == ()


def document_position(body: BodyEdit, block: int, column: int) -> int:
    return body.document().findBlockByNumber(block).position() + column


def test_a_latin_initial_arabic_paragraph_is_rtl_right_after_opening(qtbot, window, gui_db) -> None:
    text = "CNSS يسجل 641 ألف صانع تقليدي\n\nThe ministry signed the memorandum.\n\n2024 سنة حاسمة"
    article = ArticleService(gui_db, SARA).create(
        ArticleContent(headline="خبر", body=Document.from_plain_text(text))
    )
    editor = window.open_article(article.id)
    # No waiting, no typing: the directions are there when the editor is.
    assert directions(editor.body) == [RTL, LTR, RTL]
    assert editor.body.toPlainText().startswith("CNSS")
    assert not editor.body.isReadOnly()


def test_findings_appear_after_opening_without_typing(qtbot, window, gui_db) -> None:
    paragraphs = ["فقرة سليمة لا شيء فيها"] * 30 + ["بلغ عدد المسجلين ما مجموعه389 ألف صانع."]
    article = ArticleService(gui_db, SARA).create(
        ArticleContent(headline="خبر", body=Document.from_plain_text("\n\n".join(paragraphs)))
    )
    editor = window.open_article(article.id)
    assert editor.body.highlighter.checking  # opening did not wait for the check
    qtbot.waitUntil(lambda: not editor.body.highlighter.checking, timeout=3000)
    assert underlined_blocks(editor.body) == [30]
    qtbot.waitUntil(lambda: window.findings.count() == 1, timeout=3000)
    assert "389" in window.findings.item(0).text()
    assert not editor.dirty and not editor.body.document().isModified()


def test_typing_before_the_first_check_is_checked_too(qtbot) -> None:
    body = BodyEdit("ar", LintSettings())
    qtbot.addWidget(body)
    body.show()
    body.load(Document.from_plain_text("فقرة سليمة\n\nما مجموعه389 ألف"))
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    type_text(body, "\nوصل عددهم إلى200 شخص")
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=3000)
    assert underlined_blocks(body) == [1, 2]
    type_text(body, " و3")  # once checked, typing is checked as it happens
    assert underlined_blocks(body) == [1, 2]
    said = "2024 :"  # no letters: linted in the article's language
    assert [f.rule for f in body.highlighter.findings_for(said)] == ["spacing.before-punct"]
    body.highlighter.set_language("fr")  # findings kept per paragraph must not outlive this
    assert [f.rule for f in body.highlighter.findings_for(said)] == ["french.nbsp-punct"]


def test_each_paragraph_is_linted_once_for_underlines_and_panel(qtbot, monkeypatch) -> None:
    calls: list[str] = []
    from newsdesk.gui.editor import highlighter as module

    real = module.lint_text
    monkeypatch.setattr(
        module, "lint_text", lambda text, *a, **k: calls.append(text) or real(text, *a, **k)
    )
    body = BodyEdit("ar", LintSettings())
    qtbot.addWidget(body)
    body.load(Document.from_plain_text("ما مجموعه389 ألف\n\nفقرة ثانية\n\nما مجموعه389 ألف"))
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=3000)
    for block in body.body().blocks:
        body.highlighter.findings_for(block.text)
    assert sorted(calls) == sorted({"ما مجموعه389 ألف", "فقرة ثانية"})
