"""Copying, cutting and pasting selections that hold pictures, within and between articles.

Qt's own copy of a selection keeps neither block kinds nor a picture's src, caption and alt.
When the selection reaches into a picture, the clipboard also carries the selected blocks as
the document model (whole pictures, the paragraphs at either end cut where the selection is),
and a paste of that puts them back as they were, between paragraphs.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QTextEdit

from newsdesk.domain.document import Block, Document, DocumentError
from newsdesk.gui.editor.bridge import read_block, write_document
from newsdesk.gui.editor.picture_blocks import PICTURE, group_of, part_of, read_picture
from newsdesk.gui.editor.pictures import at_block_start, reaches_into_pictures

BLOCKS_MIME = "application/x-newsdesk-blocks+json"


def _cut_to_selection(block: QTextBlock, start: int, end: int) -> Block:
    """A paragraph at an end of the selection: only its selected text (its marks dropped)."""
    model = read_block(block)
    if start <= block.position() and block.position() + block.length() - 1 <= end:
        return model
    cursor = QTextCursor(block)
    cursor.setPosition(max(start, block.position()))
    cursor.setPosition(
        min(end, block.position() + block.length() - 1), QTextCursor.MoveMode.KeepAnchor
    )
    return Block(model.kind, cursor.selectedText(), (), model.direction, level=model.level)


def selected_blocks(cursor: QTextCursor) -> Document | None:
    """The model of a selection that reaches into pictures (None for any other selection)."""
    if not reaches_into_pictures(cursor):
        return None
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    document = cursor.document()
    block = document.findBlock(start)
    group = group_of(block)
    if group is not None:
        block = group[0]
    blocks: list[Block] = []
    while block.isValid() and block.position() <= end:
        if part_of(block) == PICTURE:
            picture, block = read_picture(block)
            blocks.append(picture)
            continue
        if part_of(block) is None:
            blocks.append(_cut_to_selection(block, start, end))
        block = block.next()
    return Document(tuple(blocks))


def with_blocks(mime: QMimeData, cursor: QTextCursor) -> QMimeData:
    """Qt's copy of the selection, with the model of it too when it holds pictures."""
    blocks = selected_blocks(cursor)
    if blocks is None:
        return mime
    # Qt's text mime data lists a fixed set of formats: the copy goes into a plain one.
    copy = QMimeData()
    for name in mime.formats():
        copy.setData(name, mime.data(name))
    copy.setData(BLOCKS_MIME, blocks.to_json().encode("utf-8"))
    return copy


def pasted_blocks(source: QMimeData) -> Document | None:
    """The blocks a copy from a Newsdesk body put on the clipboard, if any."""
    if not source.hasFormat(BLOCKS_MIME):
        return None
    try:
        return Document.from_json(bytes(source.data(BLOCKS_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, DocumentError):
        return None


def paste_blocks(edit: QTextEdit, blocks: Document, language: str) -> None:
    """Put blocks between the paragraphs at the cursor, as one undo step."""
    if not blocks.blocks:
        return
    scratch = QTextDocument()
    # An empty paragraph first: it fills the empty line the paste goes into, which then goes,
    # so the first real block keeps its own format (a picture's, say).
    write_document(Document((Block(), *blocks.blocks)), scratch, language)
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    start = at_block_start(edit, cursor)
    cursor.insertBlock()
    cursor.setPosition(start)
    cursor.setBlockFormat(QTextBlockFormat())
    cursor.setBlockCharFormat(QTextCharFormat())
    cursor.insertFragment(QTextDocumentFragment(scratch))
    end = cursor.position()
    first = cursor.document().findBlock(start).next()
    formats = first.blockFormat(), first.charFormat()
    cursor.setPosition(start)
    cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.setBlockFormat(formats[0])
    cursor.setBlockCharFormat(formats[1])
    cursor.setPosition(end - 1)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


def drop_image_objects(document: QTextDocument) -> None:
    """Take out the images pasted HTML brings: the body holds pictures only as image blocks."""
    found: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        pieces = block.begin()
        while not pieces.atEnd():
            fragment = pieces.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                found.append((fragment.position(), fragment.length()))
            pieces += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length in reversed(found):
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
