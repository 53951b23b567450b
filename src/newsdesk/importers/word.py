"""Word (.docx) files: the package checked for bombs and DTDs first, then read with python-docx."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

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
from newsdesk.importers.docxpictures import (
    caption_text,
    drawings,
    holds_picture,
    paragraph_pictures,
    picture_count,
)
from newsdesk.importers.figures import ReadParagraph, arrange
from newsdesk.importers.marks import stripped_block
from newsdesk.importers.package import check_zip_package
from newsdesk.importers.pictures import PictureTaker
from newsdesk.render.safety import clean_text, safe_link
from newsdesk.text.direction import strong_counts

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_QUOTE_STYLES = frozenset({"quote", "intense quote", "quotations"})  # Word, LibreOffice
_TRUE = frozenset({"1", "true", "on"})
_FALSE = frozenset({"0", "false", "off"})


def check_package(data: bytes, name: str) -> None:
    """Refuse a .docx that is no zip, holds unsafe names, a zip bomb or XML with a DTD."""
    check_zip_package(data, name, "a Word document", ".docx", "[Content_Types].xml")


def import_docx(source: SourceFile) -> ImportedArticle:
    """A .docx file: the first title or heading is the headline; right-to-left kept per paragraph."""
    check_package(source.data, source.name)
    import docx  # python-docx; imported here so text imports do not pay for lxml

    taker = PictureTaker(source.name)
    try:
        document = docx.Document(io.BytesIO(source.data))
        paragraphs = list(_paragraphs(document))
        title = _title(document)
        dropped = _dropped(document.element.body)
        headline, blocks = _blocks(paragraphs, document.part, taker, source.name)
    except InvalidInputError:
        raise
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise InvalidInputError(f"cannot read {source.name} as a Word document: {exc}") from exc
    return build_article(
        kind="docx",
        headline=headline or clean_text(title).strip(),
        blocks=blocks,
        source_name=source.name,
        dropped={**dropped, **taker.left_out, **taker.unseen(picture_count(document.element.body))},
        pictures=taker.pictures,
    )


def _blocks(
    paragraphs: list[Any], part: Any, taker: PictureTaker, source_name: str
) -> tuple[str, list[Block]]:
    """The headline and the body's blocks, pictures among them with their captions."""
    from docx.text.paragraph import Paragraph

    def read(paragraph: Any) -> ReadParagraph:
        style = _style_name(paragraph)
        block = _block(paragraph, style)
        parent = paragraph._parent
        found = paragraph_pictures(
            paragraph._p, part, taker, lambda p: _direction(Paragraph(p, parent))
        )
        if not found:
            direction = "auto"  # not asked for
        else:
            direction = block.direction if block is not None else _direction(paragraph)
        return ReadParagraph(
            block,
            direction,
            found,
            may_be_headline=block is not None
            and (style.lower() == "title" or block.kind == BlockKind.HEADING),
            is_caption=lambda: _is_caption(paragraph),
            caption=lambda: caption_text(paragraph._p),
        )

    return arrange((read(paragraph) for paragraph in paragraphs), source_name)


def _is_caption(paragraph: Any) -> bool:
    """Whether the paragraph's style is Caption or based on it (LibreOffice's Figure is)."""
    style = _style(paragraph)
    for _ in range(20):  # a style loop in a hostile file must still end
        if style is None:
            return False
        if (style.name or "").lower() == "caption" or style.style_id.lower() == "caption":
            return True
        style = style.base_style
    return False


def _dropped(body: Any) -> dict[str, int]:
    """Notes, comments and other objects in the body, none of which the article holds."""
    from docx.oxml.ns import qn

    def count(tag: str) -> int:
        return sum(1 for _ in body.iter(qn(tag)))

    shapes = [d for p in body.iter(qn("w:p")) for d in drawings(p) if not _boxed(p)]
    return {
        NOTE: count("w:footnoteReference") + count("w:endnoteReference"),
        COMMENT: count("w:commentReference"),
        # Pictures are taken (or listed by why not) as the paragraphs are read.
        OBJECT: sum(1 for shape in shapes if not holds_picture(shape)) + count("w:object"),
    }


def _boxed(paragraph: Any) -> bool:
    """Whether a paragraph sits in a text box (its drawings are the box's, counted with it)."""
    from docx.oxml.ns import qn

    return any(a.tag == qn("w:txbxContent") for a in paragraph.iterancestors())


def _paragraphs(document: Any) -> Iterator[Any]:
    """Every paragraph of the body in order, table cells included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    yield from cell.paragraphs


def _style_name(paragraph: Any) -> str:
    style = _style(paragraph)
    return (style.name or "") if style is not None else ""


def _block(paragraph: Any, style: str) -> Block | None:
    pieces: list[tuple[str, Any, str | None, int]] = []  # text, run, link, link number
    for number, item in enumerate(paragraph.iter_inner_content()):
        href = safe_link(getattr(item, "address", None)) if hasattr(item, "runs") else None
        for run in item.runs if hasattr(item, "runs") else [item]:
            text = _run_text(run.text)
            if text:
                pieces.append((text, run, href, number))
    raw = "".join(text for text, _, _, _ in pieces)
    direction = _direction(paragraph)
    rtl, ltr = strong_counts(raw)
    rtl_paragraph = direction == "rtl" or (direction == "auto" and rtl > ltr)
    marks: list[Mark] = []
    length = 0
    links: dict[int, tuple[int, int, str]] = {}
    for text, run, href, number in pieces:
        end = length + len(text)
        bold, italic = _run_marks(run, text, rtl_paragraph)
        if bold:
            marks.append(Mark(MarkKind.BOLD, length, end))
        if italic:
            marks.append(Mark(MarkKind.ITALIC, length, end))
        if href:
            links[number] = (links.get(number, (length, end, href))[0], end, href)
        length = end
    marks.extend(Mark(MarkKind.LINK, start, end, href) for start, end, href in links.values())
    kind, level = _kind(paragraph, style)
    return stripped_block(kind, raw, marks, direction, level)


def _run_marks(run: Any, text: str, rtl_paragraph: bool) -> tuple[bool, bool]:
    """Bold and italic as Word and LibreOffice show them on this run.

    A right-to-left run, or one with Arabic letters, shows its complex-script properties
    (w:bCs, w:iCs); the plain ones (w:b, w:i) only stand in when those are not set, as in files
    written by tools that know no better. A run of digits, spaces or punctuation alone takes the
    paragraph's side, as "45" does in an Arabic "45 ألف".
    """
    chain = _rpr_chain(run)
    rtl, ltr = strong_counts(text)
    complex_script = (
        bool(_flag(chain, "w:rtl"))
        or bool(_flag(chain, "w:cs"))
        or rtl > 0
        or (ltr == 0 and rtl_paragraph)
    )
    marks = []
    for plain, complex_tag in (("w:b", "w:bCs"), ("w:i", "w:iCs")):
        value = _flag(chain, complex_tag) if complex_script else None
        marks.append(bool(_flag(chain, plain) if value is None else value))
    return marks[0], marks[1]


def _rpr_chain(run: Any) -> list[Any]:
    """The run's own properties, then its character style's and that style's bases."""
    chain = [run._r.rPr]
    try:
        style = run.style
    except (KeyError, ValueError, AttributeError):
        style = None
    for _ in range(20):  # a style loop in a hostile file must still end
        if style is None:
            break
        chain.append(style.element.rPr)
        style = style.base_style
    return [r_pr for r_pr in chain if r_pr is not None]


def _flag(chain: list[Any], tag: str) -> bool | None:
    """A toggle property from the first place in the chain that sets it; None when none does."""
    from docx.oxml.ns import qn

    for r_pr in chain:
        element = r_pr.find(qn(tag))
        if element is not None:
            return (element.get(qn("w:val")) or "1").lower() not in _FALSE
    return None


def _run_text(text: str) -> str:
    # Tabs and line breaks become spaces one for one, so mark offsets stay right.
    return clean_text(text.replace("\t", " ").replace("\n", " ").replace("\r", " "))


def _kind(paragraph: Any, style: str) -> tuple[BlockKind, int]:
    heading = _HEADING_STYLE.match(style)
    if heading:
        return BlockKind.HEADING, min(max(int(heading.group(1)) - 1, 1), 6)
    outline = _outline_level(paragraph)
    if outline is not None:
        # LibreOffice writes a heading in a style of its own as an outline level (0 = Heading 1).
        return BlockKind.HEADING, min(max(outline, 1), 6)
    lowered = style.lower()
    if lowered in _QUOTE_STYLES:
        return BlockKind.QUOTE, 0
    p_pr = paragraph._p.pPr
    if lowered.startswith("list") or (p_pr is not None and p_pr.numPr is not None):
        return BlockKind.LIST_ITEM, 0
    return BlockKind.PARAGRAPH, 0


def _outline_level(paragraph: Any) -> int | None:
    """The paragraph's own w:outlineLvl, 0 to 8; None for body text (9) or none."""
    from docx.oxml.ns import qn

    p_pr = paragraph._p.pPr
    element = p_pr.find(qn("w:outlineLvl")) if p_pr is not None else None
    value = element.get(qn("w:val")) if element is not None else None
    if value is None or not value.isdigit() or int(value) > 8:
        return None
    return int(value)


def _title(document: Any) -> str:
    """The document's title property; "" when it has none.

    python-docx makes up "Word Document" when it finds no core properties part, and LibreOffice
    links that part with a relationship type of its own spelling, which python-docx misses.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE
    from lxml import etree

    from newsdesk.importers.xmlcheck import hardened_parser

    for rel in document.part.package.rels.values():
        if rel.is_external or not rel.reltype.endswith("/metadata/core-properties"):
            continue
        if rel.reltype == RELATIONSHIP_TYPE.CORE_PROPERTIES:
            return str(document.core_properties.title or "")
        root = etree.fromstring(rel.target_part.blob, hardened_parser())
        return str(root.findtext("{http://purl.org/dc/elements/1.1/}title") or "")
    return ""


def _direction(paragraph: Any) -> str:
    """rtl when the paragraph or its style chain sets w:bidi; ltr only when the paragraph clears it."""
    from docx.oxml.ns import qn

    chain: list[tuple[Any, bool]] = [(paragraph._p.pPr, True)]
    style = _style(paragraph)
    for _ in range(20):  # style chains are short; a loop in a hostile file must still end
        if style is None:
            break
        chain.append((style.element.pPr, False))
        style = style.base_style
    for p_pr, own in chain:
        bidi = p_pr.find(qn("w:bidi")) if p_pr is not None else None
        if bidi is None:
            continue
        value = (bidi.get(qn("w:val")) or "1").lower()
        if value in _TRUE:
            return "rtl"
        # Cleared on the paragraph itself it means left to right; cleared on a style it only
        # means "not right to left", and the paragraph's letters decide.
        return "ltr" if own and value in _FALSE else "auto"
    return "auto"


def _style(paragraph: Any) -> Any:
    try:
        return paragraph.style
    except (KeyError, ValueError, AttributeError):
        return None
