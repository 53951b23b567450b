"""The desk as it was at quit: the preview's width and theme, the open articles in order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from newsdesk.domain.article import ArticleContent
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.session_memory import remember_session, restore_session
from newsdesk.gui.settings_keys import SettingsKey, remember
from newsdesk.services.articles import ArticleService
from support import SARA


def _headlines(window: MainWindow) -> list[str]:
    return [editor.fields.headline.text() for editor in window.editors()]


def test_the_articles_open_at_quit_reopen_in_order_with_the_front_one_in_front(
    qtbot, gui_db, recovery
) -> None:
    service = ArticleService(gui_db, SARA)
    ids = [service.create(ArticleContent(headline=h)).id for h in ("أول", "ثان", "ثالث", "رابع")]
    first = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(first)
    for article_id in (ids[2], ids[0], ids[3]):
        first.open_article(article_id)
    first.new_article()  # never saved: nothing to reopen
    first.open_article(ids[0])  # brought to the front
    first.preview.set_width("phone")
    first.preview.set_theme("dark")
    first.editors()[-1].discard_changes()
    assert first.close()

    second = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(second)
    assert second.editors() == []
    restore_session(second)
    assert _headlines(second) == ["ثالث", "أول", "رابع"]
    assert second.current_editor().fields.headline.text() == "أول"
    assert (second.preview.width_mode(), second.preview.theme()) == ("phone", "dark")


def test_an_article_gone_since_is_left_out_without_a_word(qtbot, window, gui_db) -> None:
    kept = ArticleService(gui_db, SARA).create(ArticleContent(headline="باق")).id
    remember(SettingsKey.OPEN_ARTICLES, ["no-such-article", kept])
    remember(SettingsKey.FRONT_ARTICLE, "no-such-article")
    remember(SettingsKey.PREVIEW_WIDTH, "poster")  # not a width this version knows
    restore_session(window)
    assert _headlines(window) == ["باق"]
    assert window.preview.width_mode() == "desktop"


def test_one_open_article_read_back_from_the_settings_file(qtbot, window, gui_db) -> None:
    only = ArticleService(gui_db, SARA).create(ArticleContent(headline="وحيد")).id
    window.open_article(only)
    remember_session(window)
    for editor in window.editors():
        window.tabs.removeTab(window.tabs.indexOf(editor))
    settings = QSettings()
    settings.sync()
    path = Path(settings.fileName())
    # What a new process reads: the INI file keeps a one-item list as a bare value.
    assert f"open_articles={only}\n" in path.read_text()
    path.write_text(path.read_text() + " ")  # a changed file is read again at the next sync
    settings.sync()
    restore_session(window)
    assert _headlines(window) == ["وحيد"]


def test_the_start_reopens_the_desk_before_offering_unsaved_work(qtbot, window, gui_db) -> None:
    from newsdesk.gui.startup import after_attach

    kept = ArticleService(gui_db, SARA).create(ArticleContent(headline="من الأمس")).id
    remember(SettingsKey.OPEN_ARTICLES, [kept])
    remember(SettingsKey.PREVIEW_THEME, "dark")
    after_attach(window, gui_db, SARA, first_run=False)
    qtbot.waitUntil(lambda: _headlines(window) == ["من الأمس"], timeout=5000)
    assert window.preview.theme() == "dark"
