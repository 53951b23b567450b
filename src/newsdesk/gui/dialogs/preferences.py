"""Preferences: UI language, editor font and size, spelling as one types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from newsdesk.gui.i18n import UI_LANGUAGES
from newsdesk.gui.settings_keys import (
    EDITOR_SIZE_DEFAULT,
    SettingsKey,
    int_setting,
    remember,
    setting,
)

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.settings import Settings

LANGUAGE_LABELS = {"en": "English", "ar": "العربية", "fr": "Français"}


def edit_preferences(
    parent: QWidget, editors: list[ArticleEditor], settings: Settings | None = None
) -> None:
    """Show the preferences; when accepted, open editors take the chosen font at once."""
    from newsdesk.gui.fonts import chosen_editor_font

    if PreferencesDialog(parent, settings).exec():
        for editor in editors:
            editor.body.setFont(chosen_editor_font())


class PreferencesDialog(QDialog):
    """Edits the settings Qt remembers for this user, and their spelling default."""

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None):
        super().__init__(parent)
        from newsdesk.settings import Settings

        self.settings = settings or Settings.load()
        self.spell_check = QCheckBox(self.tr("Check spelling as I type"))
        self.spell_check.setChecked(self.settings.spell_check)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code in UI_LANGUAGES:
            self.language.addItem(LANGUAGE_LABELS[code], code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(setting(SettingsKey.UI_LANGUAGE, "")))
        )
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
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow("", QLabel(self.tr("The interface language applies from the next start.")))
        form.addRow(self.tr("Editor font"), self.use_default_font)
        form.addRow("", self.font_family)
        form.addRow(self.tr("Editor font size"), self.font_size)
        form.addRow("", self.spell_check)
        form.addRow("", QLabel(self.tr("Articles opened from now on; View menu: this article.")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        remember(SettingsKey.UI_LANGUAGE, self.language.currentData())
        custom = not self.use_default_font.currentData()
        remember(SettingsKey.EDITOR_FONT, self.font_family.currentFont().family() if custom else "")
        remember(SettingsKey.EDITOR_SIZE, self.font_size.value())
        if self.spell_check.isChecked() != self.settings.spell_check:
            self.settings.spell_check = self.spell_check.isChecked()
            self.settings.save()
        self.accept()
