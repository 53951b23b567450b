"""The main window, the editor and what a reporter does in them, with real widgets offscreen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QMessageBox

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.gui.dialogs.conflict import ConflictChoice
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.startup import offer_recovery
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, gui_db, recovery):
    win = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(win, before_close_func=discard_all)
    win.show()
    return win


def discard_all(win: MainWindow) -> None:
    """Closing would otherwise ask, in a modal dialog, about the unsaved text a test left."""
    for editor in win.editors():
        editor.discard_changes()


def block_directions(editor) -> list[tuple[str, Qt.LayoutDirection]]:
    result = []
    block = editor.body.document().begin()
    while block.isValid():
        result.append((block.text(), block.blockFormat().layoutDirection()))
        block = block.next()
    return result


RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def test_typing_sets_each_paragraph_direction_by_majority(qtbot, window) -> None:
    editor = window.new_article()
    editor.body.setFocus()
    type_text(
        editor.body,
        "CNSS يسجل 641 ألف صانع تقليدي\nThe ministry signed the memorandum.\n2024 سنة حاسمة",
    )
    assert block_directions(editor) == [
        ("CNSS يسجل 641 ألف صانع تقليدي", RTL),
        ("The ministry signed the memorandum.", LTR),
        ("2024 سنة حاسمة", RTL),
    ]
    assert window.direction_label.text().startswith("⇠")


def test_headline_field_follows_the_majority_and_counts(qtbot, window) -> None:
    editor = window.new_article()
    type_text(editor.fields.headline, "CNSS يسجل 641 ألف صانع")
    assert editor.fields.headline.layoutDirection() == RTL
    assert editor.fields.headline_counter.text().startswith("22 /")
    editor.fields.headline.setText("x" * 200)
    assert editor.fields.headline_counter.over


def test_forced_direction_survives_save_and_reopen(qtbot, window, gui_db) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("عنوان")
    editor.body.setPlainText("نص عربي فيه كلمة")
    editor.body.set_paragraph_direction("ltr")
    assert block_directions(editor)[0][1] == LTR
    assert window.save_current()
    article_id = editor.article.id
    assert ArticleService(gui_db, SARA).get(article_id).content.body.blocks[0].direction == "ltr"
    window.close_tab(window.tabs.currentIndex())
    reopened = window.open_article(article_id)
    assert block_directions(reopened)[0][1] == LTR
    reopened.body.set_paragraph_direction("auto")
    assert block_directions(reopened)[0][1] == RTL


def test_findings_appear_for_glued_digits_and_fix_from_the_panel(qtbot, window) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("عنوان")
    editor.body.setPlainText("بلغ عدد المسجلين ما مجموعه389 ألف صانع.")
    qtbot.waitUntil(lambda: window.findings.count() == 1, timeout=2000)
    assert "389" in window.findings.item(0).text()
    finding = editor.body.highlighter.findings_for(editor.body.document().begin().text())[0]
    editor.body.apply_fix(0, finding)
    assert editor.body.toPlainText() == "بلغ عدد المسجلين ما مجموعه 389 ألف صانع."
    qtbot.waitUntil(lambda: window.findings.count() == 0, timeout=2000)


def test_find_ignores_diacritics_and_hamza(qtbot, window) -> None:
    editor = window.new_article()
    editor.body.setPlainText("التأمين الإجباري عن المَرَض، ثم المرض مرة أخرى")
    editor.find_bar.open()
    editor.find_bar.query.setText("الاجباري")
    assert editor.find_bar.find_next()
    assert editor.body.textCursor().selectedText() == "الإجباري"
    editor.find_bar.query.setText("مرض")
    editor.find_bar.whole_word.setChecked(True)
    assert len(editor.find_bar.matches()) == 2
    editor.find_bar.replacement.setText("داء")
    assert editor.find_bar.replace_all() == 2
    assert editor.body.toPlainText() == "التأمين الإجباري عن الداء، ثم الداء مرة أخرى"


def test_stale_save_asks_and_keeps_both_texts(qtbot, window, gui_db) -> None:
    service = ArticleService(gui_db, SARA)
    article = service.create(ArticleContent(headline="الأصل", body=Document.from_plain_text("نص")))
    editor = window.open_article(article.id)
    ArticleService(gui_db, KARIM).edit(article.id, headline="نسخة كريم")
    editor.fields.headline.setText("نسخة سارة")
    asked = []
    editor.resolve_conflict = lambda who, theirs, mine: (
        asked.append((who, theirs.headline, mine.headline)) or ConflictChoice.KEEP_MINE
    )
    assert editor.save()
    assert asked == [("karim", "نسخة كريم", "نسخة سارة")]
    stored = service.get(article.id)
    assert (stored.headline, stored.version) == ("نسخة سارة", 3)
    assert "نسخة كريم" in {r.content.headline for r in service.history(article.id)}
    assert not editor.dirty


def test_stale_save_can_take_theirs(qtbot, window, gui_db) -> None:
    article = ArticleService(gui_db, SARA).create(ArticleContent(headline="الأصل"))
    editor = window.open_article(article.id)
    ArticleService(gui_db, KARIM).edit(article.id, headline="نسخة كريم")
    editor.fields.headline.setText("نسخة سارة")
    editor.resolve_conflict = lambda *_: ConflictChoice.TAKE_THEIRS
    assert editor.save()
    assert editor.fields.headline.text() == "نسخة كريم"
    kept = [r for r in ArticleService(gui_db, SARA).history(article.id) if r.step == "conflict"]
    assert [r.content.headline for r in kept] == ["نسخة سارة"]


def test_autosave_writes_a_recovery_copy_that_a_new_window_offers_back(
    qtbot, window, gui_db, recovery, monkeypatch
) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("مسودة لم تحفظ")
    type_text(editor.body, "نص مهم لا يجب أن يضيع")
    editor.autosave()
    [copy] = recovery.copies("sara")
    assert copy.content.body.plain_text() == "نص مهم لا يجب أن يضيع"
    editor.dirty = False  # the process "dies": nothing is saved, nothing asks
    window.close()
    second = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(second, before_close_func=discard_all)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert offer_recovery(second) == 1
    restored = second.current_editor()
    assert restored.fields.headline.text() == "مسودة لم تحفظ"
    assert restored.body.toPlainText() == "نص مهم لا يجب أن يضيع"
    assert restored.dirty
    assert restored.save()
    assert recovery.copies("sara") == []


def test_editors_cannot_change_submitted_work(qtbot, window, gui_db) -> None:
    service = ArticleService(gui_db, SARA)
    article = service.create(ArticleContent(headline="للمراجعة"))
    service.take_step(article.id, "submit")
    editor = window.open_article(article.id)
    assert editor.body.isReadOnly() and editor.fields.headline.isReadOnly()
    assert editor.banner.isVisibleTo(editor)


def test_paste_from_the_web_keeps_structure_and_drops_styling(qtbot, window) -> None:
    from PySide6.QtCore import QMimeData

    editor = window.new_article()
    mime = QMimeData()
    mime.setHtml(
        '<p style="font-family:Comic Sans MS;color:red">نص <b>عريض</b> و<a href="https://example.org">رابط</a></p>'
        "<script>alert(1)</script><p>Second <i>para</i></p>"
    )
    editor.body.insertFromMimeData(mime)
    body = editor.body.body()
    texts = [b.text for b in body.blocks if b.text]
    assert texts == ["نص عريض ورابط", "Second para"]
    marks = {(m.kind.value, m.href) for b in body.blocks for m in b.marks}
    assert marks == {("bold", None), ("link", "https://example.org"), ("italic", None)}
    html = editor.body.toHtml()
    assert "Comic Sans" not in html and "alert" not in html


@pytest.mark.parametrize("as_html", [False, True])
def test_a_paste_larger_than_an_article_may_hold_is_refused(qtbot, window, as_html) -> None:
    from PySide6.QtCore import QMimeData

    from newsdesk.domain.article import MAX_TEXT_BYTES

    editor = window.new_article()
    editor.body.insert_plain_text("نص قائم")
    mime = QMimeData()
    huge = "ن" * (MAX_TEXT_BYTES // 2 + 1)  # two bytes a letter: one byte over the limit
    if as_html:
        mime.setHtml(f"<p>{huge}</p>")
    else:
        mime.setText(huge)
    with qtbot.waitSignal(editor.body.pasteRefused) as refused:
        editor.body.insertFromMimeData(mime)
    assert "5 MB" in refused.args[0]
    assert editor.body.toPlainText() == "نص قائم"
    assert "5 MB" in window.statusBar().currentMessage()
    small = QMimeData()
    small.setText(huge[:1000])
    editor.body.insertFromMimeData(small)
    assert len(editor.body.toPlainText()) > 1000


def test_arabic_ui_mirrors_the_window(qtbot, gui_db, recovery) -> None:
    from newsdesk.gui.i18n import install_translations

    app = QApplication.instance()
    try:
        install_translations(app, "ar")
        win = MainWindow(gui_db, SARA, recovery=recovery)
        qtbot.addWidget(win)
        assert win.isRightToLeft()
        assert win.menuBar().actions()[0].text() != "&File"
        arabic = re.compile("[\u0600-\u06ff]")
        docks = [dock.windowTitle() for dock in win.findChildren(QDockWidget)]
        menus = [action.text() for action in win.menuBar().actions()]
        entries = [
            action.text()
            for menu in win.menuBar().findChildren(QMenu)
            for action in menu.actions()
            if action.text() and not action.isSeparator()
        ]
        untranslated = [text for text in docks + menus + entries if not arabic.search(text)]
        assert len(docks) >= 5 and not untranslated
        embargo = win.new_article().fields.embargo
        assert embargo.isRightToLeft() is False  # times read 17:51, not 51:17, in a mirrored UI
        assert embargo.displayFormat() == "yyyy-MM-dd HH:mm"
    finally:
        install_translations(app, "en")
    assert not MainWindow(gui_db, SARA, recovery=recovery).isRightToLeft()


def test_preview_shows_the_editor_text_as_the_export_renders_it(qtbot, window) -> None:
    from newsdesk.render.html import render_article_html

    editor = window.new_article()
    editor.fields.headline.setText("عنوان المعاينة")
    editor.body.setPlainText("الفقرة الأولى\nCNSS يسجل 641 ألف صانع")
    qtbot.waitUntil(lambda: "CNSS يسجل" in window.preview.html(), timeout=3000)
    expected = render_article_html(
        editor.content(), theme=window.preview.theme(), width=window.preview.width_mode()
    )
    assert window.preview.html() == expected


def test_opened_fields_take_their_direction_from_the_majority(qtbot, window, gui_db) -> None:
    article = ArticleService(gui_db, SARA).create(
        ArticleContent(headline="CNSS: تسجيل 641 ألف صانع تقليدي", kicker="AMO", byline="Sara")
    )
    editor = window.open_article(article.id)
    assert editor.fields.headline.layoutDirection() == RTL
    assert editor.fields.byline.layoutDirection() == LTR


def test_block_kinds_from_the_format_menu_are_saved_in_the_model(qtbot, window) -> None:
    from newsdesk.domain.document import BlockKind

    editor = window.new_article()
    editor.fields.headline.setText("عنوان")
    editor.body.setPlainText("عنوان فرعي\nاقتباس\nبند أول\nبند ثان\nفقرة")
    cursor = editor.body.textCursor()

    def select_block(number: int) -> None:
        block = editor.body.document().findBlockByNumber(number)
        cursor.setPosition(block.position())
        editor.body.setTextCursor(cursor)

    select_block(0)
    window.named_actions.block_heading.trigger()
    select_block(1)
    window.named_actions.block_quote.trigger()
    select_block(2)
    cursor.setPosition(
        editor.body.document().findBlockByNumber(3).position() + 2, cursor.MoveMode.KeepAnchor
    )
    editor.body.setTextCursor(cursor)
    window.named_actions.block_list.trigger()
    kinds = [b.kind for b in editor.body.body().blocks]
    assert kinds == [
        BlockKind.HEADING,
        BlockKind.QUOTE,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.PARAGRAPH,
    ]
    select_block(1)
    window.named_actions.block_paragraph.trigger()
    assert editor.body.body().blocks[1].kind == BlockKind.PARAGRAPH
    assert window.save_current()
    reopened = editor.article
    assert reopened.content.body.blocks[0].kind == BlockKind.HEADING


def test_a_returned_article_opens_with_the_desk_note(qtbot, window, gui_db) -> None:
    from newsdesk.domain.workflow import Step

    article = ArticleService(gui_db, SARA).create(ArticleContent(headline="خبر"))
    ArticleService(gui_db, SARA).take_step(article.id, Step.SUBMIT)
    ArticleService(gui_db, KARIM).take_step(article.id, Step.RETURN, "أضف اسم المصدر")
    editor = window.open_article(article.id)
    assert editor.banner.isVisibleTo(editor)
    assert "أضف اسم المصدر" in editor.banner.text() and "karim" in editor.banner.text()
    assert not editor.body.isReadOnly()


def test_history_shows_changed_words_and_restores(qtbot, window, gui_db) -> None:
    from newsdesk.gui.dialogs.history import HistoryDialog

    service = ArticleService(gui_db, SARA)
    article = service.create(ArticleContent(headline="أخنوش يؤكد تسجيل 641 ألف صانع"))
    service.edit(article.id, headline="أخنوش يعلن تسجيل 700 ألف صانع")
    dialog = HistoryDialog(service, article.id, window)
    qtbot.addWidget(dialog)
    html = dialog.compare.toHtml()
    plain = dialog.compare.toPlainText()
    assert "يؤكد" in plain and "يعلن" in plain and "641" in plain and "700" in plain
    assert "line-through" in html
    dialog.list.setCurrentRow(0)
    dialog.restore_selected()
    assert dialog.restored.headline == "أخنوش يؤكد تسجيل 641 ألف صانع"
    assert [r.step for r in service.history(article.id)] == ["created", "saved", "restored"]


def test_opening_an_article_does_not_make_it_dirty(qtbot, window, gui_db) -> None:
    article = ArticleService(gui_db, SARA).create(
        ArticleContent(
            headline="CNSS يسجل", body=Document.from_plain_text("ما مجموعه389 ألف\n\nفقرة ثانية")
        )
    )
    editor = window.open_article(article.id)
    qtbot.wait(400)
    assert not editor.dirty and editor.save_state() == "Saved"
    type_text(editor.body, "x")
    assert editor.dirty


def test_notes_thread_in_the_editor(qtbot, window, gui_db) -> None:
    article = ArticleService(gui_db, SARA).create(ArticleContent(headline="خبر"))
    ArticleService(gui_db, KARIM).add_note(article.id, "هل تأكدت من الرقم؟")
    editor = window.open_article(article.id)
    assert (
        editor.notes.list.count() == 1 and "هل تأكدت من الرقم؟" in editor.notes.list.item(0).text()
    )
    editor.notes.entry.setText("نعم، من مصدرين")
    editor.notes.add_note()
    assert [n.text for n in ArticleService(gui_db, KARIM).notes(article.id)] == [
        "هل تأكدت من الرقم؟",
        "نعم، من مصدرين",
    ]
    assert editor.notes.list.count() == 2


def test_an_empty_thread_leaves_the_room_to_the_body(qtbot, window, gui_db) -> None:
    article = ArticleService(gui_db, SARA).create(ArticleContent(headline="خبر بلا ملاحظات"))
    editor = window.open_article(article.id)
    assert editor.notes.isVisibleTo(editor) and not editor.notes.list.isVisibleTo(editor)
    assert editor.body.minimumHeight() >= 160
    editor.notes.entry.setText("ملاحظة أولى")
    editor.notes.add_note()
    assert editor.notes.list.isVisibleTo(editor) and editor.notes.list.count() == 1


def test_house_style_messages_follow_the_ui_language(qtbot, gui_db, recovery) -> None:
    from newsdesk.gui.i18n import install_translations

    app = QApplication.instance()
    messages = {}
    try:
        for language in ("ar", "en"):
            install_translations(app, language)
            win = MainWindow(gui_db, SARA, recovery=recovery)
            qtbot.addWidget(win, before_close_func=discard_all)
            editor = win.new_article()
            editor.body.setPlainText("بلغ عدد المسجلين ما مجموعه389 ألف صانع.")
            qtbot.waitUntil(lambda w=win: w.findings.count() == 1, timeout=2000)
            messages[language] = win.findings.item(0).text().split(" · ")[1]
            tip = editor.body.highlighter.findings_for(editor.body.document().begin().text())
            assert tip[0].message == messages[language]
    finally:
        install_translations(app, "en")
    assert messages["ar"].startswith("مسافة") and messages["en"].startswith("Missing space")


def test_a_closed_window_stops_asking_the_database(qtbot, window) -> None:
    assert window.database_watch.watching  # it tells the queue when to read again
    assert not window.queue.poll.isActive()
    assert window.close()
    assert not window.database_watch.watching
