"""The body document model shown in a QTextDocument and read back from it.

QTextDocument is only a view: block kinds, forced directions and image data ride along as user
properties of block formats, and `read_document` rebuilds the model from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QApplication

from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind, marked_pieces
from newsdesk.gui.editor.picture_blocks import (
    FORCED_DIRECTION_PROPERTY,
    KIND_PROPERTY,
    PICTURE,
    image_format,
    part_formats,
    part_of,
    part_texts,
    read_picture,
)
from newsdesk.text.direction import resolve_direction

QUOTE_INDENT = 1
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")



def mark_as_link(fmt: QTextCharFormat, href: str) -> None:
    """Make `fmt` a link to `href`, underlined in the theme's link colour (readable on dark)."""
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    fmt.setFontUnderline(True)
    fmt.setForeground(QApplication.palette().color(QPalette.ColorRole.Link))

def block_kind(block: QTextBlock) -> BlockKind:
    """The model kind of a Qt block."""
    fmt = block.blockFormat()
    if block.textList() is not None:
        return BlockKind.LIST_ITEM
    stored = fmt.property(KIND_PROPERTY)
    if stored == BlockKind.QUOTE.value:
        return BlockKind.QUOTE
    if fmt.headingLevel() > 0:
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def forced_direction(block: QTextBlock) -> str:
    """The direction the user chose for this block: auto, rtl or ltr."""
    value = block.blockFormat().property(FORCED_DIRECTION_PROPERTY)
    return value if value in ("rtl", "ltr") else "auto"


def qt_direction(direction: str) -> Qt.LayoutDirection:
    """The Qt layout direction for rtl or ltr."""
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight


def block_format(block: Block, language: str) -> QTextBlockFormat:
    """The Qt block format for a model block, with its resolved direction."""
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, block.kind.value)
    if block.direction != "auto":
        fmt.setProperty(FORCED_DIRECTION_PROPERTY, block.direction)
    fmt.setLayoutDirection(qt_direction(resolve_direction(block.text, language, block.direction)))
    if block.kind == BlockKind.HEADING:
        fmt.setHeadingLevel(max(1, min(block.level or 2, 6)))
    if block.kind == BlockKind.QUOTE:
        fmt.setIndent(QUOTE_INDENT)
    return fmt


def _base_char_format(block: Block) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if block.kind == BlockKind.HEADING:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 3 - (block.level or 2)))
    if block.kind == BlockKind.QUOTE:
        fmt.setFontItalic(True)
    return fmt


def write_document(document: Document, qdoc: QTextDocument, language: str) -> None:
    """Replace the QTextDocument's content with the model (one undo-free load)."""
    qdoc.setUndoRedoEnabled(False)
    qdoc.setPlainText(body_text(document))
    format_document(document, qdoc, language)


def body_text(document: Document) -> str:
    """The body's text as a QTextDocument holds it, one line a block, for `setPlainText`."""
    return "\n".join(_texts(document))


def format_document(document: Document, qdoc: QTextDocument, language: str) -> None:
    """Give a QTextDocument holding `body_text(document)` the model's formats (undo-free).

    Loading a body is `setPlainText` (cheap, and laid out lazily by Qt, as far as the view
    needs) and then this: block formats in one edit block, one call per run of blocks that
    share a format (a plain article is a handful of runs), then the few char formats and
    lists. Inserting block by block makes Qt lay out the whole article before the first paint.
    """
    rows = _rows(document)
    starts, position = [], 0
    for row in rows:
        starts.append(position)
        position += _utf16_length(row.text) + 1
    qdoc.setUndoRedoEnabled(False)
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    keys = [_format_key(row, language) for row in rows]
    run = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or keys[index] is None or keys[index] != keys[run]:
            _select(cursor, starts[run], starts[index - 1])
            cursor.setBlockFormat(_row_formats(rows[run], language)[0])
            run = index
    current_list = None
    for row, start in zip(rows, starts, strict=True):
        block, text = row.block, row.text
        base = _row_formats(row, language)[1]
        if base.propertyCount():
            _select(cursor, start, start + _utf16_length(text))
            cursor.setBlockCharFormat(base)
            cursor.setCharFormat(base)
        if block.marks and row.part is None:
            _format_marks(cursor, start, text, block.marks, base)
        if block.kind == BlockKind.LIST_ITEM:
            if current_list is None:
                cursor.setPosition(start)
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc)
                current_list = cursor.createList(list_format)
            else:
                current_list.add(qdoc.findBlock(start))
        else:
            current_list = None
    # Last and from the end, so the positions counted above still hold.
    for row, start in reversed(list(zip(rows, starts, strict=True))):
        if row.part == PICTURE:
            cursor.setPosition(start)
            cursor.insertImage(image_format(row.block.src))
    cursor.endEditBlock()
    qdoc.setUndoRedoEnabled(True)
    qdoc.setModified(False)


@dataclass(frozen=True)
class _Row:
    """One line of the QTextDocument: the model block it shows, its text, which picture part."""

    block: Block
    text: str
    part: str | None = None


def _rows(document: Document) -> list[_Row]:
    rows: list[_Row] = []
    for block in document.blocks:
        if block.kind == BlockKind.IMAGE:
            rows.extend(_Row(block, _loadable(text), part) for part, text in part_texts(block))
        else:
            rows.append(_Row(block, _loadable(block.text)))
    return rows


def _row_formats(row: _Row, language: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
    if row.part is not None:
        return part_formats(row.part, row.block, language)
    return block_format(row.block, language), _base_char_format(row.block)


def _format_key(row: _Row, language: str) -> tuple[object, ...] | None:
    """What decides a line's format; None for a line whose format is its own (a picture's)."""
    if row.part is not None:
        return None
    block = row.block
    direction = resolve_direction(block.text, language, block.direction)
    return block.kind, block.direction, direction, block.level


def _texts(document: Document) -> list[str]:
    return [row.text for row in _rows(document)]


def _utf16_length(text: str) -> int:
    """How many positions `text` takes in a QTextDocument (UTF-16 code units)."""
    return len(text) + len(_ASTRAL.findall(text)) if not text.isascii() else len(text)


def _loadable(text: str) -> str:
    # Qt turns CR LF into one paragraph break; as a lone LF it takes one position, as counted.
    return text.replace("\r\n", "\n") if "\r" in text else text


def _select(cursor: QTextCursor, start: int, end: int) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)


def _format_marks(
    cursor: QTextCursor, start: int, text: str, marks: tuple[Mark, ...], base: QTextCharFormat
) -> None:
    for piece in marked_pieces(text, marks):
        length = _utf16_length(piece.text)
        if piece.bold or piece.italic or piece.href is not None:
            fmt = QTextCharFormat(base)
            if piece.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if piece.italic:
                fmt.setFontItalic(True)
            if piece.href is not None:
                mark_as_link(fmt, piece.href)
            _select(cursor, start, start + length)
            cursor.setCharFormat(fmt)
        start += length


def read_document(qdoc: QTextDocument) -> Document:
    """The model for what the QTextDocument shows."""
    blocks = []
    block = qdoc.begin()
    while block.isValid():
        if part_of(block) == PICTURE:
            picture, block = read_picture(block)
            blocks.append(picture)
            continue
        blocks.append(read_block(block))
        block = block.next()
    if len(blocks) == 1 and not blocks[0].text and blocks[0].kind == BlockKind.PARAGRAPH:
        blocks = []
    return Document(tuple(blocks))


def read_block(block: QTextBlock) -> Block:
    """The model block for one Qt block, marks in code points."""
    kind = block_kind(block)
    fmt = block.blockFormat()
    text, marks = _read_text_and_marks(block, kind)
    level = fmt.headingLevel() if kind == BlockKind.HEADING else 0
    return Block(kind, text, marks, forced_direction(block), level=level)


def _read_text_and_marks(block: QTextBlock, kind: BlockKind) -> tuple[str, tuple[Mark, ...]]:
    pieces: list[str] = []
    spans: list[tuple[MarkKind, int, int, str | None]] = []
    offset = 0
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            piece = fragment.text()
            fmt = fragment.charFormat()
            end = offset + len(piece)
            if fmt.fontWeight() >= QFont.Weight.Bold and kind != BlockKind.HEADING:
                spans.append((MarkKind.BOLD, offset, end, None))
            if fmt.fontItalic() and kind != BlockKind.QUOTE:
                spans.append((MarkKind.ITALIC, offset, end, None))
            if fmt.isAnchor() and fmt.anchorHref():
                spans.append((MarkKind.LINK, offset, end, fmt.anchorHref()))
            pieces.append(piece)
            offset = end
        iterator += 1
    return "".join(pieces), _merge_spans(spans)


def _merge_spans(spans: list[tuple[MarkKind, int, int, str | None]]) -> tuple[Mark, ...]:
    merged: list[Mark] = []
    for kind, start, end, href in sorted(spans, key=lambda s: (s[0].value, s[1])):
        last = merged[-1] if merged else None
        if last and last.kind == kind and last.href == href and last.end == start:
            merged[-1] = Mark(kind, last.start, end, href)
        else:
            merged.append(Mark(kind, start, end, href))
    return tuple(sorted(merged, key=lambda m: (m.start, m.kind.value)))
