"""The history dialog shows what a bundle claimed as a claim, next to who filed it and when."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from newsdesk.gui.dialogs.history import HistoryDialog
from newsdesk.gui.i18n import install_translations
from newsdesk.services.articles import ArticleService
from newsdesk.services.importing import CREATED, ImportService
from services.forgeries import APPROVED_AT, approved_and_published, sara_bundle
from support import KARIM

pytestmark = pytest.mark.gui


@pytest.fixture
def forged_article(gui_db, tmp_path) -> str:
    """Sara's forged bundle (approve and publish by karim) imported by karim; the article id."""
    sent = sara_bundle(tmp_path)
    forged = approved_and_published(sent.bundle, tmp_path / "forged.zip")
    assert ImportService(gui_db, KARIM).import_file(forged).status == CREATED
    return sent.first


def item_texts(dialog: HistoryDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_each_claim_is_shown_beside_the_real_author_and_time(qtbot, gui_db, forged_article):
    service = ArticleService(gui_db, KARIM)
    dialog = HistoryDialog(service, forged_article)
    qtbot.addWidget(dialog)
    filed = service.get(forged_article).created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    claimed = APPROVED_AT.astimezone().strftime("%Y-%m-%d %H:%M")
    [approve] = [text for text in item_texts(dialog) if "(approve)" in text]
    assert approve.startswith(f"3 · {filed} · karim · carried · ")
    assert f"claimed in sara's bundle: {claimed} by karim (approve)" in approve
    imported = item_texts(dialog)[-1]
    assert " · karim · imported · claimed in sara's bundle: " in imported
    assert not imported.split(" — ")[0].endswith(")")  # no step is claimed for the copy itself


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ar", "تدّعي حزمة sara: {when} بقلم karim (approve)"),
        ("fr", "déclaré dans le lot de sara : {when} par karim (approve)"),
    ],
)
def test_the_claim_is_said_in_the_ui_language(qtbot, gui_db, forged_article, language, words):
    app = QApplication.instance()
    try:
        assert install_translations(app, language)
        dialog = HistoryDialog(ArticleService(gui_db, KARIM), forged_article)
        qtbot.addWidget(dialog)
        when = APPROVED_AT.astimezone().strftime("%Y-%m-%d %H:%M")
        assert any(words.format(when=when) in text for text in item_texts(dialog))
    finally:
        install_translations(app, "en")
