"""The .odt package around the text: styles, metadata, manifest and fixed zip bytes."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape, quoteattr

from newsdesk.export.bundle_zip import FILE_MODE, UNIX, ZIP_TIME
from newsdesk.export.entry_bytes import stored_or_deflated
from newsdesk.export.properties import DocumentProperties
from newsdesk.export.word_package import ARABIC_FONT, latin_language
from newsdesk.timeutil import as_utc

MIMETYPE = "application/vnd.oasis.opendocument.text"
NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
_DECLARATIONS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())
# The common paragraph styles the body's automatic styles build on, with what each sets.
_HEADINGS = "".join(
    f'<style:style style:name="Heading_20_{n}" style:display-name="Heading {n}" '
    f'style:family="paragraph" style:parent-style-name="Heading" '
    f'style:default-outline-level="{n}"><style:text-properties fo:font-size="{size}%" '
    f'style:font-size-complex="{size}%"/></style:style>'
    for n, size in ((1, 130), (2, 115), (3, 101), (4, 95), (5, 85), (6, 85), (7, 80))
)
_COMMON_STYLES = (
    '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
    '<style:paragraph-properties fo:margin-bottom="0.2cm"/></style:style>'
    '<style:style style:name="Heading" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="text">'
    # No bold here: a reader would take it for a bold mark over every heading's words.
    '<style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/>'
    "</style:style>"
    f"{_HEADINGS}"
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" '
    'style:class="chapter"><style:text-properties fo:font-size="170%" '
    'style:font-size-complex="170%"/></style:style>'
    '<style:style style:name="Subtitle" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="chapter"><style:text-properties '
    'fo:font-size="115%" style:font-size-complex="115%"/></style:style>'
    '<style:style style:name="Quotations" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="html"><style:paragraph-properties '
    'fo:margin-left="1cm" fo:margin-right="1cm"/></style:style>'
    '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" '
    'style:family="paragraph" style:parent-style-name="Standard" style:class="list"/>'
    '<style:style style:name="Caption" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="extra"><style:text-properties '
    'fo:font-size="90%" style:font-size-complex="90%" fo:font-style="italic" '
    'style:font-style-complex="italic"/></style:style>'
    '<style:style style:name="Internet_20_link" style:display-name="Internet link" '
    'style:family="text"><style:text-properties fo:color="#0563c1" '
    'style:text-underline-style="solid" style:text-underline-width="auto" '
    'style:text-underline-color="font-color"/></style:style>'
)


def styles_xml(language: str) -> bytes:
    """The common styles: languages and the Arabic face by default, A4 pages, the body's styles."""
    latin, _, country = latin_language(language).partition("-")
    defaults = (
        '<style:default-style style:family="paragraph"><style:text-properties '
        f'style:font-name-complex={quoteattr(ARABIC_FONT)} fo:language="{latin}" '
        f'fo:country="{country}" style:language-complex="ar" style:country-complex="MA"/>'
        "</style:default-style>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-styles {_DECLARATIONS} office:version="1.3">'
        f"<office:font-face-decls><style:font-face style:name={quoteattr(ARABIC_FONT)} "
        f'svg:font-family="&apos;{escape(ARABIC_FONT)}&apos;"/></office:font-face-decls>'
        f"<office:styles>{defaults}{_COMMON_STYLES}</office:styles>"
        '<office:automatic-styles><style:page-layout style:name="pm1">'
        '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" fo:margin-left="2.5cm" '
        'fo:margin-right="2.5cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" '
        'style:page-layout-name="pm1"/></office:master-styles>'
        "</office:document-styles>"
    ).encode()


def meta_xml(properties: DocumentProperties) -> bytes:
    """The document's title, author, keywords, language, editing cycles and the article's times."""
    p = properties
    words = "".join(f"<meta:keyword>{escape(word)}</meta:keyword>" for word in p.keywords)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-meta {_DECLARATIONS} office:version="1.3"><office:meta>'
        "<meta:generator>Newsdesk</meta:generator>"
        f"<dc:title>{escape(p.title)}</dc:title>"
        f"<meta:initial-creator>{escape(p.author)}</meta:initial-creator>"
        f"<dc:creator>{escape(p.author)}</dc:creator>"
        f"<meta:creation-date>{_time(p.created)}</meta:creation-date>"
        f"<dc:date>{_time(p.modified)}</dc:date>"
        f"<dc:language>{escape(p.language)}</dc:language>"
        f"<meta:editing-cycles>{max(p.version, 1)}</meta:editing-cycles>{words}"
        "</office:meta></office:document-meta>"
    ).encode()


def _time(moment: datetime) -> str:
    return as_utc(moment).replace(tzinfo=None, microsecond=0).isoformat()


def manifest_xml(pictures: dict[str, str]) -> bytes:
    """The package's manifest: its parts, and each picture (path -> media type)."""
    manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    entries = [("/", MIMETYPE), ("content.xml", "text/xml"), ("styles.xml", "text/xml")]
    entries += [("meta.xml", "text/xml"), *sorted(pictures.items())]
    listed = "".join(
        f'<manifest:file-entry manifest:full-path="{escape(path)}" '
        f'manifest:media-type="{escape(kind)}"'
        + (' manifest:version="1.3"' if path == "/" else "")
        + "/>"
        for path, kind in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<manifest:manifest xmlns:manifest="{manifest}" manifest:version="1.3">{listed}'
        "</manifest:manifest>"
    ).encode()


def package(parts: list[tuple[str, bytes]]) -> bytes:
    """The zip: `mimetype` first and stored, as ODF asks; every entry at the same time and mode."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path, data in [("mimetype", MIMETYPE.encode()), *parts]:
            info = zipfile.ZipInfo(path, date_time=ZIP_TIME)
            stored = path == "mimetype"
            info.compress_type = zipfile.ZIP_STORED if stored else stored_or_deflated(path)
            info.external_attr = FILE_MODE
            info.create_system = UNIX
            archive.writestr(info, data)
    return out.getvalue()
