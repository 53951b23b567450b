"""Arabic and French UIs say steps, roles and directions in their own words, and the notes
thread shows no internal step names."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.workflow import Step
from newsdesk.gui.editor.notes import NotesPanel
from newsdesk.gui.i18n import install_translations
from newsdesk.gui.labels import STEP_LABELS, role_label, step_label
from newsdesk.gui.status_line import direction_text
from newsdesk.services.articles import ArticleService
from support import KARIM, SARA

pytestmark = pytest.mark.gui

WORDS = {
    "ar": {"return": "أُعيدت إلى الكاتب", "chief": "رئيس قسم", "rtl": "من اليمين"},
    "fr": {"return": "renvoyé à l’auteur", "chief": "chef", "rtl": "droite à gauche"},
    "en": {"return": "returned", "chief": "chief", "rtl": "RTL"},
}


@pytest.fixture(params=["ar", "fr", "en"])
def ui(request, qapp) -> str:
    install_translations(QApplication.instance(), request.param)
    yield request.param
    install_translations(QApplication.instance(), "en")


def test_steps_roles_and_directions_in_the_ui_language(ui: str) -> None:
    words = WORDS[ui]
    assert step_label("return") == words["return"]
    assert words["chief"] in role_label("chief")
    assert words["rtl"] in direction_text("rtl")
    if ui != "en":
        assert "RTL" not in direction_text("rtl") and "LTR" not in direction_text("ltr")
        untranslated = [step for step, source in STEP_LABELS.items() if step_label(step) == source]
        assert untranslated == []


def test_the_notes_thread_names_the_step_in_the_ui_language(qtbot, gui_db, ui: str) -> None:
    sara = ArticleService(gui_db, SARA)
    article = sara.create(ArticleContent(headline="CNSS يسجل 641 ألف صانع"))
    sara.take_step(article.id, Step.SUBMIT)
    karim = ArticleService(gui_db, KARIM)
    karim.take_step(article.id, Step.CLAIM)
    karim.take_step(article.id, Step.RETURN, "أضف المصدر")
    panel = NotesPanel(sara)
    qtbot.addWidget(panel)
    panel.show_article(article.id)
    shown = panel.list.item(panel.list.count() - 1).text()
    assert shown.endswith(f"{WORDS[ui]['return']}: أضف المصدر")
    assert "return:" not in shown


def test_the_read_only_banner_names_the_status_in_the_ui_language(
    qtbot, gui_db, recovery, ui: str
) -> None:
    from newsdesk.domain.people import Person, Role
    from newsdesk.gui.mainwindow import MainWindow

    sara = ArticleService(gui_db, SARA)
    article = sara.create(ArticleContent(headline="CNSS يسجل 641 ألف صانع"))
    sara.take_step(article.id, Step.SUBMIT)
    window = MainWindow(gui_db, Person("sara", Role.EDITOR), recovery=recovery)
    qtbot.addWidget(window)
    banner = window.open_article(article.id).banner.text()
    expected = {"ar": "مرسل", "fr": "Soumis", "en": "Submitted"}[ui]
    assert expected.casefold() in banner.casefold()
    if ui != "en":
        assert "submitted" not in banner


def test_ticker_rows_say_their_status_in_the_ui_language(qtbot, gui_db, ui: str) -> None:
    from newsdesk.gui.ticker.desk import TickerDesk
    from newsdesk.services.tickers import TickerService

    TickerService(gui_db, KARIM).add("الرباط: افتتاح معرض الكتاب", channel="site")
    desk = TickerDesk(gui_db, KARIM)
    qtbot.addWidget(desk)
    tip = desk.list.item(0).toolTip()
    assert tip.startswith({"ar": "مسودة", "fr": "brouillon", "en": "draft"}[ui])


def test_the_welcome_names_the_role_in_the_ui_language(qtbot, ui: str) -> None:
    from PySide6.QtWidgets import QLabel

    from newsdesk.domain.people import Person, Role
    from newsdesk.gui.dialogs.welcome import WelcomeDialog

    dialog = WelcomeDialog(Person("karim", Role.CHIEF))
    qtbot.addWidget(dialog)
    intro = dialog.findChildren(QLabel)[0].text()
    assert WORDS[ui]["chief"] in intro
    if ui == "ar":
        assert "chief" not in intro


def test_an_import_note_reads_in_the_ui_language(qtbot, gui_db, ui: str) -> None:
    sara = ArticleService(gui_db, SARA)
    record = "a.docx (docx, sha256 ab12)"
    article = sara.create(
        ArticleContent(headline="CNSS يسجل"), step="import", note=f"imported from {record}"
    )
    panel = NotesPanel(sara)
    qtbot.addWidget(panel)
    panel.show_article(article.id)
    shown = panel.list.item(0).text()
    lead = {"ar": "استُورد من", "fr": "importé depuis", "en": "imported from"}[ui]
    assert shown.endswith(f"{lead} \u2066{record}\u2069")
    assert "import:" not in shown
