"""Editing around pictures in the body: inserting, removing as one object, and the keys near them.

Left to itself, QTextEdit treats a picture's three blocks (thumbnail, caption, credit) as any
paragraphs: Enter in a caption would copy the picture block's format into a second picture,
Backspace would merge the next paragraph into the credit. These functions keep the three
together; each change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QKeyEvent,
    QPixmap,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit

from newsdesk.domain.document import Block
from newsdesk.gui.editor.picture_blocks import (
    CAPTION,
    CREDIT,
    PICTURE,
    PICTURE_SCHEME,
    group_of,
    image_format,
    part_formats,
    part_of,
    part_texts,
    picture_data,
    set_picture_data,
)
from newsdesk.gui.picture_loader import picture_loader
from newsdesk.gui.thumbnails import (
    EDITOR_WIDTH,
    display_size,
    kept_picture,
    loading,
    picture_path,
    placeholder,
)
from newsdesk.storage.media import MediaStore

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ERASE_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


def thumbnail_for(name: str) -> QPixmap | None:
    """The editor's thumbnail for an image object's name, or None for names that are not ours.

    A picture not yet scaled is asked of the worker thread and stands as a pale box meanwhile.
    """
    if not name.startswith(PICTURE_SCHEME):
        return None
    src = name[len(PICTURE_SCHEME) :]
    path = picture_path(MediaStore.default(), src) if src else None
    if path is None:
        return QPixmap.fromImage(placeholder())
    image = kept_picture(path, EDITOR_WIDTH)
    if image is None:
        picture_loader().request(name, path, EDITOR_WIDTH)
        image = loading(display_size(path, EDITOR_WIDTH))
    return QPixmap.fromImage(image)


def at_block_start(edit: QTextEdit, cursor: QTextCursor) -> int:
    """Bring the cursor to the start of a block where new blocks can go in before it.

    A selection goes first (whole pictures with it); in a picture, the place is after it; at
    the end of a paragraph, before the next one; inside a paragraph, the paragraph is split.
    """
    if cursor.hasSelection():
        if reaches_into_pictures(cursor) and _erase_selection(edit):
            cursor.setPosition(edit.textCursor().position())
        else:
            cursor.removeSelectedText()
    group = group_of(cursor.block())
    at_end = cursor.positionInBlock() == cursor.block().length() - 1
    if group is not None or (at_end and cursor.block().text()):
        # After a paragraph or a picture: the new one goes before the next block, no empty line.
        last = group[1] if group is not None else cursor.block()
        if last.next().isValid():
            cursor.setPosition(last.next().position())
        else:
            cursor.setPosition(last.position() + last.length() - 1)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    elif cursor.positionInBlock() > 0:
        cursor.insertBlock()
    return cursor.position()


def insert_picture(edit: QTextEdit, picture: Block, language: str) -> None:
    """Put a picture at the cursor (after the picture the cursor is in); the cursor goes to its caption."""
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    start = at_block_start(edit, cursor)
    lines = part_texts(picture)
    for _ in lines:
        cursor.insertBlock()
    cursor.setPosition(start)
    caption_at = start
    for part, text in lines:
        block_format, char_format = part_formats(part, picture, language)
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
        if part == PICTURE:
            cursor.insertImage(image_format(picture.src))
        elif text:
            cursor.insertText(text, char_format)
        if part == CAPTION:
            caption_at = cursor.block().position() + cursor.block().length() - 1
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    cursor.endEditBlock()
    cursor.setPosition(caption_at)
    edit.setTextCursor(cursor)


def picture_block(block: QTextBlock) -> QTextBlock | None:
    """The thumbnail block of the picture `block` belongs to, or None."""
    group = group_of(block)
    if group is None or part_of(group[0]) != PICTURE:
        return None
    return group[0]


def remove_picture(edit: QTextEdit, block: QTextBlock) -> None:
    """Remove the picture `block` belongs to, with its caption and credit, as one undo step."""
    group = group_of(block)
    if group is None:
        return
    first, last = group
    before, after = first.previous(), last.next()
    cursor = QTextCursor(edit.document())
    cursor.beginEditBlock()
    end = last.position() + last.length() - 1
    if before.isValid():
        # From the end of the paragraph before: that paragraph keeps its own format.
        cursor.setPosition(before.position() + before.length() - 1)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    else:
        block_format, char_format = (
            (after.blockFormat(), after.charFormat())
            if after.isValid()
            else (QTextBlockFormat(), QTextCharFormat())
        )
        cursor.setPosition(first.position())
        cursor.setPosition(
            after.position() if after.isValid() else end, QTextCursor.MoveMode.KeepAnchor
        )
        cursor.removeSelectedText()
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


def set_properties(edit: QTextEdit, block: QTextBlock, caption: str, credit: str, alt: str) -> None:
    """Give a picture new caption, credit and alt text, as one undo step."""
    picture = picture_block(block)
    if picture is None:
        return
    cursor = QTextCursor(picture)
    cursor.beginEditBlock()
    data = picture_data(picture)
    data["alt"] = alt
    cursor.setBlockFormat(set_picture_data(picture, data))
    following = picture.next()
    for part, text in ((CAPTION, caption), (CREDIT, credit)):
        if part_of(following) != part:
            continue
        cursor.setPosition(following.position())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, following.charFormat())
        following = cursor.block().next()
    cursor.endEditBlock()


def _new_paragraph_after(edit: QTextEdit, last: QTextBlock) -> None:
    cursor = QTextCursor(last)
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    cursor.setBlockCharFormat(QTextCharFormat())
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


def _move_to(edit: QTextEdit, position: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(position)
    edit.setTextCursor(cursor)


def _erase_beside(edit: QTextEdit, block: QTextBlock, key: int) -> bool:
    """Backspace at a block's start or Delete at its end, next to a picture: no merging."""
    cursor = edit.textCursor()
    at_start = cursor.positionInBlock() == 0
    at_end = cursor.positionInBlock() == block.length() - 1
    part = part_of(block)
    if key == Qt.Key.Key_Backspace and at_start:
        previous = block.previous()
        if part in (CAPTION, CREDIT) or (part is None and part_of(previous) is not None):
            if part is None and not block.text() and previous.isValid():
                # An empty paragraph after a picture just goes.
                _drop_empty(edit, block)
            elif previous.isValid() and part != CAPTION:
                _move_to(edit, previous.position() + previous.length() - 1)
            return True
    if key == Qt.Key.Key_Delete and at_end:
        following = block.next()
        if part in (CAPTION, CREDIT) or (part is None and part_of(following) is not None):
            if part is None and not block.text() and following.isValid():
                _drop_empty(edit, block, before=True)
            return True
    return False


def _drop_empty(edit: QTextEdit, block: QTextBlock, before: bool = False) -> None:
    cursor = QTextCursor(block)
    if before:
        cursor.setPosition(block.position() + 1, QTextCursor.MoveMode.KeepAnchor)
        keep = block.next()
        formats = keep.blockFormat(), keep.charFormat()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        cursor.setBlockFormat(formats[0])
        cursor.setBlockCharFormat(formats[1])
        cursor.endEditBlock()
    else:
        cursor.setPosition(block.position() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    edit.setTextCursor(cursor)


def reaches_into_pictures(cursor: QTextCursor) -> bool:
    """Whether a selection takes in more of a picture than words of its caption or credit."""
    if not cursor.hasSelection():
        return False
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    if first == document.findBlock(cursor.selectionEnd()) and part_of(first) in (CAPTION, CREDIT):
        return False  # words of one caption or credit are edited as any words
    return touches_pictures(cursor)


def touches_pictures(cursor: QTextCursor) -> bool:
    """Whether the cursor (or its selection) is in a picture's thumbnail, caption or credit."""
    return bool(_touched_pictures(cursor))


def _touched_pictures(cursor: QTextCursor) -> list[QTextBlock]:
    document = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    found: list[QTextBlock] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        picture = picture_block(block)
        if picture is not None and (not found or found[-1] != picture):
            found.append(picture)
        block = block.next()
    return found


def _erase_selection(edit: QTextEdit) -> bool:
    """Erase a selection that reaches into pictures: whole pictures go, text around as usual."""
    cursor = edit.textCursor()
    pictures = _touched_pictures(cursor)
    if not pictures:
        return False
    first_group, last_group = group_of(pictures[0]), group_of(pictures[-1])
    assert first_group is not None and last_group is not None
    first, last = first_group[0], last_group[1]
    last_end = last.position() + last.length() - 1
    start = min(cursor.selectionStart(), first.position())
    end = max(cursor.selectionEnd(), last_end)
    keep: QTextBlock | None = None
    if start == first.position() and first.previous().isValid():
        start -= 1  # the paragraph before keeps its own format
    elif start == first.position() and end == last_end and last.next().isValid():
        keep = last.next()
        end = keep.position()
    formats = (keep.blockFormat(), keep.charFormat()) if keep is not None else None
    cursor.beginEditBlock()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    if formats is not None or part_of(cursor.block()) is not None:
        block_format, char_format = formats or (QTextBlockFormat(), QTextCharFormat())
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)
    return True


def handle_key(edit: QTextEdit, event: QKeyEvent) -> bool:
    """Carry out a key press that concerns a picture; False leaves it to QTextEdit."""
    if edit.isReadOnly():
        return False
    key = event.key()
    cursor = edit.textCursor()
    typing = bool(event.text()) and event.text().isprintable()
    if cursor.hasSelection() and (key in ERASE_KEYS or typing or key in ENTER_KEYS):
        return reaches_into_pictures(cursor) and _erase_selection(edit) and key in ERASE_KEYS
    block = cursor.block()
    part = part_of(block)
    group = group_of(block)
    if part == PICTURE and key in ERASE_KEYS:
        remove_picture(edit, block)
        return True
    if group is not None and key in ENTER_KEYS:
        _new_paragraph_after(edit, group[1])
        return True
    if part == PICTURE and typing and group is not None and part_of(block.next()) == CAPTION:
        caption = block.next()
        _move_to(edit, caption.position() + caption.length() - 1)
        return False
    if part == PICTURE and typing:
        return True
    if key in ERASE_KEYS and not cursor.hasSelection():
        return _erase_beside(edit, block, key)
    return False
