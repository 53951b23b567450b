"""The .docx package around the body: document defaults, core properties, fixed zip bytes."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from newsdesk.export.bundle_zip import FILE_MODE, UNIX, ZIP_TIME
from newsdesk.export.entry_bytes import stored_or_deflated
from newsdesk.export.properties import DocumentProperties
from newsdesk.timeutil import as_utc

# The face right-to-left runs are set in: the renderer's first Arabic family.
ARABIC_FONT = "Noto Naskh Arabic"
# Right-to-left runs are Moroccan Arabic; Latin runs are the article's language, or French.
BIDI_LANGUAGE = "ar-MA"
LATIN_LANGUAGES = {"fr": "fr-MA", "en": "en-GB"}
DEFAULT_LATIN = "fr-MA"


def latin_language(language: str) -> str:
    """The language tag Word gives the article's left-to-right runs."""
    return LATIN_LANGUAGES.get(language.split("-")[0].lower(), DEFAULT_LATIN)


def set_document_defaults(document: Any, language: str) -> None:
    """Every run's default languages and complex-script face, in the styles part."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_default = defaults.find(qn("w:rPrDefault"))
    if run_default is None:
        run_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_default)
    r_pr = run_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        run_default.append(r_pr)
    fonts = r_pr.get_or_add_rFonts()
    fonts.attrib.pop(qn("w:cstheme"), None)  # a theme face would win over the named one
    fonts.set(qn("w:cs"), ARABIC_FONT)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)  # last of what a default run's properties hold
    lang.set(qn("w:val"), latin_language(language))
    lang.set(qn("w:bidi"), BIDI_LANGUAGE)


def set_core_properties(document: Any, properties: DocumentProperties) -> None:
    """The document's title, author, keywords, language, revision and the article's times."""
    core = document.core_properties
    core.title = properties.title
    core.author = properties.author
    core.last_modified_by = properties.author
    core.keywords = ", ".join(properties.keywords)
    core.language = properties.language
    core.revision = max(properties.version, 1)
    core.created = as_utc(properties.created).replace(tzinfo=None)
    core.modified = as_utc(properties.modified).replace(tzinfo=None)
    core.comments = ""


def fixed_package(document: Any) -> bytes:
    """The document's package with every entry at the same time and mode, in written order.

    python-docx stamps each zip entry with the current time, so two saves of one article
    would differ; the entries are written again as the bundle writes its own.
    """
    saved = io.BytesIO()
    document.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME)
            info.compress_type = stored_or_deflated(entry.filename)
            info.external_attr = FILE_MODE
            info.create_system = UNIX
            target.writestr(info, source.read(entry))
    return out.getvalue()


# Parts of python-docx's template that would say something else than the document: the preview
# picture of an empty page, and Word 2010's copy of the styles, which Word 2010 reads instead of
# the styles part and which would not carry the document's languages and Arabic face.
_STALE_PARTS = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail",
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
)


def drop_stale_parts(document: Any) -> None:
    """Leave out the template's parts that describe another document than this one."""
    for rels in (document.part.package.rels, document.part.rels):
        for r_id in [r_id for r_id, rel in rels.items() if rel.reltype in _STALE_PARTS]:
            del rels[r_id]


def set_a4(document: Any) -> None:
    """A4 pages with 2.5 cm margins, as the PDF proof."""
    from docx.shared import Mm

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
