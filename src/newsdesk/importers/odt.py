"""OpenDocument text (.odt, and flat .fodt): checked like .docx, read with a hardened lxml parser."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from newsdesk.domain.document import Block, BlockKind, Mark, MarkKind
from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import (
    COMMENT,
    NOTE,
    OBJECT,
    ImportedArticle,
    SourceFile,
    build_article,
)
from newsdesk.importers.figures import ReadParagraph, arrange
from newsdesk.importers.marks import stripped_block
from newsdesk.importers.odtpictures import (
    PartReader,
    caption_text,
    is_object,
    paragraph_pictures,
    picture_count,
)
from newsdesk.importers.odtstyles import Styles, TextStyle
from newsdesk.importers.package import check_zip_package, read_part
from newsdesk.importers.pictures import PictureTaker
from newsdesk.importers.xmlcheck import DTD, hardened_parser, xml_problem
from newsdesk.render.safety import clean_text, safe_link
from newsdesk.text.direction import strong_counts

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
XLINK = "http://www.w3.org/1999/xlink"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
DC = "http://purl.org/dc/elements/1.1/"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_SPACES = re.compile(r"[ \t\r\n]+")
_QUOTE_STYLES = frozenset({"quotations", "block quotation", "quote", "intense quote"})
# Containers whose paragraphs are the document's: sections, tables and their parts.
_CONTAINERS = frozenset(
    {
        f"{{{TEXT}}}section",
        f"{{{TABLE}}}table",
        f"{{{TABLE}}}table-row",
        f"{{{TABLE}}}table-rows",
        f"{{{TABLE}}}table-header-rows",
        f"{{{TABLE}}}table-cell",
    }
)
# Inline content that is not the paragraph's text: notes, comments, frames (pictures).
_SKIPPED_INLINE = frozenset(
    {
        f"{{{TEXT}}}note",
        f"{{{OFFICE}}}annotation",
        f"{{{OFFICE}}}annotation-end",
        f"{{{DRAW}}}frame",
    }
)


def import_odt(source: SourceFile) -> ImportedArticle:
    """A .odt file: the first heading or Title paragraph is the headline; direction per paragraph."""
    check_zip_package(source.data, source.name, "an OpenDocument text", ".odt", "content.xml")
    mimetype = read_part(source.data, source.name, "mimetype")
    if mimetype is not None and mimetype.strip() != ODT_MIMETYPE:
        raise InvalidInputError(
            f"{source.name} is not an OpenDocument text (it is {mimetype[:80]!r})"
        )
    content = _parse(read_part(source.data, source.name, "content.xml") or b"", source.name)
    styles_part = read_part(source.data, source.name, "styles.xml")
    common = _parse(styles_part, source.name) if styles_part else None
    meta_part = read_part(source.data, source.name, "meta.xml")
    meta = _parse(meta_part, source.name) if meta_part else None

    def picture_part(name: str) -> bytes | None:
        try:
            return read_part(source.data, source.name, name)
        except InvalidInputError:
            return None  # a damaged picture is listed; the text still comes in

    return _article(source.name, content, Styles(common, content), meta, picture_part)


def import_fodt(source: SourceFile) -> ImportedArticle:
    """A flat OpenDocument text (.fodt): one XML file, refused with a DTD like every XML part."""
    problem = xml_problem(source.data)
    if problem is not None:
        what = "an XML document type declaration; refused" if problem == DTD else problem
        raise InvalidInputError(f"{source.name} is not a readable OpenDocument text ({what})")
    document = _parse(source.data, source.name)
    return _article(source.name, document, Styles(document, document), document, lambda _name: None)


def _parse(data: bytes, name: str) -> etree._Element:
    try:
        return etree.fromstring(data, hardened_parser())
    except etree.XMLSyntaxError as exc:
        raise InvalidInputError(f"{name} is damaged (its XML does not parse: {exc})") from exc


def _article(
    name: str,
    content: etree._Element,
    styles: Styles,
    meta: etree._Element | None,
    read: PartReader,
) -> ImportedArticle:
    body = content.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise InvalidInputError(f"{name} is not an OpenDocument text (it has no text body)")
    taker = PictureTaker(name)
    headline, blocks = _blocks(body, styles, read, taker, name)
    title = meta.findtext(f".//{{{DC}}}title") if meta is not None else None
    return build_article(
        dropped={**_dropped(body), **taker.left_out, **taker.unseen(picture_count(body))},
        kind="odt",
        headline=headline or clean_text(title or "").strip(),
        blocks=blocks,
        source_name=name,
        pictures=taker.pictures,
    )


def _blocks(
    body: etree._Element, styles: Styles, read: PartReader, taker: PictureTaker, name: str
) -> tuple[str, list[Block]]:
    """The headline and the body's blocks, pictures among them with their captions."""

    def direction_of(element: etree._Element) -> str:
        return styles.direction(element.get(f"{{{TEXT}}}style-name", ""))

    def paragraph(element: etree._Element, in_list: bool) -> ReadParagraph:
        block = _block(element, in_list, styles)
        names = styles.names(element.get(f"{{{TEXT}}}style-name", ""))
        return ReadParagraph(
            block,
            direction_of(element),
            paragraph_pictures(element, read, taker, direction_of),
            may_be_headline=block is not None and block.kind == BlockKind.HEADING,
            is_caption=lambda: "caption" in (n.lower() for n in names),
            caption=lambda: caption_text(element),
        )

    return arrange((paragraph(e, in_list) for e, in_list in _paragraphs(body)), name)


def _dropped(body: etree._Element) -> dict[str, int]:
    """Notes, comments and other objects in the body, none of which the article holds."""
    shapes = [
        frame
        for frame in body.iter(f"{{{DRAW}}}frame")
        # A caption frame's picture is counted with its frame; pictures are taken as read.
        if not any(a.tag == f"{{{DRAW}}}frame" for a in frame.iterancestors())
    ]
    return {
        NOTE: sum(1 for _ in body.iter(f"{{{TEXT}}}note")),
        COMMENT: sum(1 for _ in body.iter(f"{{{OFFICE}}}annotation")),
        OBJECT: sum(1 for frame in shapes if is_object(frame)),
    }


def _paragraphs(
    parent: etree._Element, in_list: bool = False
) -> Iterator[tuple[etree._Element, bool]]:
    """Every paragraph and heading in document order, with whether it sits in a list."""
    for child in parent:
        tag = child.tag
        if tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
            yield child, in_list
        elif tag in (f"{{{TEXT}}}list", f"{{{TEXT}}}list-item", f"{{{TEXT}}}list-header"):
            yield from _paragraphs(child, True)
        elif tag in _CONTAINERS:
            yield from _paragraphs(child, in_list)


@dataclass
class _Collector:
    """A paragraph's text and marks as they are read, spaces collapsed as ODF says."""

    rtl_paragraph: bool
    parts: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    length: int = 0
    space_before: bool = True  # leading spaces of a paragraph are dropped

    def text(self, raw: str, style: TextStyle) -> None:
        text = _SPACES.sub(" ", clean_text(raw))
        if self.space_before and text.startswith(" "):
            text = text[1:]
        if text:
            self.add(text, style)
            self.space_before = text.endswith(" ")

    def add(self, text: str, style: TextStyle) -> None:
        end = self.length + len(text)
        rtl, ltr = strong_counts(text)
        complex_script = rtl > 0 or (ltr == 0 and self.rtl_paragraph)
        if style.bold(complex_script):
            self.marks.append(Mark(MarkKind.BOLD, self.length, end))
        if style.italic(complex_script):
            self.marks.append(Mark(MarkKind.ITALIC, self.length, end))
        self.parts.append(text)
        self.length = end


def _block(element: etree._Element, in_list: bool, styles: Styles) -> Block | None:
    style_name = element.get(f"{{{TEXT}}}style-name", "")
    direction = styles.direction(style_name)
    plain = _SPACES.sub(" ", "".join(element.itertext()))
    rtl, ltr = strong_counts(plain)
    collector = _Collector(direction == "rtl" or (direction == "auto" and rtl > ltr))
    _inline(element, styles.text_style(style_name, "paragraph"), styles, collector)
    kind, level = _kind(element, in_list, styles.names(style_name))
    return stripped_block(kind, "".join(collector.parts), collector.marks, direction, level)


def _inline(element: etree._Element, style: TextStyle, styles: Styles, out: _Collector) -> None:
    if element.text:
        out.text(element.text, style)
    for child in element:
        tag = child.tag
        if tag == f"{{{TEXT}}}s":
            count = _count(child.get(f"{{{TEXT}}}c"))
            out.add(" " * count, style)
            out.space_before = True
        elif tag in (f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"):
            out.add(" ", style)
            out.space_before = True
        elif tag in _SKIPPED_INLINE or not isinstance(tag, str):
            pass
        elif tag == f"{{{TEXT}}}a":
            start = out.length
            _inline(child, style, styles, out)
            href = safe_link(child.get(f"{{{XLINK}}}href"))
            if href and out.length > start:
                out.marks.append(Mark(MarkKind.LINK, start, out.length, href))
        else:
            # Spans, fields (dates, page numbers) and anything else: their text, their style.
            name = child.get(f"{{{TEXT}}}style-name")
            inner = style.under(styles.text_style(name, "text")) if name else style
            _inline(child, inner, styles, out)
        if child.tail:
            out.text(child.tail, style)


def _count(value: str | None) -> int:
    try:
        return min(max(int(value or "1"), 1), 100)
    except ValueError:
        return 1


def _kind(element: etree._Element, in_list: bool, names: list[str]) -> tuple[BlockKind, int]:
    lowered = [name.lower() for name in names]
    if element.tag == f"{{{TEXT}}}h" or "title" in lowered:
        # As in .docx: the first heading is the headline, and Heading 2 is the body's level 1.
        level = _count(element.get(f"{{{TEXT}}}outline-level")) if "title" not in lowered else 1
        return BlockKind.HEADING, min(max(level - 1, 1), 6)
    if any(name in _QUOTE_STYLES for name in lowered):
        return BlockKind.QUOTE, 0
    if in_list:
        return BlockKind.LIST_ITEM, 0
    return BlockKind.PARAGRAPH, 0
