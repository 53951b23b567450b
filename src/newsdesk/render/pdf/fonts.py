"""The faces PDFs are set in: the shipped Arabic font packages, and the faces that copy back as text."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QTextCharFormat, QTextCursor, QTextDocument

from newsdesk.render.pdf.runs import select_run, text_runs

# The header is set in faces whose Arabic glyphs map back to letters, so a proof's headline
# and status can be searched and copied from the PDF.
UI_FAMILIES = ["Noto Sans", "DejaVu Sans", "Amiri"]
# Faces whose shaped Arabic glyphs (dotless bodies plus separate dots) cannot be mapped back to
# letters: a PDF set in them copies and searches as garbage, so the proof skips to the next face.
UNMAPPABLE_FAMILIES = frozenset({"Noto Sans Arabic", "Noto Kufi Arabic"})
# The Arabic font packages the application depends on; the desktop app registers them at
# start-up, and a proof made from the command line registers them here.
FONT_PACKAGES = ("fontpkg_noto_sans_arabic", "fontpkg_amiri")


def register_font_packages(packages: tuple[str, ...] = FONT_PACKAGES) -> list[str]:
    """Register the font files shipped by the font packages; return the families added."""
    families: set[str] = set()
    for package in packages:
        try:
            folder = resources.files(package) / "files"
        except ModuleNotFoundError:
            continue
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if entry.name.lower().endswith((".ttf", ".otf")):
                font_id = QFontDatabase.addApplicationFont(str(entry))
                families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def ui_font(point_size: float, bold: bool = False) -> QFont:
    """A face for the proof's own lines (header, footer) that copies back as text."""
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def use_mappable_fonts(document: QTextDocument) -> None:
    """Drop the faces whose glyphs cannot be copied back as letters from every run."""
    cursor = QTextCursor(document)
    for position, length, fmt in text_runs(document):
        families = fmt.fontFamilies() or []
        if any(family in UNMAPPABLE_FAMILIES for family in families):
            change = QTextCharFormat()
            change.setFontFamilies([f for f in families if f not in UNMAPPABLE_FAMILIES])
            select_run(cursor, position, length).mergeCharFormat(change)
