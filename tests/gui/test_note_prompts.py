"""The return note and the unsaved-changes prompt name the article, isolate its headline in
its own direction, wrap, and the note is laid out in the direction it is typed in."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from dialogwait import when_shown
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.workflow import Step
from newsdesk.gui.dialogs.step_note import StepNoteDialog
from newsdesk.gui.dialogs.unsaved import TEXT_LABEL, unsaved_box
from newsdesk.gui.i18n import install_translations
from newsdesk.gui.queue.view import QueueView
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA

pytestmark = pytest.mark.gui

HEADLINE = (
    "CNSS: تسجيل 641 ألف صانع تقليدي في نظام التأمين الإجباري عن المرض قبل نهاية السنة "
    "الجارية حسب بلاغ رسمي صادر عن الصندوق الوطني للضمان الاجتماعي"
)
ISOLATED = f"\u2067{HEADLINE}\u2069"
WIDEST = 700


@pytest.fixture(params=["en", "fr", "ar"])
def ui(request, qapp) -> str:
    install_translations(QApplication.instance(), request.param)
    yield request.param
    install_translations(QApplication.instance(), "en")


def test_the_return_dialog_names_the_article_isolated_and_wrapped(qtbot, ui: str) -> None:
    dialog = StepNoteDialog(Step.RETURN, [(HEADLINE, "ar")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert ISOLATED in dialog.prompt.text()
    assert dialog.prompt.wordWrap()
    assert dialog.width() <= WIDEST
    assert dialog.prompt.height() > 2 * dialog.prompt.fontMetrics().height()  # wrapped
    if ui != "en":
        assert "Return" not in dialog.prompt.text() and "Return" not in dialog.windowTitle()


@pytest.mark.parametrize(
    ("typed", "direction"),
    [
        ("أضف اسم المصدر والرقم الرسمي", Qt.LayoutDirection.RightToLeft),
        ("CNSS: أضف اسم المصدر", Qt.LayoutDirection.RightToLeft),
        ("Ajoutez la source, s'il vous plaît", Qt.LayoutDirection.LeftToRight),
    ],
)
def test_the_note_is_laid_out_in_the_direction_it_is_typed(qtbot, ui, typed, direction) -> None:
    dialog = StepNoteDialog(Step.RETURN, [(HEADLINE, "ar")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for char in typed:  # typed key by key, as an Arabic keyboard sends it
        QApplication.sendEvent(
            dialog.note, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )
    assert dialog.text() == typed
    option = dialog.note.document().defaultTextOption()
    assert option.textDirection() == direction
    # The line starts at the edge of its direction: right for Arabic, left for French.
    line = dialog.note.document().firstBlock().layout().lineAt(0)
    text, room = line.naturalTextRect(), line.rect()
    assert text.width() < room.width() - 20
    if direction == Qt.LayoutDirection.RightToLeft:
        assert text.right() == pytest.approx(room.right(), abs=1)
    else:
        assert text.left() == pytest.approx(room.left(), abs=1)


def test_several_articles_are_listed_by_headline(qtbot, ui: str) -> None:
    articles = [(f"خبر رقم {n}", "ar") for n in range(7)] + [("Séisme au Haouz", "fr")]
    dialog = StepNoteDialog(Step.SPIKE, articles)
    qtbot.addWidget(dialog)
    text = dialog.prompt.text()
    assert "8" in text
    assert "\u2067خبر رقم 0\u2069" in text and "\u2067خبر رقم 4\u2069" in text
    assert "خبر رقم 5" not in text and "3" in text.splitlines()[-1]


def test_the_queue_asks_for_the_note_with_the_headline(qtbot, gui_db, ui: str) -> None:
    service = ArticleService(gui_db, SARA)
    article = service.create(ArticleContent(headline=HEADLINE))
    service.take_step(article.id, Step.SUBMIT)
    view = QueueView(gui_db, KARIM, timedelta(minutes=60))
    qtbot.addWidget(view)
    view.table.selectionModel().select(
        view.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    prompts: list[str] = []

    def answer(dialog: StepNoteDialog) -> None:
        prompts.append(dialog.prompt.text())
        dialog.note.setPlainText("أضف المصدر")
        dialog.accept()

    shown = when_shown(StepNoteDialog, answer)
    assert view.take_step(Step.RETURN) == 1
    assert shown and ISOLATED in prompts[0]
    assert ArticleService(gui_db, SARA).notes(article.id)[-1].message == "أضف المصدر"


def test_the_unsaved_prompt_isolates_and_wraps_the_headline(qtbot, ui: str) -> None:
    box = unsaved_box(HEADLINE, "ar")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert ISOLATED in box.text()
    label = box.findChild(QLabel, TEXT_LABEL)
    assert label is not None and label.wordWrap()
    assert box.width() <= WIDEST
    empty = unsaved_box("  ", "ar")
    qtbot.addWidget(empty)
    assert "\u2067" not in empty.text()
