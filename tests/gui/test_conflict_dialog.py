"""The real comparison dialog: built offscreen, read, answered; and met by a real stale save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QTextBrowser

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.gui.dialogs.conflict import ConflictChoice, ConflictDialog
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA

pytestmark = pytest.mark.gui

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def text(headline: str, body: str, language: str = "ar") -> ArticleContent:
    """An article's text: a headline and plain paragraphs separated by blank lines."""
    return ArticleContent(headline, language, body=Document.from_plain_text(body))


ARABIC_THEIRS = text("الحكومة تعلن خطة جديدة للتشغيل", "أعلنت الحكومة اليوم عن خطة وطنية للتشغيل.")
ARABIC_MINE = text(
    "الحكومة تعلن خطة طموحة للتشغيل", "أعلنت الحكومة صباح اليوم عن خطة وطنية للتشغيل."
)
FRENCH_THEIRS = text(
    "Le gouvernement annonce un plan pour l'emploi", "Le ministre a présenté le plan mardi.", "fr"
)
FRENCH_MINE = text(
    "Le gouvernement annonce un plan ambitieux pour l'emploi",
    "Le ministre a présenté le plan mercredi.",
    "fr",
)
BUTTONS = {
    "Save with the ticked changes": ConflictChoice.KEEP_MINE,
    "Take theirs": ConflictChoice.TAKE_THEIRS,
    "Cancel": ConflictChoice.CANCEL,
}


def buttons(dialog: ConflictDialog) -> dict[str, QAbstractButton]:
    """The dialog's buttons by their text, mnemonics dropped."""
    box = dialog.findChild(QDialogButtonBox)
    return {b.text().replace("&", ""): b for b in box.buttons()}


def shown_blocks(dialog: ConflictDialog) -> list[tuple[str, Qt.LayoutDirection]]:
    """Each paragraph of the comparison with the direction it is laid out in."""
    document = dialog.findChild(QTextBrowser).document()
    blocks, block = [], document.begin()
    while block.isValid():
        blocks.append((block.text(), block.blockFormat().layoutDirection()))
        block = block.next()
    return blocks


def marked_words(dialog: ConflictDialog) -> tuple[list[str], list[str]]:
    """The struck-out (theirs only) and underlined (mine only) runs of the comparison."""
    struck, underlined = [], []
    block = dialog.findChild(QTextBrowser).document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            text = fragment.text().strip()
            if text and fragment.charFormat().fontStrikeOut():
                struck.append(text)
            elif text and fragment.charFormat().fontUnderline():
                underlined.append(text)
            fragments += 1
        block = block.next()
    return struck, underlined


@pytest.mark.parametrize(
    ("theirs", "mine", "direction", "struck", "underlined"),
    [
        (ARABIC_THEIRS, ARABIC_MINE, RTL, ["جديدة"], ["طموحة", "صباح"]),
        (FRENCH_THEIRS, FRENCH_MINE, LTR, ["mardi"], ["ambitieux", "mercredi"]),
    ],
    ids=["arabic", "french"],
)
def test_the_dialog_shows_who_saved_and_the_words_that_differ(
    qtbot, theirs, mine, direction, struck, underlined
) -> None:
    dialog = ConflictDialog("karim", theirs, mine)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.isVisible()
    assert any(label.text().startswith("karim ") for label in dialog.findChildren(QLabel))
    assert set(buttons(dialog)) == set(BUTTONS)
    blocks = shown_blocks(dialog)
    assert [d for _, d in blocks] == [direction, direction]
    assert mine.headline.split()[0] in blocks[0][0]
    assert marked_words(dialog) == (struck, underlined)
    assert dialog.choice == ConflictChoice.CANCEL


@pytest.mark.parametrize("label", list(BUTTONS))
def test_each_button_gives_its_choice(qtbot, label: str) -> None:
    dialog = ConflictDialog("karim", ARABIC_THEIRS, ARABIC_MINE)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        buttons(dialog)[label].click()
    assert dialog.choice == BUTTONS[label]
    assert not dialog.isVisible()


def answer_the_dialog_with(label: str, seen: list[ConflictDialog]) -> None:
    """Once the real dialog is up (modal, inside the save), click `label` in it."""
    tries = iter(range(250))  # five seconds, then stop looking: a later test must not be clicked

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            if next(tries, None) is not None:
                QTimer.singleShot(20, click)
            return
        seen.append(dialog)
        buttons(dialog)[label].click()

    QTimer.singleShot(0, click)


def stale_editor(window, gui_db):
    """Sara's editor on an article that Karim saved after she opened it; her headline typed."""
    article = ArticleService(gui_db, SARA).create(text("الأصل", "نص المقال"))
    editor = window.open_article(article.id)
    ArticleService(gui_db, KARIM).edit(article.id, headline="نسخة كريم")
    editor.fields.headline.setText("نسخة سارة")
    return editor, article.id


def test_a_stale_save_opens_the_real_dialog_and_keep_mine_saves(qtbot, window, gui_db) -> None:
    editor, article_id = stale_editor(window, gui_db)
    seen: list[ConflictDialog] = []
    answer_the_dialog_with("Save with the ticked changes", seen)
    assert editor.save()
    [dialog] = seen
    assert dialog.parent() is editor
    assert marked_words(dialog) == (["كريم"], ["سارة"])
    stored = ArticleService(gui_db, SARA).get(article_id)
    assert (stored.headline, stored.version) == ("نسخة سارة", 3)
    assert not editor.dirty


def test_a_stale_save_answered_take_theirs_shows_theirs(qtbot, window, gui_db) -> None:
    editor, article_id = stale_editor(window, gui_db)
    seen: list[ConflictDialog] = []
    answer_the_dialog_with("Take theirs", seen)
    assert editor.save()
    assert len(seen) == 1
    assert editor.fields.headline.text() == "نسخة كريم"
    history = ArticleService(gui_db, SARA).history(article_id)
    assert [r.content.headline for r in history if r.step == "conflict"] == ["نسخة سارة"]


def test_a_stale_save_cancelled_stores_nothing_new(qtbot, window, gui_db) -> None:
    editor, article_id = stale_editor(window, gui_db)
    seen: list[ConflictDialog] = []
    answer_the_dialog_with("Cancel", seen)
    assert not editor.save()
    assert len(seen) == 1
    assert ArticleService(gui_db, SARA).get(article_id).headline == "نسخة كريم"
    assert editor.fields.headline.text() == "نسخة سارة"
    assert editor.dirty


def test_a_french_paragraph_of_an_arabic_article_is_shown_left_to_right(qtbot) -> None:
    arabic = "فقرة عربية طويلة في المقال"
    theirs = text("عنوان", f"{arabic}\n\nLe ministre a parlé.")
    mine = text("عنوان", f"{arabic}\n\nLe ministre a parlé mardi.")
    dialog = ConflictDialog("karim", theirs, mine)
    qtbot.addWidget(dialog)
    assert [d for _, d in shown_blocks(dialog)] == [RTL, RTL, LTR]


ORIGINAL_BODY = "فقرة أولى عن الحكومة\n\nLe ministre a parlé mardi.\n\nفقرة ثالثة عن التشغيل"


def test_each_change_is_kept_or_dropped_and_the_other_desk_is_told(qtbot, window, gui_db) -> None:
    sara, karim = ArticleService(gui_db, SARA), ArticleService(gui_db, KARIM)
    article = sara.create(text("الأصل", ORIGINAL_BODY))
    editor = window.open_article(article.id)
    karim.edit(
        article.id,
        headline="عنوان كريم",
        body=Document.from_plain_text("فقرة أولى عن الحكومة\n\nفقرة ثالثة عن التشغيل"),
    )
    editor.body.setPlainText(  # one line per paragraph in the editor
        "فقرة أولى معدلة عن الحكومة\nLe ministre a parlé mardi.\n"
        "فقرة ثالثة عن التشغيل\nفقرة رابعة جديدة"
    )
    seen: list[ConflictDialog] = []
    seen_labels: list[str] = []
    ticked: list[bool] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, choose)
            return
        seen.append(dialog)
        seen_labels.extend(box.text() for box in dialog.boxes)
        ticked.extend(box.isChecked() for box in dialog.boxes)
        if len(dialog.boxes) != 4:
            dialog.reject()  # the assertions below say why
            return
        dialog.boxes[2].click()  # the French paragraph Karim deleted comes back
        dialog.boxes[3].click()  # my new last paragraph goes
        buttons(dialog)["Save with the ticked changes"].click()

    QTimer.singleShot(0, choose)
    assert editor.save()
    assert len(seen) == 1
    assert [label.split(" «")[0] for label in seen_labels] == [
        "[1] Headline",
        "[2] Paragraph 1",
        "[3] New paragraph after paragraph 1",
        "[4] New paragraph after paragraph 2",
    ]
    # Ticked at first: only what Sara changed since she opened it; Karim's edits stand.
    assert ticked == [False, True, False, True]
    stored = sara.get(article.id)
    assert stored.headline == "عنوان كريم"
    assert stored.content.body.plain_text() == (
        "فقرة أولى معدلة عن الحكومة\n\nLe ministre a parlé mardi.\n\nفقرة ثالثة عن التشغيل"
    )
    assert editor.fields.headline.text() == "عنوان كريم" and not editor.dirty
    [note] = [n for n in karim.notes(article.id) if n.author == "sara"]
    assert note.step == "saved_over"  # recorded with the save itself, so Karim hears of it
    # Karim is told of the one edit of his that was undone, not of Sara's own changes.
    assert "karim" in note.text and "New paragraph after paragraph 1 «" in note.text
    assert "Paragraph 1 «" not in note.text and "Headline" not in note.text


def test_a_paragraph_deleted_whole_is_struck_whole_in_its_own_direction(qtbot) -> None:
    theirs = text("عنوان", ORIGINAL_BODY)
    mine = text("عنوان", "فقرة أولى عن الحكومة\n\nفقرة ثالثة عن التشغيل")
    dialog = ConflictDialog("karim", theirs, mine)
    qtbot.addWidget(dialog)
    blocks = shown_blocks(dialog)
    assert ("[1] Le ministre a parlé mardi.", LTR) in blocks
    assert marked_words(dialog) == (["Le ministre a parlé mardi."], [])
    assert [d for _, d in blocks] == [RTL, RTL, LTR, RTL]


def test_each_numbered_change_of_the_text_has_its_own_box(qtbot) -> None:
    """A deleted French paragraph, a changed one and an added one: three changes, not one run."""
    arabic_1, french = "أعلن رئيس الحكومة عن خطة للتشغيل", "Le ministre a présenté le plan mardi."
    arabic_3 = "وقال الوزير إن الخطة ستوفر أزيد من 641 ألف فرصة عمل"
    theirs = text("عنوان", f"{arabic_1}\n\n{french}\n\n{arabic_3}")
    mine = text("عنوان", f"{arabic_1}\n\n{arabic_3.replace('أزيد من', 'نحو')}\n\nفقرة جديدة مضافة")
    dialog = ConflictDialog("karim", theirs, mine)
    qtbot.addWidget(dialog)
    numbers = [t.split("]")[0] + "]" for t, _ in shown_blocks(dialog) if t.startswith("[")]
    assert numbers == ["[1]", "[2]", "[3]"]
    assert [box.text().split(" ")[0] for box in dialog.boxes] == numbers
    assert dialog.boxes[0].text().startswith("[1] Paragraph 2 «")
    dialog.boxes[1].click()  # their wording of the changed paragraph stays
    merged = dialog.merge().content.body.plain_text()
    assert merged == f"{arabic_1}\n\n{arabic_3}\n\nفقرة جديدة مضافة"
