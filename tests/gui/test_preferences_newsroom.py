"""Preferences: the newsroom's settings for admins only, the window theme, the restart offer."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from dialogwait import when_shown
from newsdesk.gui.dialogs.preferences import PreferencesDialog, edit_preferences
from newsdesk.gui.restart import restart, restart_command
from newsdesk.gui.settings_keys import SettingsKey, remember, setting
from newsdesk.gui.theme import apply_theme
from newsdesk.settings import Settings, settings_path
from newsdesk.text.lint.checker import lint_text
from support import ADMIN, SARA


def _rule_item(dialog: PreferencesDialog, rule_id: str):
    rules = dialog.newsroom.rules
    items = [rules.item(row) for row in range(rules.count())]
    return next(item for item in items if item.toolTip() == rule_id)


def test_an_admin_changes_the_newsroom_settings_in_the_settings_file(qtbot) -> None:
    from PySide6.QtCore import Qt

    dialog = PreferencesDialog(None, Settings.load(), ADMIN)
    qtbot.addWidget(dialog)
    form = dialog.newsroom
    assert form.timezone.isEnabled() and form.rules.isEnabled()
    form.timezone.setCurrentText("Europe/Paris")
    form.digit_style.setCurrentIndex(form.digit_style.findData("eastern"))
    form.separator.setCurrentIndex(form.separator.findData("\u066c"))
    form.headline_max.setValue(80)
    form.lease.setValue(30)
    form.ticker_channel.setText("radio")
    form.spellings.setPlainText("مسؤول\n\n  شؤون ")
    _rule_item(dialog, "spacing.double").setCheckState(Qt.CheckState.Unchecked)
    dialog._save()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    kept = Settings.load(settings_path())
    assert kept.timezone == "Europe/Paris"
    assert (kept.digit_style, kept.digit_group_separator) == ("eastern", "\u066c")
    assert (kept.headline_max_chars, kept.lease_minutes) == (80, 30)
    assert kept.ticker_default_channel == "radio"
    assert kept.house_spellings == ["مسؤول", "شؤون"]
    assert kept.disabled_lint_rules == ["spacing.double"]
    # The unticked rule no longer reports; a ticked one still does.
    found = {f.rule for f in lint_text("خبر  جديد ( هنا )", "ar", settings=kept.lint_settings())}
    assert "spacing.double" not in found and "spacing.inside-brackets" in found


def test_an_editor_sees_the_newsroom_settings_read_only_and_cannot_change_them(qtbot) -> None:
    Settings(lease_minutes=50).save()
    dialog = PreferencesDialog(None, Settings.load(), SARA)
    qtbot.addWidget(dialog)
    form = dialog.newsroom
    assert form.lease.value() == 50
    assert not any(field.isEnabled() for field in form._fields())
    form.lease.setValue(10)  # what no click can do, the save still ignores
    dialog.spell_check.setChecked(False)
    dialog._save()
    kept = Settings.load()
    assert kept.lease_minutes == 50
    assert kept.spell_check is False  # this person's own setting is kept


def test_each_rule_is_listed_with_what_it_checks_in_the_ui_language(qtbot) -> None:
    dialog = PreferencesDialog(None, Settings(disabled_lint_rules=["letters.tatweel"]), ADMIN)
    qtbot.addWidget(dialog)
    item = _rule_item(dialog, "letters.tatweel")
    assert item.text().startswith("Tatweel (kashida) in running text.")
    from PySide6.QtCore import Qt

    assert item.checkState() == Qt.CheckState.Unchecked
    assert _rule_item(dialog, "length.headline").text().startswith("Headline has … characters")


def test_a_theme_applies_at_once_is_kept_and_cancel_puts_the_old_one_back(qtbot) -> None:
    app = QApplication.instance()
    light = app.palette().color(QPalette.ColorRole.Window).lightness()
    try:
        dialog = PreferencesDialog(None, Settings.load(), SARA)
        qtbot.addWidget(dialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert app.style().name().lower() == "fusion"
        dialog.reject()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
        assert not setting(SettingsKey.UI_THEME, "")
        dialog = PreferencesDialog(None, Settings.load(), SARA)
        qtbot.addWidget(dialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData("contrast"))
        dialog._save()
        assert setting(SettingsKey.UI_THEME) == "contrast"
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.Base).name() == "#000000"
        assert palette.color(QPalette.ColorRole.Text).name() == "#ffffff"
        again = PreferencesDialog(None, Settings.load(), SARA)
        qtbot.addWidget(again)
        assert again.theme.currentData() == "contrast"
    finally:
        apply_theme("light")
    assert light > 200


def test_a_new_language_offers_a_restart_and_later_keeps_the_window(qtbot, window) -> None:
    remember(SettingsKey.UI_LANGUAGE, "")
    asked: list[str] = []

    def answer_later(box: QMessageBox) -> None:
        asked.append(box.text())
        later = next(b for b in box.buttons() if b is not box.restart_button)
        later.click()

    def choose_french(dialog: PreferencesDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        when_shown(QMessageBox, answer_later)
        dialog._save()

    when_shown(PreferencesDialog, choose_french)
    edit_preferences(window, window.editors(), window.settings, SARA)
    assert setting(SettingsKey.UI_LANGUAGE) == "fr"
    assert asked and "starts again" in asked[0]
    assert window.isVisible()


def test_the_same_language_asks_nothing(qtbot, window) -> None:
    remember(SettingsKey.UI_LANGUAGE, "ar")
    dialog = PreferencesDialog(window, window.settings, SARA)
    qtbot.addWidget(dialog)
    dialog._save()
    assert not dialog.language_changed


def test_restart_closes_the_window_then_starts_the_same_command(qtbot, window, tmp_path) -> None:
    program, arguments = restart_command()
    assert program == sys.executable and arguments == sys.orig_argv[1:]
    mark = tmp_path / "started"
    script = f"open({str(mark)!r}, 'w').write('again')"
    assert restart(window, (sys.executable, ["-c", script]))
    assert not window.isVisible()
    qtbot.waitUntil(lambda: Path(mark).exists(), timeout=10000)
    assert mark.read_text() == "again"


def test_no_restart_when_the_window_stays_open(qtbot, window, tmp_path) -> None:
    editor = window.new_article()
    editor.fields.headline.setText("خبر لم يحفظ")
    mark = tmp_path / "started"

    def keep_editing(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_shown(QMessageBox, keep_editing)
    assert not restart(window, (sys.executable, ["-c", f"open({str(mark)!r}, 'w')"]))
    assert window.isVisible()
    qtbot.wait(300)
    assert not mark.exists()


def test_the_preferences_and_the_restart_question_speak_arabic(qtbot) -> None:
    from newsdesk.gui.i18n import install_translations
    from newsdesk.gui.restart import ask_restart

    app = QApplication.instance()
    assert install_translations(app, "ar")
    try:
        dialog = PreferencesDialog(None, Settings.load(), SARA)
        qtbot.addWidget(dialog)
        assert dialog.tabs.tabText(1) == "غرفة الأخبار"
        assert dialog.theme.itemText(2) == "تباين عال"
        assert dialog.newsroom.separator.itemText(2) == "فاصلة (1,234)"
        assert _rule_item(dialog, "letters.tatweel").text().startswith("تطويل")
        box = ask_restart(dialog)
        qtbot.addWidget(box)
        assert box.restart_button.text() == "أعد التشغيل الآن"
        assert box.windowTitle() == "تغيرت اللغة"
    finally:
        install_translations(app, "en")


def _lightest_ink(icon) -> int:
    image = icon.pixmap(24, 24).toImage()
    inks = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    return max(colour.lightness() for colour in inks)


def test_the_toolbar_icons_are_drawn_light_on_a_dark_theme(qtbot, window) -> None:
    from newsdesk.gui.actions import ActionName, load_icons

    save = window.named_actions[ActionName.SAVE]
    try:
        apply_theme("contrast")
        load_icons(window)
        assert _lightest_ink(save.icon()) > 200
        apply_theme("light")
        load_icons(window)
        assert _lightest_ink(save.icon()) < 128
    finally:
        apply_theme("light")


def test_a_new_start_paints_in_the_theme_kept(tmp_path) -> None:
    import os
    import subprocess

    code = (
        "from PySide6.QtGui import QPalette\n"
        "from newsdesk.app import application\n"
        "app = application()\n"
        "print(app.style().name(), app.palette().color(QPalette.ColorRole.Window).name())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}

    def start() -> str:
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        return out.stdout.strip().splitlines()[-1]

    untouched = start()
    # The application's own settings file, written as the Preferences would leave it.
    (tmp_path / "Newsdesk").mkdir()
    (tmp_path / "Newsdesk" / "Newsdesk.conf").write_text("[ui]\ntheme=dark\n")
    assert start() == "fusion #2b2b2b"
    assert untouched != "fusion #2b2b2b"


def test_an_admins_newsroom_settings_reach_a_desk_whose_own_file_says_otherwise(
    qtbot, gui_db, recovery
) -> None:
    from newsdesk.gui.mainwindow import MainWindow

    admin = MainWindow(gui_db, ADMIN, recovery=recovery)
    qtbot.addWidget(admin)
    dialog = PreferencesDialog(admin, admin.settings, ADMIN, gui_db)
    qtbot.addWidget(dialog)
    dialog.newsroom.timezone.setCurrentText("Europe/Paris")
    dialog.newsroom.lease.setValue(30)
    dialog._save()
    Settings().save()  # the reporter's desk file still has the defaults
    reporter = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(reporter)
    assert (reporter.settings.timezone, reporter.settings.lease_minutes) == ("Europe/Paris", 30)
    assert reporter.navigator.zone == "Europe/Paris"
    assert reporter.articles.lease.total_seconds() == 30 * 60
