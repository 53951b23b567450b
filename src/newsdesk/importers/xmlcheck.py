"""Hostile XML refused before anything reads it: no DTD, no entity, whatever the encoding."""

from __future__ import annotations

import codecs
import re

from lxml import etree

DTD = "dtd"
_DECLARATION = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# How an XML document's first bytes name its encoding when it has no byte-order mark.
_UNMARKED: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)


def hardened_parser() -> etree.XMLParser:
    """A parser that expands no entity, loads no DTD and fetches nothing."""
    # An entity bomb or an external entity stays inert text instead of memory or a request.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
    )


def xml_problem(data: bytes) -> str | None:
    """None for well-formed XML without a DTD; `DTD`, or the parser's complaint, otherwise."""
    try:
        tree = etree.fromstring(data, hardened_parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        # libxml2 may stop an entity bomb itself (amplification limit); the DTD is the reason.
        return DTD if declares_dtd(data) else str(exc)
    docinfo = tree.docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        return DTD
    return None


def declares_dtd(data: bytes) -> bool:
    """Whether the document's text, decoded as XML says it is encoded, declares a DTD."""
    return bool(_DECLARATION.search(_decoded(data)))


def _decoded(data: bytes) -> str:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    for start, codec in _UNMARKED:
        if data.startswith(start):
            return data.decode(codec, errors="replace")
    return data.decode("utf-8", errors="replace")
