"""The face PDFs are set in: Amiri, shipped by `fontpkg-amiri`, never one of the machine's fonts.

A PDF must look and copy back the same whatever fonts the machine has. Left to choose, Qt set
Arabic in whatever the machine offered first, and how a face's glyphs can be mapped back to
letters differs from face to face (Debian's Noto Naskh Arabic has lam-alef glyphs no character
reaches; Noto Sans Arabic draws letters as dotless bodies shared by several letters plus dots).
So every PDF is set in the shipped Amiri alone, which covers Arabic, Latin with its accents and
both kinds of digits, with font merging off: Qt takes no character from another font (one that
Amiri lacks prints as the missing-glyph box). Kerning is off too: Amiri's Arabic kerning opens
gaps inside words (after a zain, say) that PDF readers take for spaces (عز يز).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QRawFont,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from newsdesk.errors import NewsdeskError

# The Arabic font packages the application depends on; the desktop app registers them at
# start-up, and a PDF registers them before it is laid out.
FONT_PACKAGES = ("fontpkg_noto_sans_arabic", "fontpkg_amiri")
PDF_FAMILY = "Amiri"
PDF_PACKAGE = "fontpkg_amiri"
# Qt would otherwise take a character the face lacks from any font on the machine.
_SHIPPED_ONLY = QFont.StyleStrategy.NoFontMerging
# The face's own metrics, not ones rounded to a screen's pixels by the machine's font settings.
_UNHINTED = QFont.HintingPreference.PreferNoHinting

_registered: dict[str, list[str]] = {}


def _font_files(package: str) -> list[resources.abc.Traversable]:
    try:
        folder = resources.files(package) / "files"
    except ModuleNotFoundError:
        return []
    if not folder.is_dir():
        return []
    entries = [e for e in folder.iterdir() if e.name.lower().endswith((".ttf", ".otf"))]
    return sorted(entries, key=lambda entry: entry.name)


def register_font_packages(packages: tuple[str, ...] = FONT_PACKAGES) -> list[str]:
    """Register the font files shipped by the font packages (once each); return their families."""
    families: set[str] = set()
    for package in packages:
        for entry in _font_files(package):
            key = str(entry)
            if key not in _registered:
                font_id = QFontDatabase.addApplicationFont(key)
                _registered[key] = QFontDatabase.applicationFontFamilies(font_id)
            families.update(_registered[key])
    return sorted(families)


_STYLES = ((False, False), (True, False), (False, True), (True, True))
_pdf_family: str | None = None


def _resolved(family: str, bold: bool, italic: bool) -> QRawFont:
    font = QFont()
    font.setFamilies([family])
    font.setBold(bold)
    font.setItalic(italic)
    font.setStyleStrategy(_SHIPPED_ONLY)
    return QRawFont.fromFont(font)


def pdf_family() -> str:
    """The name Qt finds the shipped Amiri by, registered first; never a face of the machine's.

    A font of the machine's called Amiri as well makes Qt list both as "Amiri [foundry]", and a
    bare "Amiri" may then be the machine's: each name is checked against the shipped files.
    """
    global _pdf_family
    if _pdf_family is not None:
        return _pdf_family
    files = _font_files(PDF_PACKAGE)
    if not files:
        raise NewsdeskError(
            f"the font package {PDF_PACKAGE} is not installed: PDFs are set in its {PDF_FAMILY}"
        )
    register_font_packages((PDF_PACKAGE,))
    shipped = {QRawFont(entry.read_bytes(), 12).fontTable("head") for entry in files}
    names = [
        name
        for name in QFontDatabase.families()
        if name == PDF_FAMILY or name.startswith(f"{PDF_FAMILY} [")
    ]
    for name in names:
        if all(_resolved(name, *style).fontTable("head") in shipped for style in _STYLES):
            _pdf_family = name
            return name
    raise NewsdeskError(f"Qt does not find the {PDF_FAMILY} faces {PDF_PACKAGE} ships")


def pdf_font(point_size: float, bold: bool = False) -> QFont:
    """The shipped face at `point_size`, for the lines the proof draws itself (header, footer)."""
    font = QFont()
    font.setFamilies([pdf_family()])
    font.setStyleStrategy(_SHIPPED_ONLY)
    font.setKerning(False)
    font.setHintingPreference(_UNHINTED)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def use_shipped_face(document: QTextDocument) -> None:
    """Set all of the document's text, list numbers and bullets included, in the shipped face."""
    change = QTextCharFormat()
    change.setFontFamilies([pdf_family()])
    change.setFontStyleStrategy(_SHIPPED_ONLY)
    change.setFontKerning(False)
    change.setFontHintingPreference(_UNHINTED)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeCharFormat(change)
    cursor.mergeBlockCharFormat(change)
