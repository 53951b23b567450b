"""The UI language: Qt translations compiled from resources/ and a mirrored layout for Arabic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from newsdesk.gui.settings_keys import SettingsKey, setting

UI_LANGUAGES = ("en", "ar", "fr")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "assets" / "translations"
_installed: list[QTranslator] = []
_current = {"language": "en"}


def chosen_ui_language() -> str:
    """The UI language from Preferences, else the system's when it is one of ours, else English."""
    stored = setting(SettingsKey.UI_LANGUAGE, "")
    if stored in UI_LANGUAGES:
        return str(stored)
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def install_translations(app: QApplication, language: str) -> bool:
    """Load Newsdesk's and Qt's own translations; mirror the layout for Arabic. True if found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current["language"] = language
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    if language == "en":
        return True
    found = False
    ours = QTranslator(app)
    if ours.load(f"newsdesk_{language}", str(TRANSLATIONS_DIR)):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_path):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return found


def current_ui_language() -> str:
    """The UI language last installed (house-style messages follow it)."""
    return _current["language"]
