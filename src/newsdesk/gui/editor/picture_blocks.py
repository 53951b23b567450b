"""How a picture sits in the body's QTextDocument: three blocks read back as one image block.

A picture is a block holding only the thumbnail (an image object), then its caption and its
credit, each a block of its own so each takes the direction of its own text (an Arabic caption
right-to-left over a French credit left-to-right). The src and alt text ride on the picture
block's format; `read_picture` gathers the three into the model's single image block.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextImageFormat,
)

from newsdesk.domain.document import Block, BlockKind
from newsdesk.gui.thumbnails import EDITOR_WIDTH, display_size, picture_path
from newsdesk.storage.media import MediaStore
from newsdesk.text.direction import resolve_direction

KIND_PROPERTY = QTextFormat.Property.UserProperty + 1
FORCED_DIRECTION_PROPERTY = QTextFormat.Property.UserProperty + 2
IMAGE_PROPERTY = QTextFormat.Property.UserProperty + 3
PICTURE = BlockKind.IMAGE.value
CAPTION = "image_caption"
CREDIT = "image_credit"
PARTS = (PICTURE, CAPTION, CREDIT)
# The name an image object is known by in the document; the editor resolves it to a thumbnail.
PICTURE_SCHEME = "newsdesk-picture:"
OBJECT = "\ufffc"


def part_of(block: QTextBlock) -> str | None:
    """Which part of a picture a Qt block is (PICTURE, CAPTION, CREDIT), or None for text."""
    stored = block.blockFormat().property(KIND_PROPERTY)
    return stored if stored in PARTS else None


def _direction(text: str, language: str, forced: str) -> Qt.LayoutDirection:
    rtl = resolve_direction(text, language, forced) == "rtl"
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def picture_block_format(block: Block, language: str) -> QTextBlockFormat:
    """The format of the block that shows the thumbnail: centred, carrying src and alt."""
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, PICTURE)
    fmt.setProperty(IMAGE_PROPERTY, json.dumps({"src": block.src, "alt": block.alt}))
    fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    fmt.setLayoutDirection(_direction(block.caption, language, block.direction))
    fmt.setTopMargin(6)
    return fmt


def caption_block_format(block: Block, language: str) -> QTextBlockFormat:
    """The caption's block format: its own direction (the image block's forced one, if any)."""
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, CAPTION)
    if block.direction != "auto":
        fmt.setProperty(FORCED_DIRECTION_PROPERTY, block.direction)
    fmt.setLayoutDirection(_direction(block.caption, language, block.direction))
    return fmt


def credit_block_format(block: Block, language: str) -> QTextBlockFormat:
    """The credit's block format, its direction from its own text."""
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, CREDIT)
    fmt.setLayoutDirection(_direction(block.credit, language, "auto"))
    fmt.setBottomMargin(6)
    return fmt


def caption_char_format() -> QTextCharFormat:
    """Captions are shown in italics."""
    fmt = QTextCharFormat()
    fmt.setFontItalic(True)
    return fmt


def credit_char_format() -> QTextCharFormat:
    """Credits are shown smaller, in grey."""
    fmt = QTextCharFormat()
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    fmt.setForeground(QColor("#606060"))
    return fmt


def part_formats(
    part: str, block: Block, language: str
) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The block and character formats of one part of a picture."""
    if part == CAPTION:
        return caption_block_format(block, language), caption_char_format()
    if part == CREDIT:
        return credit_block_format(block, language), credit_char_format()
    return picture_block_format(block, language), QTextCharFormat()


def part_texts(block: Block) -> list[tuple[str, str]]:
    """The (part, text) lines a picture takes in the document, the thumbnail's line empty."""
    return [(PICTURE, ""), (CAPTION, block.caption or block.text), (CREDIT, block.credit)]


def image_format(src: str | None, store: MediaStore | None = None) -> QTextImageFormat:
    """The image object for a picture, sized so layout never has to decode the file."""
    fmt = QTextImageFormat()
    fmt.setName(PICTURE_SCHEME + (src or ""))
    path = picture_path(store or MediaStore.default(), src) if src else None
    size = display_size(path, EDITOR_WIDTH)
    fmt.setWidth(size.width())
    fmt.setHeight(size.height())
    return fmt


def picture_data(block: QTextBlock) -> dict[str, str]:
    """The src and alt text stored on a picture block."""
    try:
        data = json.loads(block.blockFormat().property(IMAGE_PROPERTY) or "{}")
    except (TypeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def set_picture_data(block: QTextBlock, data: dict[str, str]) -> QTextBlockFormat:
    """The picture block's format with new src and alt text."""
    fmt = block.blockFormat()
    fmt.setProperty(IMAGE_PROPERTY, json.dumps(data))
    return fmt


def group_of(block: QTextBlock) -> tuple[QTextBlock, QTextBlock] | None:
    """The first and last Qt blocks of the picture `block` belongs to, or None."""
    part = part_of(block)
    if part is None:
        return None
    first = block
    previous = block.previous()
    if part == CAPTION and part_of(previous) == PICTURE:
        first = previous
    elif part == CREDIT and part_of(previous) in (PICTURE, CAPTION):
        first = group_of(previous)[0]  # type: ignore[index]
    last = first
    for wanted in (CAPTION, CREDIT):
        following = last.next()
        if following.isValid() and part_of(following) == wanted and _after(wanted, last):
            last = following
    return first, last


def _after(part: str, block: QTextBlock) -> bool:
    return PARTS.index(part) > PARTS.index(part_of(block) or PICTURE)


def read_picture(block: QTextBlock) -> tuple[Block, QTextBlock]:
    """The model image block for the picture starting at `block`, and the Qt block after it."""
    data = picture_data(block)
    caption, credit, direction = "", "", "auto"
    following = block.next()
    if following.isValid() and part_of(following) == CAPTION:
        caption = following.text()
        forced = following.blockFormat().property(FORCED_DIRECTION_PROPERTY)
        direction = forced if forced in ("rtl", "ltr") else "auto"
        following = following.next()
    if following.isValid() and part_of(following) == CREDIT:
        credit = following.text()
        following = following.next()
    model = Block(
        BlockKind.IMAGE,
        "",
        (),
        direction,
        src=data.get("src") or None,
        caption=caption.replace(OBJECT, ""),
        credit=credit.replace(OBJECT, ""),
        alt=str(data.get("alt") or ""),
    )
    return model, following
