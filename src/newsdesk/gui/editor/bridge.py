"""The body document model shown in a QTextDocument and read back from it.

QTextDocument is only a view: block kinds, forced directions and image data ride along as user
properties of block formats, and `read_document` rebuilds the model from them.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind, marked_pieces
from newsdesk.text.direction import resolve_direction

KIND_PROPERTY = QTextFormat.Property.UserProperty + 1
FORCED_DIRECTION_PROPERTY = QTextFormat.Property.UserProperty + 2
IMAGE_PROPERTY = QTextFormat.Property.UserProperty + 3
LINK_COLOR = "#1a5fb4"
QUOTE_INDENT = 1


def block_kind(block: QTextBlock) -> BlockKind:
    """The model kind of a Qt block."""
    fmt = block.blockFormat()
    if block.textList() is not None:
        return BlockKind.LIST_ITEM
    stored = fmt.property(KIND_PROPERTY)
    if stored in (BlockKind.QUOTE.value, BlockKind.IMAGE.value):
        return BlockKind(stored)
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
    if block.kind == BlockKind.IMAGE:
        image = {"src": block.src, "credit": block.credit}
        fmt.setProperty(IMAGE_PROPERTY, json.dumps(image, ensure_ascii=False))
    return fmt


def _base_char_format(block: Block) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if block.kind == BlockKind.HEADING:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 3 - (block.level or 2)))
    if block.kind in (BlockKind.QUOTE, BlockKind.IMAGE):
        fmt.setFontItalic(True)
    return fmt


def write_document(document: Document, qdoc: QTextDocument, language: str) -> None:
    """Replace the QTextDocument's content with the model (one undo-free load)."""
    qdoc.setUndoRedoEnabled(False)
    qdoc.clear()
    cursor = QTextCursor(qdoc)
    current_list = None
    for index, block in enumerate(document.blocks):
        fmt = block_format(block, language)
        base = _base_char_format(block)
        if index == 0:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(base)
        else:
            cursor.insertBlock(fmt, base)
        if block.kind == BlockKind.LIST_ITEM:
            if current_list is None:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc)
                current_list = cursor.createList(list_format)
            else:
                current_list.add(cursor.block())
        else:
            current_list = None
        text = block.caption if block.kind == BlockKind.IMAGE else block.text
        _insert_marked_text(cursor, text, block.marks, base)
    qdoc.setUndoRedoEnabled(True)
    qdoc.setModified(False)


def _insert_marked_text(
    cursor: QTextCursor, text: str, marks: tuple[Mark, ...], base: QTextCharFormat
) -> None:
    for piece in marked_pieces(text, marks):
        fmt = QTextCharFormat(base)
        if piece.bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if piece.italic:
            fmt.setFontItalic(True)
        if piece.href is not None:
            fmt.setAnchor(True)
            fmt.setAnchorHref(piece.href)
            fmt.setFontUnderline(True)
            fmt.setForeground(Qt.GlobalColor.blue)
        cursor.insertText(piece.text, fmt)


def read_document(qdoc: QTextDocument) -> Document:
    """The model for what the QTextDocument shows."""
    blocks = []
    block = qdoc.begin()
    while block.isValid():
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
    if kind == BlockKind.IMAGE:
        image = json.loads(fmt.property(IMAGE_PROPERTY) or "{}")
        return Block(
            kind,
            "",
            (),
            forced_direction(block),
            src=image.get("src"),
            caption=text,
            credit=image.get("credit", ""),
        )
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
            if fmt.fontItalic() and kind not in (BlockKind.QUOTE, BlockKind.IMAGE):
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
