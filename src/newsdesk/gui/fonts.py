"""Fonts that render Arabic well, shipped as dependencies and registered at start-up."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase

FONT_PACKAGES = ("fontpkg_noto_sans_arabic", "fontpkg_amiri")
ARABIC_UI_FAMILY = "Noto Sans Arabic"


def register_fonts() -> list[str]:
    """Register every font file of the font packages; return the families now available."""
    families: list[str] = []
    for package in FONT_PACKAGES:
        try:
            folder = resources.files(package) / "files"
        except ModuleNotFoundError:
            continue
        for entry in folder.iterdir():
            if entry.name.lower().endswith((".ttf", ".otf")):
                font_id = QFontDatabase.addApplicationFont(str(entry))
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def editor_font(family: str = "", size: int = 14) -> QFont:
    """The body font: the chosen family (or the Arabic family first, system font for the rest)."""
    font = QFont()
    fallback = QFont().family()
    font.setFamilies([family] if family else [ARABIC_UI_FAMILY, fallback])
    font.setPointSize(size)
    return font
