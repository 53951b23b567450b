"""Pictures found in an imported document: checked by content, named as the media folder names them.

An importer hands each picture's bytes to a `PictureTaker`; what is a JPEG, PNG, GIF or WebP
picture of a sane size becomes an image block's `src` (its checksum path in the media folder),
and the bytes travel with the import to be filed when the article is stored. Anything else is
counted by why it was left out, for the import summary; a bad picture never stops the text.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes, urlsplit

from newsdesk.domain.document import Block, BlockKind
from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import (
    LARGE_PICTURE,
    MISSING_PICTURE,
    PICTURE,
    REFUSED_PICTURE,
    REMOTE_PICTURE,
)
from newsdesk.livefiles import refuse_live_database
from newsdesk.render.safety import clean_text
from newsdesk.storage.media import MAX_PICTURE_BYTES, MediaStore, inspect_image

MAX_PICTURES = 500
# Far above any camera's (a 50-megapixel one included), far below what a bomb unpacks to.
MAX_PICTURE_PIXELS = 60_000_000
_SPACES = re.compile(r"\s+")
_DATA_URI = re.compile(r"^data:([^,;]*)((?:;[^,;]*)*),(.*)$", re.IGNORECASE | re.DOTALL)


@dataclass
class FoundPicture:
    """A picture met in a paragraph: its media src (None when left out), caption and alt text."""

    src: str | None
    alt: str = ""
    caption: str = ""
    direction: str = "auto"
    boxed: bool = False  # in a caption frame, whose own text is its caption
    # The paragraphs taken as its caption, kept as they were should the picture be left out.
    text_blocks: list[Block] = field(default_factory=list)

    def caption_from(self, block: Block | None, text: str | None = None) -> None:
        """Take a paragraph (or `text`, its words as a caption) after what the caption holds."""
        if block is None:
            return
        self.caption = " ".join(filter(None, (self.caption, text or block.text)))
        self.direction = block.direction
        self.text_blocks.append(block)


@dataclass
class PictureTaker:
    """Pictures of one import: the accepted ones by `src`, the others counted by why."""

    source_name: str
    taken: dict[str, bytes] = field(default_factory=dict)
    left_out: dict[str, int] = field(default_factory=dict)
    seen: int = 0  # pictures met, taken or not (the same picture twice counts twice)

    def take(self, data: bytes | None, label: str) -> str | None:
        """The media `src` for a picture's bytes; None (and counted) when it cannot come in."""
        self.seen += 1
        return self._take(data, label)

    def _take(self, data: bytes | None, label: str) -> str | None:
        if data is None:
            return self._count(MISSING_PICTURE)
        if len(self.taken) >= MAX_PICTURES:
            return self._count(LARGE_PICTURE)  # more than any article holds: too large
        if len(data) > MAX_PICTURE_BYTES:
            return self._count(LARGE_PICTURE)
        from PIL import Image

        name = f"{self.source_name}: {label}"
        try:
            info = inspect_image(data, name)
            if info.width * info.height > MAX_PICTURE_PIXELS:
                return self._count(LARGE_PICTURE)
            src = MediaStore.src_for(data, name)
        except InvalidInputError as exc:
            bomb = isinstance(exc.__cause__, Image.DecompressionBombError)
            return self._count(LARGE_PICTURE if bomb else REFUSED_PICTURE)
        except Exception:  # Pillow raises many kinds on hostile bytes; the text still comes in
            return self._count(REFUSED_PICTURE)
        self.taken[src] = data
        return src

    def take_encoded(self, data: bytes | None, label: str) -> str | None:
        """As `take`, for bytes decoded from text in the document: None means it was garbled."""
        self.seen += 1
        return self._count(REFUSED_PICTURE) if data is None else self._take(data, label)

    def take_address(self, address: str, folder: Path | None, label: str) -> str | None:
        """A picture named by an address: data: URI, a file beside the document, or remote."""
        address = address.strip()
        scheme = urlsplit(address).scheme.lower() if _plain(address) else ""
        if address.lower().startswith("data:"):
            return self.take_encoded(_data_uri(address), label)
        self.seen += 1
        if scheme in ("http", "https") or address.startswith("//"):
            return self._count(REMOTE_PICTURE)
        if scheme or folder is None or not address:
            return self._count(MISSING_PICTURE)
        path = beside(folder, address)
        return self._take(None if path is None else _read_beside(path), label)

    def leave_out(self, why: str) -> str | None:
        """Count one picture met and left out, and why; None, the src it does not get."""
        self.seen += 1
        return self._count(why)

    def unseen(self, expected: int) -> dict[str, int]:
        """Pictures the document holds where its text is not read (the "left out" entry)."""
        missed = expected - self.seen
        return {PICTURE: missed} if missed > 0 else {}

    def _count(self, why: str) -> str | None:
        self.left_out[why] = self.left_out.get(why, 0) + 1
        return None

    @property
    def pictures(self) -> tuple[tuple[str, bytes], ...]:
        """(src, bytes) of every accepted picture, in the order first met."""
        return tuple(self.taken.items())


def _plain(address: str) -> bool:
    try:
        urlsplit(address)
    except ValueError:
        return False
    return True


def _data_uri(address: str) -> bytes | None:
    """The bytes a data: URI carries; None when it is malformed."""
    found = _DATA_URI.match(address)
    if found is None:
        return None
    payload = found.group(3)
    if ";base64" in found.group(2).lower():
        return decode_base64(payload)
    return unquote_to_bytes(payload)


def decode_base64(text: str) -> bytes | None:
    """Base64 text as OpenDocument embeds it (with line breaks); None when it is not base64."""
    try:
        return base64.b64decode(_SPACES.sub("", text), validate=True)
    except (binascii.Error, ValueError):
        return None


def beside(folder: Path, address: str) -> Path | None:
    """The file an address names relative to the document's folder; None outside it or missing."""
    relative = unquote(urlsplit(address).path)
    if not relative or relative.startswith(("/", "\\")) or "\\" in relative or "\0" in relative:
        return None
    try:
        root = folder.resolve()
        path = (root / relative).resolve()  # follows links: one leading out is caught below
        if not path.is_relative_to(root) or not path.is_file():
            return None
    except (OSError, ValueError):  # a name too long, a link loop: no file the page can name
        return None
    return path


def _read_beside(path: Path) -> bytes | None:
    try:
        refuse_live_database(path, "use as a picture")
        with path.open("rb") as stream:
            # One byte past the limit at most: a file that grew is still found too big.
            return stream.read(MAX_PICTURE_BYTES + 1)
    except (OSError, InvalidInputError):
        return None


def picture_blocks(found: list[FoundPicture]) -> list[Block]:
    """Image blocks for pictures taken; a left-out picture's caption stays as a paragraph."""
    blocks = []
    for picture in found:
        if picture.src is not None:
            blocks.append(image_block(picture.src, picture.caption, picture.alt, picture.direction))
        elif picture.text_blocks:
            blocks.extend(picture.text_blocks)
        elif picture.caption:
            blocks.append(Block(text=picture.caption, direction=picture.direction))
    return blocks


def image_block(src: str, caption: str = "", alt: str = "", direction: str = "auto") -> Block:
    """An image block with its caption and alt text on one line each."""
    return Block(
        BlockKind.IMAGE,
        "",
        direction=direction,
        src=src,
        caption=one_line_text(caption),
        alt=one_line_text(alt),
    )


def one_line_text(text: str) -> str:
    """Clean text with its white space runs as single spaces."""
    return " ".join(clean_text(text).split())
