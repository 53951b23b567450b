"""The window theme everyone chooses: light, dark or high contrast, on Qt's Fusion style."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from newsdesk.gui.settings_keys import SettingsKey, remember, setting

R = QPalette.ColorRole
# Theme id → its name in the Preferences (translated in the "Theme" context).
THEMES = {
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
    "contrast": QT_TRANSLATE_NOOP("Theme", "High contrast"),
}
_COLOURS: dict[str, dict[QPalette.ColorRole, str]] = {
    "dark": {
        R.Window: "#2b2b2b",
        R.WindowText: "#e8e8e8",
        R.Base: "#1e1e1e",
        R.AlternateBase: "#333333",
        R.Text: "#e8e8e8",
        R.Button: "#3a3a3a",
        R.ButtonText: "#e8e8e8",
        R.Highlight: "#3d6fb4",
        R.HighlightedText: "#ffffff",
        R.ToolTipBase: "#3a3a3a",
        R.ToolTipText: "#e8e8e8",
        R.PlaceholderText: "#9a9a9a",
        R.Link: "#8ab4f8",
    },
    # Black and white with yellow selection: well past WCAG's 7:1 for every text role.
    "contrast": {
        R.Window: "#000000",
        R.WindowText: "#ffffff",
        R.Base: "#000000",
        R.AlternateBase: "#1a1a1a",
        R.Text: "#ffffff",
        R.Button: "#000000",
        R.ButtonText: "#ffffff",
        R.Highlight: "#ffff00",
        R.HighlightedText: "#000000",
        R.ToolTipBase: "#000000",
        R.ToolTipText: "#ffffff",
        R.PlaceholderText: "#c0c0c0",
        R.Link: "#00ffff",
    },
}


def chosen_theme() -> str:
    """The theme this person chose (light when none or an unknown one is kept)."""
    stored = str(setting(SettingsKey.UI_THEME, "light") or "light")
    return stored if stored in THEMES else "light"


def theme_palette(theme: str) -> QPalette:
    """The palette of a theme on the Fusion style."""
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette())
    for role, colour in _COLOURS.get(theme, {}).items():
        palette.setColor(role, QColor(colour))
    # Disabled text stays readable but visibly dimmer than enabled text.
    if theme in _COLOURS:
        dim = QColor(_COLOURS[theme][R.Text]).darker(160)
        for role in (R.Text, R.WindowText, R.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, dim)
    return palette


def apply_theme(theme: str, app: QApplication | None = None) -> None:
    """Paint the whole application in `theme` at once (Fusion style, that theme's palette)."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return
    app.setStyle("Fusion")
    app.setPalette(theme_palette(theme))


def choose_theme(theme: str) -> None:
    """Apply `theme` now and keep it for the next start."""
    apply_theme(theme)
    remember(SettingsKey.UI_THEME, theme)
