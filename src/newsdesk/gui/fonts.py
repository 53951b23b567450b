"""Fonts that render Arabic well, shipped as dependencies and registered at start-up."""

from __future__ import annotations

from PySide6.QtGui import QFont

from newsdesk.gui.settings_keys import (
    EDITOR_MIN_POINTS,
    EDITOR_SIZE_DEFAULT,
    SettingsKey,
    int_setting,
    setting,
)
from newsdesk.render.pdf.fonts import register_font_packages

ARABIC_UI_FAMILY = "Noto Sans Arabic"


def register_fonts() -> list[str]:
    """Register the shipped font packages (the same ones the PDF proof uses)."""
    return register_font_packages()


def editor_font(family: str = "", size: int = EDITOR_SIZE_DEFAULT) -> QFont:
    """The body font: the chosen family (or the Arabic family first, system font for the rest)."""
    font = QFont()
    fallback = QFont().family()
    font.setFamilies([family] if family else [ARABIC_UI_FAMILY, fallback])
    font.setPointSize(size)
    return font


def chosen_editor_font() -> QFont:
    """The body font chosen in Preferences, zoomed as View → Zoom left it."""
    family = str(setting(SettingsKey.EDITOR_FONT, ""))
    size = int_setting(SettingsKey.EDITOR_SIZE, EDITOR_SIZE_DEFAULT)
    return editor_font(
        family, max(EDITOR_MIN_POINTS, size + int_setting(SettingsKey.EDITOR_ZOOM, 0))
    )
