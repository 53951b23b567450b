"""Word (.docx): the article as Word and LibreOffice open it, each paragraph in its own direction.

Every paragraph carries its direction explicitly (`w:bidi`, or `w:bidi w:val="0"`), resolved
by the same rule as the editor; right-to-left runs are marked `w:rtl` with their bold and italic
also set as complex-script marks (`w:bCs`, `w:iCs`), which Word and LibreOffice draw them with.
The bytes depend on the article alone: fixed zip times, the article's own dates, no random ids.
"""

from __future__ import annotations

import io
from typing import Any

from newsdesk.domain.article import Article
from newsdesk.domain.document import Block, BlockKind
from newsdesk.export.base import Exporter
from newsdesk.export.media import MediaTable
from newsdesk.export.prepared import prepare
from newsdesk.export.properties import DocumentProperties
from newsdesk.export.word_package import (
    ARABIC_FONT,
    drop_stale_parts,
    fixed_package,
    set_a4,
    set_core_properties,
    set_document_defaults,
)
from newsdesk.export.word_runs import WordRun, word_runs, word_text
from newsdesk.render.model import Field
from newsdesk.render.safety import safe_link
from newsdesk.text.direction import Direction

# What follows w:bidi in a paragraph's properties, in the schema's order.
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
# Paragraph styles of python-docx's template by their ids (looking styles up by name scans
# them all for every paragraph); None is the default paragraph style, Normal.
_STYLES: dict[BlockKind, str | None] = {
    BlockKind.PARAGRAPH: None,
    BlockKind.QUOTE: "Quote",
    BlockKind.LIST_ITEM: "ListBullet",
    BlockKind.IMAGE: "Caption",
}
LINK_COLOUR = "0563C1"
CREDIT_SEPARATOR = " — "


def new_paragraph(document: Any, style_id: str | None, direction: Direction) -> Any:
    """An empty paragraph at the end of the document, in the style and direction given."""
    paragraph = document.add_paragraph()
    if style_id is not None:
        paragraph._p.get_or_add_pPr().style = style_id
    set_direction(paragraph, direction)
    return paragraph


def set_direction(paragraph: Any, direction: Direction) -> None:
    """Write the paragraph's direction out, never leaving it to the reader's guess."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    if direction == "ltr":
        bidi.set(qn("w:val"), "0")
    p_pr.insert_element_before(bidi, *_AFTER_BIDI)


def _format_run(run: Any, marked: WordRun) -> None:
    font = run.font
    if marked.bold:
        font.bold = True
    if marked.italic:
        font.italic = True
    if marked.rtl:
        from docx.oxml.ns import qn

        font.rtl = True
        font.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), ARABIC_FONT)
        if marked.bold:
            font.cs_bold = True
        if marked.italic:
            font.cs_italic = True
    if marked.href:
        from docx.enum.text import WD_UNDERLINE
        from docx.shared import RGBColor

        font.underline = WD_UNDERLINE.SINGLE
        font.color.rgb = RGBColor.from_string(LINK_COLOUR)


def _hyperlink(paragraph: Any, href: str) -> Any:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), paragraph.part.relate_to(href, RT.HYPERLINK, is_external=True))
    paragraph._p.append(link)
    return link


def write_runs(paragraph: Any, runs: list[WordRun]) -> None:
    """The runs into the paragraph, consecutive runs of one link inside one w:hyperlink."""
    from docx.oxml import OxmlElement
    from docx.text.run import Run

    link: Any = None
    link_href: str | None = None
    for marked in runs:
        text = word_text(marked.text)
        if not text:
            continue
        href = safe_link(marked.href) if marked.href else None
        if href is None:
            link = link_href = None
            run = paragraph.add_run()
        else:
            if href != link_href:
                link, link_href = _hyperlink(paragraph, href), href
            element = OxmlElement("w:r")
            link.append(element)
            run = Run(element, paragraph)
        run.text = text
        _format_run(run, WordRun(text, marked.rtl, marked.bold, marked.italic, href))


def add_text(
    document: Any,
    text: str,
    direction: Direction,
    style_id: str | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
) -> Any:
    """A paragraph of plain text in one style and direction."""
    paragraph = new_paragraph(document, style_id, direction)
    runs = [WordRun(r.text, r.rtl, bold, italic) for r in word_runs(text, (), direction)]
    write_runs(paragraph, runs)
    return paragraph


class DocxExporter(Exporter):
    """Headline, standfirst, byline, date line and body as a Word document."""

    name = "docx"
    filename = "article.docx"
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    description = "Word document (.docx), each paragraph in its own direction"

    def render(self, article: Article) -> bytes:
        """The document; pictures outside a bundle are left out (no file is read for them)."""
        return self.render_bundled(article, {})

    def render_bundled(self, article: Article, media: MediaTable) -> bytes:
        """The document with the pictures copied into the bundle placed in the body."""
        import docx

        document = docx.Document()
        content = article.content
        set_document_defaults(document, content.language)
        set_core_properties(document, DocumentProperties.of(article))
        drop_stale_parts(document)
        set_a4(document)
        prepared = prepare(article, self.settings.tz)
        view = prepared.view
        self._head(document, content.kicker, view.kicker, None, bold=True)
        self._head(document, content.headline, view.headline, "Title")
        self._head(document, content.standfirst, view.standfirst, "Subtitle")
        self._head(document, content.byline, view.byline, None, italic=True)
        when = view.when.html.unescape() if view.when is not None else ""
        place = content.dateline.strip()
        dateline = CREDIT_SEPARATOR.join(part for part in (place, when) if part)
        origin = view.place or view.when
        if dateline and origin is not None:
            add_text(document, dateline, origin.dir, italic=True)
        for index, block in enumerate(content.body.blocks):
            direction = prepared.directions.get(index, view.dir)
            self._block(document, block, direction, media)
        return fixed_package(document)

    @staticmethod
    def _head(
        document: Any, text: str, field: Field | None, style_id: str | None, **marks: bool
    ) -> None:
        if field is not None and text.strip():
            add_text(document, text.strip(), field.dir, style_id, **marks)

    @staticmethod
    def _block(document: Any, block: Block, direction: Direction, media: MediaTable) -> None:
        if block.kind == BlockKind.IMAGE:
            add_picture(document, block, direction, media)
            return
        style_id = _STYLES.get(block.kind)
        if block.kind == BlockKind.HEADING:
            style_id = f"Heading{min(max(block.level, 1) + 1, 7)}"
        paragraph = new_paragraph(document, style_id, direction)
        write_runs(paragraph, word_runs(block.text, block.marks, direction))


def add_picture(document: Any, block: Block, direction: Direction, media: MediaTable) -> None:
    """The picture (when its copy is at hand) centred, then its caption and credit."""
    copy = media.get(block.src or "")
    if copy is not None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Emu

        paragraph = new_paragraph(document, None, direction)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        section = document.sections[-1]
        room = section.page_width - section.left_margin - section.right_margin
        picture = paragraph.add_run().add_picture(io.BytesIO(copy.data))
        if picture.width > room:
            picture.height = Emu(picture.height * room // picture.width)
            picture.width = Emu(room)
        described = word_text(block.alt or block.caption or block.text)
        if described:
            picture._inline.docPr.set("descr", described)
    words = [word_text(p) for p in (block.caption or block.text, block.credit) if p.strip()]
    if words:
        add_text(document, CREDIT_SEPARATOR.join(words), direction, "Caption")
