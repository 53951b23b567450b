"""The spare editor: built hidden in idle time, filled by the next open, never shown, never stale."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.domain.workflow import Step
from newsdesk.gui.editor.article_editor import ArticleEditor
from newsdesk.gui.editor.find_bar import FindBar
from newsdesk.gui.editor.spare import SPARE_DELAY_MS
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.services.articles import ArticleService
from newsdesk.services.recovery import RecoveryCopy, now
from newsdesk.settings import Settings
from newsdesk.text.counting import article_word_count
from support import KARIM, SARA, type_text

pytestmark = pytest.mark.gui

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
SPARE_WAIT_MS = SPARE_DELAY_MS + 3000


class ShowSpy(QObject):
    """Records every Show event an article editor gets: was it in a tab then."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window
        self.shown: list[bool] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, ArticleEditor):
            self.shown.append(self.window.tabs.indexOf(obj) >= 0)
        return False


def spares(window: MainWindow) -> list[ArticleEditor]:
    """Editors the window holds outside its tabs (a closed tab's editor is the tabs' own)."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return window.findChildren(ArticleEditor, options=direct)


def wait_for_spare(qtbot, window: MainWindow) -> ArticleEditor:
    qtbot.waitUntil(lambda: window.has_spare, timeout=SPARE_WAIT_MS)
    [spare] = spares(window)
    return spare


def directions(editor: ArticleEditor) -> list[Qt.LayoutDirection]:
    result, block = [], editor.body.document().begin()
    while block.isValid():
        result.append(block.blockFormat().layoutDirection())
        block = block.next()
    return result


def test_the_spare_is_built_while_idle_and_never_shown(qtbot, window, gui_db) -> None:
    spy = ShowSpy(window)
    QApplication.instance().installEventFilter(spy)
    try:
        assert not window.has_spare and spares(window) == []  # not in the start-up path
        article = ArticleService(gui_db, SARA).create(ArticleContent(headline="خبر"))
        first = window.open_article(article.id)
        qtbot.wait(20)  # the user reads it a moment: laid out in its tab
        window.close_tab(window.tabs.indexOf(first))
        spare = wait_for_spare(qtbot, window)
        assert not spare.isVisible() and spare.isHidden() and not spare.isWindow()
        assert spare.parent() is window and window.tabs.count() == 0
        assert spare.windowHandle() is None  # never a window of its own
        laid_out = spare.size()
        window.hide()
        window.show()  # a window shown again does not show its hidden children
        assert not spare.isVisible()
        editor = window.open_article(article.id)
        assert editor is spare and editor.isVisible() and window.tabs.indexOf(editor) == 0
        assert editor.size() == laid_out  # laid out in idle time at the size its tab gives it
    finally:
        QApplication.instance().removeEventFilter(spy)
    # Both editors, the one made before any idle time and the spare, shown only in their tab.
    assert spy.shown == [True, True]


def test_a_hidden_window_builds_no_spare(qtbot, gui_db, recovery) -> None:
    hidden = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(hidden)
    qtbot.wait(SPARE_DELAY_MS + 200)
    assert not hidden.has_spare and spares(hidden) == []


def test_an_open_fills_the_spare_and_a_new_one_follows(qtbot, window, gui_db) -> None:
    service = ArticleService(gui_db, SARA)
    text = "CNSS يسجل 641 ألف صانع تقليدي\n\nThe ministry signed the memorandum."
    article = service.create(
        ArticleContent(headline="CNSS يسجل", body=Document.from_plain_text(text))
    )
    ArticleService(gui_db, KARIM).add_note(article.id, "هل تأكدت من الرقم؟")
    spare = wait_for_spare(qtbot, window)
    editor = window.open_article(article.id)
    assert editor is spare and not window.has_spare
    assert editor.content() == service.get(article.id).content
    assert directions(editor) == [RTL, LTR]
    assert not editor.dirty and editor.save_state() == "Saved"
    assert not editor.body.isReadOnly() and not editor.banner.isVisibleTo(editor)
    assert editor.notes.list.count() == 1 and "هل تأكدت" in editor.notes.list.item(0).text()
    assert window.tabs.tabText(0) == "\u2067CNSS يسجل\u2069"  # isolated right to left
    assert window.article_state_label.text() == "Draft · version 1"
    # Typing marks it dirty, as in an editor made for the article.
    type_text(editor.body, "x")
    assert editor.dirty and window.tabs.tabText(0).startswith("●")
    following = wait_for_spare(qtbot, window)
    assert following is not editor and not following.isVisible()


def test_without_a_spare_the_open_is_the_same(qtbot, window, gui_db) -> None:
    service = ArticleService(gui_db, SARA)
    text = "2024 سنة حاسمة\n\nLe ministère a signé le mémorandum."
    article = service.create(ArticleContent(headline="خبر", body=Document.from_plain_text(text)))
    service.take_step(article.id, Step.SUBMIT)  # read only for its author now

    def state(editor: ArticleEditor) -> tuple[object, ...]:
        return (
            editor.content(),
            directions(editor),
            editor.body.isReadOnly(),
            editor.fields.headline.isReadOnly(),
            editor.banner.text(),
            editor.banner.isVisibleTo(editor),
            editor.save_state(),
            editor.title(),
            editor.dirty,
        )

    assert not window.has_spare
    cold = window.open_article(article.id)
    assert spares(window) == []  # a new editor, not a spare
    seen_cold = state(cold)
    window.close_tab(window.tabs.indexOf(cold))
    spare = wait_for_spare(qtbot, window)
    warm = window.open_article(article.id)
    assert warm is spare
    assert state(warm) == seen_cold
    assert seen_cold[2] and seen_cold[5] and "Submitted" in seen_cold[4]


def test_no_trace_of_the_article_before(qtbot, window, gui_db, recovery) -> None:
    sara, karim = ArticleService(gui_db, SARA), ArticleService(gui_db, KARIM)
    first = sara.create(
        ArticleContent(
            headline="Première dépêche du soir",
            language="fr",
            kicker="EXCLUSIF",
            standfirst="Le chapeau de la dépêche",
            byline="Sara",
            dateline="Rabat",
            desk="Economie",
            tags=("ministère", "budget"),
            urgency=2,
            breaking=True,
            embargo_at=datetime(2031, 1, 1, 8, 0, tzinfo=UTC),
            body=Document.from_plain_text("Il a dit : oui\n\nLe ministère a signé le mémorandum."),
        )
    )
    sara.take_step(first.id, Step.SUBMIT)
    karim.take_step(first.id, Step.RETURN, "Ajoutez la source")
    karim.add_note(first.id, "Vérifiez le chiffre")
    second = sara.create(
        ArticleContent(
            headline="خبر ثان", body=Document.from_plain_text("بلغ عدد المسجلين ما مجموعه389 ألف")
        )
    )
    wait_for_spare(qtbot, window)
    before = window.open_article(first.id)
    assert before.banner.isVisibleTo(before) and before.notes.list.count() == 2
    type_text(before.body, "mot ajouté ")
    before.find_bar.open()
    before.find_bar.query.setText("ministère")
    before.autosave()
    first_key = before.recovery_key
    assert [c.key for c in recovery.copies("sara")] == [first_key]
    qtbot.waitUntil(lambda: any("“:”" in text for text in _findings(window)), timeout=3000)
    before.discard_changes()
    window.close_tab(window.tabs.indexOf(before))

    spare = wait_for_spare(qtbot, window)
    after = window.open_article(second.id)
    assert after is spare and after is not before
    stored = sara.get(second.id)
    assert after.content() == stored.content  # kicker, tags, urgency, embargo… all its own
    assert after.fields.embargo_on.isChecked() is False and not after.fields.embargo.isEnabled()
    assert after.fields.urgency.value() == 5 and not after.fields.breaking.isChecked()
    assert after.body.language == "ar" and after.body.highlighter.language == "ar"
    assert all(edit.language == "ar" for edit in after.fields._line_edits())
    assert directions(after) == [RTL]
    document = after.body.document()
    assert not document.isUndoAvailable() and not document.isRedoAvailable()
    assert not after.dirty and after.save_state() == "Saved"
    assert after.banner.text() == "" and not after.banner.isVisibleTo(after)
    assert after.notes.article_id == second.id and after.notes.list.count() == 0
    assert after.notes.entry.text() == ""
    assert after.findChildren(FindBar) == []
    assert not after.body.isReadOnly()
    assert after.recovery_key != first_key and recovery.copies("sara") == []
    assert window.tabs.tabText(window.tabs.currentIndex()) == "\u2067خبر ثان\u2069"
    assert window.tabs.tabToolTip(window.tabs.currentIndex()) == "خبر ثان"
    assert "Première" not in window.windowTitle()
    assert window.article_state_label.text() == "Draft · version 1"
    qtbot.waitUntil(lambda: any("389" in text for text in _findings(window)), timeout=3000)
    assert not any("“:”" in text for text in _findings(window))
    type_text(after.body, "ن")
    after.autosave()
    [copy] = recovery.copies("sara")
    assert (copy.key, copy.article_id) == (after.recovery_key, second.id)
    assert "ministère" not in copy.content.body.plain_text()


def _findings(window: MainWindow) -> list[str]:
    return [window.findings.item(i).text() for i in range(window.findings.count())]


def test_one_editor_loaded_twice_keeps_nothing(qtbot, gui_db, recovery) -> None:
    sara, karim = ArticleService(gui_db, SARA), ArticleService(gui_db, KARIM)
    theirs = karim.create(ArticleContent(headline="للمراجعة", body=Document.from_plain_text("نص")))
    karim.take_step(theirs.id, Step.SUBMIT)  # a chief's submitted article: read only for sara
    mine = sara.create(ArticleContent(headline="مسودة", body=Document.from_plain_text("فقرة")))
    editor = ArticleEditor(sara, recovery, Settings())
    qtbot.addWidget(editor)
    editor.show()
    editor.load(sara.get(theirs.id))
    assert editor.body.isReadOnly() and editor.banner.isVisibleTo(editor)
    editor.load(None)
    editor.fields.headline.setText("عنوان مؤقت")
    type_text(editor.body, "نص لم يحفظ")
    assert editor.dirty and editor.body.document().isUndoAvailable()
    editor.autosave()
    assert len(recovery.copies("sara")) == 1
    assert editor.save() and editor.save_state().startswith("Saved ")  # with the time
    assert recovery.copies("sara") == []
    editor.find_bar.open()
    editor.find_bar.query.setText("نص")
    used_key = editor.recovery_key

    editor.load(sara.get(mine.id))

    assert editor.content() == sara.get(mine.id).content
    assert not editor.body.isReadOnly() and not editor.fields.headline.isReadOnly()
    assert not editor.banner.isVisibleTo(editor) and editor.banner.text() == ""
    assert not editor.dirty and not editor.body.document().isUndoAvailable()
    assert editor.save_state() == "Saved"  # not the time the other article was saved
    assert editor.findChildren(FindBar) == []
    assert editor.find_bar.query.text() == "" and editor.find_bar.parent() is editor
    editor.autosave()  # nothing unsaved: nothing written
    assert recovery.copies("sara") == []
    type_text(editor.body, "ن")
    editor.autosave()
    [copy] = recovery.copies("sara")
    assert copy.key == editor.recovery_key != used_key and copy.article_id == mine.id


def test_new_article_and_recovered_text_take_the_spare(qtbot, window, gui_db, recovery) -> None:
    spare = wait_for_spare(qtbot, window)
    fresh = window.new_article()
    assert fresh is spare and fresh.article is None
    assert fresh.save_state() == "Not saved yet" and not fresh.notes.isVisibleTo(fresh)
    assert fresh.content() == ArticleContent(headline="")
    stored = ArticleService(gui_db, SARA).create(ArticleContent(headline="الأصل"))
    copy = RecoveryCopy(
        "a" * 32,
        "sara",
        stored.id,
        stored.version,
        ArticleContent(headline="نسخة لم تحفظ", body=Document.from_plain_text("نص مستعاد")),
        now(),
    )
    recovery.save(copy)
    spare = wait_for_spare(qtbot, window)
    recovered = window.open_recovered(copy)
    assert recovered is spare
    assert recovered.recovery_key == copy.key and recovered.dirty
    assert recovered.article is not None and recovered.article.id == stored.id
    assert recovered.body.toPlainText() == "نص مستعاد"
    assert "Recovered text" in recovered.banner.text() and recovered.banner.isVisibleTo(recovered)


def test_words_are_counted_after_the_pause_not_in_the_open(qtbot, window, gui_db) -> None:
    text = "CNSS يسجل 641 ألف صانع تقليدي\n\nفقرة ثانية من ثلاث كلمات"
    article = ArticleService(gui_db, SARA).create(
        ArticleContent(headline="خبر", body=Document.from_plain_text(text))
    )
    editor = window.open_article(article.id)
    assert window.words_label.text() == ""
    expected = article_word_count("خبر", editor.body.toPlainText())  # the queue's count
    qtbot.waitUntil(lambda: window.words_label.text().startswith(f"{expected} words"), timeout=3000)


def test_loading_into_a_shown_editor_keeps_its_page(qtbot, window, gui_db) -> None:
    service = ArticleService(gui_db, SARA)
    long_text = "\n\n".join(f"الفقرة {n} من نص طويل فيه كلمات كثيرة" for n in range(300))
    short = service.create(ArticleContent(headline="قصير", body=Document.from_plain_text("سطر")))
    long = service.create(ArticleContent(headline="طويل", body=Document.from_plain_text(long_text)))
    editor = window.new_article()
    qtbot.waitUntil(lambda: editor.body.document().pageSize().width() > 0)
    page = editor.body.document().pageSize()
    # The page is taken away while the text goes in, and given back.
    editor.reload(service.get(short.id))
    assert editor.body.document().pageSize() == page
    editor.reload(service.get(long.id))
    qtbot.wait(20)
    # Laid out to the view's width (less the scroll bar it now needs), from the top.
    assert editor.body.document().pageSize().width() == editor.body.viewport().width()
    first = editor.body.document().firstBlock()
    assert first.layout().lineCount() > 0 and first.text().startswith("الفقرة 0")
    assert directions(editor) == [RTL] * 300
