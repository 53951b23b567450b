"""OpenDocument text (.odt): the article as LibreOffice opens it, each paragraph in its own direction.

Every paragraph has an automatic style that states its writing mode (`rl-tb` or `lr-tb`),
resolved by the same rule as the editor; bold and italic are set for every script
(`fo:font-weight` and `style:font-weight-complex`), as Writer's own buttons set them. Written
in-process with lxml: no LibreOffice at run time. The bytes depend on the article alone.
"""

from __future__ import annotations

import re

from lxml import etree

from newsdesk.domain.article import Article
from newsdesk.domain.document import Block, BlockKind, marked_pieces
from newsdesk.export.base import Exporter
from newsdesk.export.media import MediaTable
from newsdesk.export.odt_package import (
    MIMETYPE,
    NAMESPACES,
    manifest_xml,
    meta_xml,
    package,
    styles_xml,
)
from newsdesk.export.prepared import prepare
from newsdesk.export.properties import DocumentProperties
from newsdesk.export.word import CREDIT_SEPARATOR
from newsdesk.export.word_runs import word_text
from newsdesk.render.safety import safe_link
from newsdesk.text.direction import Direction

_SPACES = re.compile(r" {2,}")
_PARENTS = {
    BlockKind.PARAGRAPH: "Standard",
    BlockKind.QUOTE: "Quotations",
    BlockKind.LIST_ITEM: "List_20_Paragraph",
}
_WIDTH_CM = 16.0  # the A4 page's room between its margins
_PIXEL_CM = 2.54 / 96


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


class _Content:
    """content.xml as it is written: automatic styles made as paragraphs ask for them."""

    def __init__(self) -> None:
        self.root = etree.Element(_q("office:document-content"), nsmap=NAMESPACES)
        self.root.set(_q("office:version"), "1.3")
        self.styles = etree.SubElement(self.root, _q("office:automatic-styles"))
        body = etree.SubElement(self.root, _q("office:body"))
        self.text = etree.SubElement(body, _q("office:text"))
        self._paragraph_styles: dict[tuple[str, Direction, bool], str] = {}
        self._text_styles: dict[tuple[bool, bool], str] = {}
        self.list: etree._Element | None = None
        self.pictures: dict[str, str] = {}  # Pictures/… -> media type

    def paragraph_style(self, parent: str, direction: Direction, centred: bool = False) -> str:
        """The automatic style of a paragraph of `parent` style in `direction`."""
        key = (parent, direction, centred)
        if key not in self._paragraph_styles:
            name = f"P{len(self._paragraph_styles) + 1}"
            style = etree.SubElement(self.styles, _q("style:style"))
            style.set(_q("style:name"), name)
            style.set(_q("style:family"), "paragraph")
            style.set(_q("style:parent-style-name"), parent)
            props = etree.SubElement(style, _q("style:paragraph-properties"))
            props.set(_q("style:writing-mode"), "rl-tb" if direction == "rtl" else "lr-tb")
            props.set(_q("fo:text-align"), "center" if centred else "start")
            self._paragraph_styles[key] = name
        return self._paragraph_styles[key]

    def text_style(self, bold: bool, italic: bool) -> str:
        """The automatic style of a run in bold and/or italic, for every script."""
        key = (bold, italic)
        if key not in self._text_styles:
            name = f"T{len(self._text_styles) + 1}"
            style = etree.SubElement(self.styles, _q("style:style"))
            style.set(_q("style:name"), name)
            style.set(_q("style:family"), "text")
            props = etree.SubElement(style, _q("style:text-properties"))
            for suffix in ("", "-asian", "-complex"):
                namespace = "fo" if not suffix else "style"
                if bold:
                    props.set(_q(f"{namespace}:font-weight{suffix}"), "bold")
                if italic:
                    props.set(_q(f"{namespace}:font-style{suffix}"), "italic")
            self._text_styles[key] = name
        return self._text_styles[key]

    def paragraph(
        self,
        text: str,
        direction: Direction,
        parent: str = "Standard",
        *,
        marks: Block | None = None,
        heading: int = 0,
        in_list: bool = False,
        bold: bool = False,
        italic: bool = False,
    ) -> etree._Element:
        """A paragraph (or heading) with its runs, added to the body or to the open list."""
        if in_list:
            if self.list is None:
                self.list = etree.SubElement(self.text, _q("text:list"))
            holder = etree.SubElement(self.list, _q("text:list-item"))
        else:
            self.list = None
            holder = self.text
        element = etree.SubElement(holder, _q("text:h" if heading else "text:p"))
        element.set(_q("text:style-name"), self.paragraph_style(parent, direction))
        if heading:
            element.set(_q("text:outline-level"), str(heading))
        pieces = marked_pieces(text, marks.marks if marks is not None else ())
        for piece in pieces:
            target = element
            href = safe_link(piece.href) if piece.href else None
            if href:
                target = etree.SubElement(element, _q("text:a"))
                target.set(_q("xlink:type"), "simple")
                target.set(_q("xlink:href"), href)
            if piece.bold or piece.italic or bold or italic:
                target = etree.SubElement(target, _q("text:span"))
                style = self.text_style(piece.bold or bold, piece.italic or italic)
                target.set(_q("text:style-name"), style)
            _add_text(target, word_text(piece.text))
        return element


def _add_text(element: etree._Element, text: str) -> None:
    """Text into an element, runs of spaces kept as text:s (ODF folds white space)."""
    position = 0
    last: etree._Element | None = element[-1] if len(element) else None

    def put(chunk: str) -> None:
        if last is None:
            element.text = (element.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk

    for match in _SPACES.finditer(text):
        put(text[position : match.start()] + " ")
        last = etree.SubElement(element, _q("text:s"))
        last.set(_q("text:c"), str(len(match.group()) - 1))
        position = match.end()
    put(text[position:])


class OdtExporter(Exporter):
    """Headline, standfirst, byline, date line and body as an OpenDocument text."""

    name = "odt"
    filename = "article.odt"
    media_type = MIMETYPE
    description = "OpenDocument text (.odt), each paragraph in its own direction"

    def render(self, article: Article) -> bytes:
        """The document; pictures outside a bundle are left out (no file is read for them)."""
        return self.render_bundled(article, {})

    def render_bundled(self, article: Article, media: MediaTable) -> bytes:
        """The document with the pictures copied into the bundle placed in the body."""
        content = article.content
        prepared = prepare(article, self.settings.tz)
        view = prepared.view
        out = _Content()
        for text, field, parent, bold, italic in (
            (content.kicker, view.kicker, "Standard", True, False),
            (content.headline, view.headline, "Title", False, False),
            (content.standfirst, view.standfirst, "Subtitle", False, False),
            (content.byline, view.byline, "Standard", False, True),
        ):
            if field is not None and text.strip():
                out.paragraph(text.strip(), field.dir, parent, bold=bold, italic=italic)
        when = view.when.html.unescape() if view.when is not None else ""
        dateline = CREDIT_SEPARATOR.join(p for p in (content.dateline.strip(), when) if p)
        origin = view.place or view.when
        if dateline and origin is not None:
            out.paragraph(dateline, origin.dir, italic=True)
        pictures: list[tuple[str, bytes]] = []
        for index, block in enumerate(content.body.blocks):
            direction = prepared.directions.get(index, view.dir)
            if block.kind == BlockKind.IMAGE:
                pictures += _picture(out, block, direction, media, len(pictures) + 1)
            elif block.kind == BlockKind.HEADING:
                level = min(max(block.level, 1) + 1, 7)
                out.paragraph(
                    block.text, direction, f"Heading_20_{level}", marks=block, heading=level
                )
            else:
                in_list = block.kind == BlockKind.LIST_ITEM
                parent = _PARENTS.get(block.kind, "Standard")
                out.paragraph(block.text, direction, parent, marks=block, in_list=in_list)
        meta = meta_xml(DocumentProperties.of(article))
        body = etree.tostring(out.root, xml_declaration=True, encoding="UTF-8")
        return package(
            [
                ("content.xml", body),
                ("styles.xml", styles_xml(content.language)),
                ("meta.xml", meta),
                *pictures,
                ("META-INF/manifest.xml", manifest_xml(out.pictures)),
            ]
        )


def _picture(
    out: _Content, block: Block, direction: Direction, media: MediaTable, number: int
) -> list[tuple[str, bytes]]:
    """The picture (when its copy is at hand) centred, then its caption and credit."""
    copy = media.get(block.src or "")
    parts: list[tuple[str, bytes]] = []
    caption = word_text(block.caption or block.text)
    if copy is not None:
        out.list = None
        holder = etree.SubElement(out.text, _q("text:p"))
        holder.set(_q("text:style-name"), out.paragraph_style("Standard", direction, True))
        frame = etree.SubElement(holder, _q("draw:frame"))
        width = min(copy.width * _PIXEL_CM, _WIDTH_CM)
        height = copy.height * width / max(copy.width, 1)
        frame.set(_q("draw:name"), f"Picture {number}")
        frame.set(_q("text:anchor-type"), "as-char")
        frame.set(_q("svg:width"), f"{width:.3f}cm")
        frame.set(_q("svg:height"), f"{height:.3f}cm")
        path = f"Pictures/{copy.sha256[:16]}.{copy.href.rsplit('.', 1)[-1]}"
        image = etree.SubElement(frame, _q("draw:image"))
        for key, value in (("type", "simple"), ("show", "embed"), ("actuate", "onLoad")):
            image.set(_q(f"xlink:{key}"), value)
        image.set(_q("xlink:href"), path)
        alt = word_text(block.alt or caption)
        if alt:
            etree.SubElement(frame, _q("svg:desc")).text = alt
        if path not in out.pictures:
            out.pictures[path] = copy.media_type
            parts.append((path, copy.data))
    words = [p for p in (caption, word_text(block.credit)) if p.strip()]
    if words:
        out.paragraph(CREDIT_SEPARATOR.join(words), direction, "Caption")
    return parts
