"""Reading Newsdesk's .odt in tests: its paragraphs with their directions, its links."""

from __future__ import annotations

import io
import zipfile

from export.libreoffice import odf_paragraphs

XLINK = "{http://www.w3.org/1999/xlink}"


def _content(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("content.xml")


def odt_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """Each paragraph of the document as (text, "rtl" or "ltr"), from its own styles."""
    return odf_paragraphs(io.BytesIO(_content(data)))


def odt_links(data: bytes) -> list[str]:
    """The addresses of the document's links."""
    from lxml import etree

    root = etree.fromstring(_content(data))
    return [str(a.get(f"{XLINK}href")) for a in root.iter("{*}a")]
