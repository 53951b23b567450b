"""Spelling in the editor: underlines as one types, per paragraph language, the right-click menu."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.gui.editor.article_editor import ArticleEditor
from newsdesk.gui.i18n import install_translations
from newsdesk.gui.spelling.ignored import ignored_path
from newsdesk.gui.spelling.menu import (
    ADD_MINE_NAME,
    ADD_NEWSROOM_NAME,
    IGNORE_NAME,
    PROBABLY_NAME,
    SUGGESTION_NAME,
)
from newsdesk.gui.spelling.underline import SPELLING_RED
from newsdesk.services.articles import ArticleService
from newsdesk.services.dictionary import newsroom_words
from newsdesk.services.personal_dictionary import PersonalDictionary
from newsdesk.settings import Settings
from spelling_support import WAVE, all_underlines, loaded_source, named, right_click, underlines
from support import SARA, type_text

pytestmark = pytest.mark.gui

ARABIC = "قالت الحكومة إن المشروع سيبدأ في الرباط"
ARABIC_TYPO = "قالت الحكومة إن المشرووع سيبدأ"
FRENCH = "Le gouvernement a présenté le projet mercredi à Rabat."
FRENCH_TYPO = "Le gouvernment a présenté le projet."


def editor_with(qtbot, gui_db, recovery, body: list[str], headline: str = ARABIC):
    """An editor of a saved Arabic article, its speller loaded and its body checked."""
    source = loaded_source(qtbot, gui_db)
    service = ArticleService(gui_db, SARA)
    article = service.create(
        ArticleContent(
            headline=headline,
            language="ar",
            body=Document(tuple(Block(BlockKind.PARAGRAPH, text) for text in body)),
        )
    )
    editor = ArticleEditor(service, recovery, Settings(), article, speller=source)
    qtbot.addWidget(editor, before_close_func=lambda e: e.discard_changes())
    editor.resize(1000, 700)
    editor.show()
    qtbot.waitUntil(lambda: not editor.body.highlighter.checking, timeout=10_000)
    return editor


def test_misspellings_are_underlined_in_red_apart_from_house_style(
    qtbot, gui_db, recovery
) -> None:
    # The second paragraph also breaks house style (a Latin comma in Arabic text).
    editor = editor_with(
        qtbot, gui_db, recovery, [ARABIC_TYPO, "قال الوزير, إن الحكومة"]
    )
    document = editor.body.document()
    assert all_underlines(document) == [["المشرووع"], []]
    block = document.firstBlock()
    (spelled,) = [r for r in block.layout().formats() if r.format.underlineColor().isValid()]
    assert spelled.format.underlineColor() == QColor(SPELLING_RED)
    assert underlines(document.findBlockByNumber(1), WAVE), "house style keeps its wavy look"


def test_a_french_paragraph_in_an_arabic_article_is_checked_in_french(
    qtbot, gui_db, recovery
) -> None:
    editor = editor_with(
        qtbot, gui_db, recovery, [ARABIC, FRENCH, FRENCH_TYPO, "CNSS تسجل 641 منخرطا"]
    )
    assert all_underlines(editor.body.document()) == [[], [], ["gouvernment"], []]
    (found,) = editor.spelling.misspellings(FRENCH_TYPO)
    assert found.language == "fr"


def test_typing_underlines_the_changed_paragraph(qtbot, gui_db, recovery) -> None:
    editor = editor_with(qtbot, gui_db, recovery, [ARABIC, FRENCH])
    body = editor.body
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    type_text(body, " Le projt")
    # The edited paragraph is checked again right after the key is drawn.
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=1000)
    assert all_underlines(body.document()) == [[], ["projt"]]
    for _ in range(2):
        qtbot.keyClick(body, Qt.Key.Key_Backspace)
    type_text(body, "jet ")
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=1000)
    assert all_underlines(body.document()) == [[], []]


def test_the_headline_and_standfirst_are_checked(qtbot, gui_db, recovery) -> None:
    editor = editor_with(qtbot, gui_db, recovery, [ARABIC], headline=ARABIC_TYPO)
    headline = editor.fields.headline.document()
    assert all_underlines(headline) == [["المشرووع"]]
    type_text(editor.fields.standfirst, "Le gouvernment")
    assert all_underlines(editor.fields.standfirst.document()) == [["gouvernment"]]


def test_nothing_is_underlined_before_the_speller_has_loaded(
    qtbot, gui_db, recovery
) -> None:
    from newsdesk.gui.spelling.source import SpellerSource
    from newsdesk.gui.spelling.words import NewsroomWords, PersonalWords

    source = SpellerSource(NewsroomWords(gui_db, SARA), PersonalWords())
    service = ArticleService(gui_db, SARA)
    editor = ArticleEditor(service, recovery, Settings(), None, speller=source)
    qtbot.addWidget(editor, before_close_func=lambda e: e.discard_changes())
    editor.show()
    type_text(editor.body, FRENCH_TYPO)
    assert all_underlines(editor.body.document()) == [[]]
    with qtbot.waitSignal(source.ready, timeout=30_000):
        source.load_later()
    qtbot.waitUntil(lambda: all_underlines(editor.body.document()) == [["gouvernment"]])


def test_a_suggestion_replaces_the_word_as_one_undo_step(
    qtbot, gui_db, recovery
) -> None:
    editor = editor_with(qtbot, gui_db, recovery, [FRENCH_TYPO])
    body = editor.body
    offered: list[str] = []

    def pick_gouvernement(menu) -> None:
        suggestions = named(menu, SUGGESTION_NAME)
        offered.extend(a.text() for a in suggestions)
        next(a for a in suggestions if a.text() == "gouvernement").trigger()

    right_click(body, 0, FRENCH_TYPO.index("gouvernment") + 3, pick_gouvernement)
    assert offered == editor.spelling.source.speller.suggest("gouvernment", "fr")  # best first
    assert body.toPlainText() == FRENCH_TYPO.replace("gouvernment", "gouvernement")
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=1000)
    assert all_underlines(body.document()) == [[]]
    body.undo()
    assert body.toPlainText() == FRENCH_TYPO


def test_ignore_in_this_article_is_kept_with_the_editor_state(
    qtbot, gui_db, recovery
) -> None:
    editor = editor_with(qtbot, gui_db, recovery, [ARABIC_TYPO, ARABIC_TYPO])
    right_click(editor.body, 0, 16, lambda menu: named(menu, IGNORE_NAME)[0].trigger())
    qtbot.waitUntil(lambda: all_underlines(editor.body.document()) == [[], []])
    assert all_underlines(editor.fields.headline.document()) == [[]]
    stored = json.loads(ignored_path().read_text(encoding="utf-8"))
    assert stored == {editor.article.id: ["المشرووع"]}
    # The same article opened again ignores it still; another article does not.
    again = ArticleEditor(
        editor.service, recovery, Settings(), editor.article, speller=editor.spelling.source
    )
    qtbot.addWidget(again)
    assert again.spelling.ignored == {"المشرووع"}
    again.load(None)
    assert again.spelling.ignored == set()


def test_adding_to_my_dictionary_and_the_newsroom_stops_the_flag(
    qtbot, gui_db, recovery
) -> None:
    editor = editor_with(qtbot, gui_db, recovery, ["Le projt de Akhannouch"])
    body = editor.body
    assert all_underlines(body.document()) == [["projt"]]
    right_click(body, 0, 5, lambda menu: named(menu, ADD_MINE_NAME)[0].trigger())
    qtbot.waitUntil(lambda: all_underlines(body.document()) == [[]])
    assert PersonalDictionary().words() == ["projt"]
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(body, " Xyzzyq")
    qtbot.waitUntil(lambda: not body.highlighter.checking, timeout=1000)
    assert all_underlines(body.document()) == [["Xyzzyq"]]
    right_click(body, 0, len(body.toPlainText()) - 2, lambda m: named(m, ADD_NEWSROOM_NAME)[0].trigger())
    qtbot.waitUntil(lambda: all_underlines(body.document()) == [[]])
    assert newsroom_words(gui_db) == ["Xyzzyq"]


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("ar", ["إضافة إلى قاموس غرفة الأخبار", "إضافة إلى قاموسي", "تجاهل في هذا المقال"]),
        (
            "fr",
            [
                "Ajouter au dictionnaire de la rédaction",
                "Ajouter à mon dictionnaire",
                "Ignorer dans cet article",
            ],
        ),
        ("en", ["Add to newsroom dictionary", "Add to my dictionary", "Ignore in this article"]),
    ],
)
def test_the_menu_speaks_the_ui_language(
    qtbot, qapp, gui_db, recovery, language, texts
) -> None:
    editor = editor_with(qtbot, gui_db, recovery, [FRENCH_TYPO])
    seen: list[str] = []

    def read(menu) -> None:
        for name in (ADD_NEWSROOM_NAME, ADD_MINE_NAME, IGNORE_NAME):
            seen.append(named(menu, name)[0].text())

    try:
        assert install_translations(qapp, language) or language == "en"
        right_click(editor.body, 0, 6, read)
    finally:
        install_translations(qapp, "en")
    assert seen == texts


def test_spelling_switches_off_for_one_article(qtbot, gui_db, recovery) -> None:
    editor = editor_with(qtbot, gui_db, recovery, [FRENCH_TYPO])
    editor.spelling.set_enabled(False)
    qtbot.waitUntil(lambda: all_underlines(editor.body.document()) == [[]])
    right_click(editor.body, 0, 6, lambda menu: assert_no_spelling(menu))
    editor.spelling.set_enabled(True)
    qtbot.waitUntil(lambda: all_underlines(editor.body.document()) == [["gouvernment"]])


def assert_no_spelling(menu) -> None:
    assert not named(menu, IGNORE_NAME)


def test_a_person_who_turned_spelling_off_gets_articles_without_it(
    qtbot, gui_db, recovery
) -> None:
    source = loaded_source(qtbot, gui_db)
    service = ArticleService(gui_db, SARA)
    editor = ArticleEditor(service, recovery, Settings(spell_check=False), None, speller=source)
    qtbot.addWidget(editor, before_close_func=lambda e: e.discard_changes())
    type_text(editor.body, FRENCH_TYPO)
    assert not editor.spelling.enabled
    assert all_underlines(editor.body.document()) == [[]]


def test_a_probable_slip_is_underlined_and_its_menu_names_the_word_meant(
    qtbot, gui_db, recovery
) -> None:
    text = "قالت الوزارة إن المهمة مهمه"
    editor = editor_with(qtbot, gui_db, recovery, [text, FRENCH_TYPO])
    assert all_underlines(editor.body.document()) == [["مهمه"], ["gouvernment"]]
    seen: dict[str, list[str]] = {}

    def read(menu) -> None:
        seen["header"] = [a.text() for a in named(menu, PROBABLY_NAME)]
        seen["suggestions"] = [a.text() for a in named(menu, SUGGESTION_NAME)]

    right_click(editor.body, 0, text.index("مهمه") + 2, read)
    assert len(seen["header"]) == 1 and "مهمة" in seen["header"][0]
    assert seen["suggestions"][0] == "مهمة"
    right_click(editor.body, 1, FRENCH_TYPO.index("gouvernment") + 3, read)
    assert seen["header"] == [] and "gouvernement" in seen["suggestions"]
