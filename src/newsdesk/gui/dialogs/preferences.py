"""Preferences: this desk's language, theme, font and spelling; the newsroom's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsdesk.gui.i18n import UI_LANGUAGES, current_ui_language
from newsdesk.gui.settings_keys import (
    EDITOR_SIZE_DEFAULT,
    SettingsKey,
    int_setting,
    remember,
    setting,
)
from newsdesk.gui.theme import THEMES, apply_theme, choose_theme, chosen_theme

if TYPE_CHECKING:
    from newsdesk.domain.people import Person
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.settings import Settings
    from newsdesk.storage.engine import Database

LANGUAGE_LABELS = {"en": "English", "ar": "العربية", "fr": "Français"}


def edit_preferences(
    parent: QWidget,
    editors: list[ArticleEditor],
    settings: Settings | None = None,
    person: Person | None = None,
    db: Database | None = None,
) -> None:
    """Show the preferences; when accepted, editors take the font and a new language may restart."""
    from newsdesk.gui.actions import load_icons
    from newsdesk.gui.fonts import chosen_editor_font
    from newsdesk.gui.restart import offer_restart

    dialog = PreferencesDialog(parent, settings, person, db)
    accepted = dialog.exec()
    load_icons(parent.window())  # drawn again in the colours of the theme now shown
    if accepted:
        for editor in editors:
            editor.body.setFont(chosen_editor_font())
        if dialog.language_changed:
            offer_restart(parent.window())


class PreferencesDialog(QDialog):
    """Edits this person's settings, and the newsroom's when their role allows it."""

    def __init__(
        self,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        person: Person | None = None,
        db: Database | None = None,
    ):
        super().__init__(parent)
        from newsdesk.gui.dialogs.newsroom_form import NewsroomForm
        from newsdesk.services.newsroom_settings import may_change_newsroom_settings
        from newsdesk.settings import Settings

        self.settings = settings or Settings.load()
        self.person = person
        self.db = db  # where the newsroom's settings are shared, when a database is open
        self.language_changed = False
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._desk_page(), self.tr("This desk"))
        self.newsroom = NewsroomForm(
            self.settings, may_change_newsroom_settings(person), current_ui_language()
        )
        self.tabs.addTab(self.newsroom, self.tr("Newsroom"))
        self.tabs.addTab(self.newsroom.house_style, self.tr("House style"))
        self.resize(680, 600)  # the rules read on one line each; fits a 1280×720 screen
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _desk_page(self) -> QWidget:
        page = QWidget()
        self.spell_check = QCheckBox(self.tr("Check spelling as I type"))
        self.spell_check.setChecked(self.settings.spell_check)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code in UI_LANGUAGES:
            self.language.addItem(LANGUAGE_LABELS[code], code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(setting(SettingsKey.UI_LANGUAGE, "")))
        )
        self._theme_before = chosen_theme()
        self.theme = QComboBox()
        for key, name in THEMES.items():
            self.theme.addItem(QCoreApplication.translate("Theme", str(name)), key)
        self.theme.setCurrentIndex(self.theme.findData(self._theme_before))
        # The whole window takes the theme as it is picked; Cancel puts the old one back.
        self.theme.currentIndexChanged.connect(lambda: apply_theme(self.theme.currentData()))
        self.font_family = QFontComboBox()
        family = str(setting(SettingsKey.EDITOR_FONT, ""))
        if family:
            self.font_family.setCurrentFont(QFont(family))
        self.use_default_font = QComboBox()
        self.use_default_font.addItem(self.tr("Newsdesk default (Noto Sans Arabic)"), True)
        self.use_default_font.addItem(self.tr("The font chosen below"), False)
        self.use_default_font.setCurrentIndex(0 if not family else 1)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 40)
        self.font_size.setValue(int_setting(SettingsKey.EDITOR_SIZE, EDITOR_SIZE_DEFAULT))
        form = QFormLayout(page)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow("", QLabel(self.tr("The interface language applies from the next start.")))
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Editor font"), self.use_default_font)
        form.addRow("", self.font_family)
        form.addRow(self.tr("Editor font size"), self.font_size)
        form.addRow("", self.spell_check)
        form.addRow("", QLabel(self.tr("Articles opened from now on; View menu: this article.")))
        return page

    def reject(self) -> None:
        """Close without keeping anything, putting back the theme shown before."""
        if self.theme.currentData() != self._theme_before:
            apply_theme(self._theme_before)
        super().reject()

    def _save(self) -> None:
        from newsdesk.errors import NewsdeskError
        from newsdesk.services.newsroom_settings import save_newsroom_settings

        language = self.language.currentData()
        self.language_changed = language != setting(SettingsKey.UI_LANGUAGE, "")
        remember(SettingsKey.UI_LANGUAGE, language)
        custom = not self.use_default_font.currentData()
        remember(SettingsKey.EDITOR_FONT, self.font_family.currentFont().family() if custom else "")
        remember(SettingsKey.EDITOR_SIZE, self.font_size.value())
        choose_theme(self.theme.currentData())
        # The file is written only when something in it changed: it may have been edited since.
        spelling_changed = self.spell_check.isChecked() != self.settings.spell_check
        self.settings.spell_check = self.spell_check.isChecked()
        try:
            if self.newsroom.editable:
                changes = self.newsroom.changes()
                save_newsroom_settings(self.person, self.settings, changes, db=self.db)
            elif spelling_changed:
                self.settings.save()
        except (NewsdeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Preferences not saved"), str(exc))
            return
        self.accept()
