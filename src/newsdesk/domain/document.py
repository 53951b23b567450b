"""The article body as a small document model: blocks with inline marks and a direction."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple


class BlockKind(StrEnum):
    """The kinds of body block."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    LIST_ITEM = "list_item"
    IMAGE = "image"


class MarkKind(StrEnum):
    """Inline formatting over a span of a block's text."""

    BOLD = "bold"
    ITALIC = "italic"
    LINK = "link"


BLOCK_DIRECTIONS = ("auto", "rtl", "ltr")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


class DocumentError(ValueError):
    """A body that does not fit the document model."""


@dataclass(frozen=True)
class Mark:
    """Inline formatting from `start` to `end` (code points into the block text)."""

    kind: MarkKind
    start: int
    end: int
    href: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The mark as plain JSON values."""
        data: dict[str, Any] = {"kind": self.kind.value, "start": self.start, "end": self.end}
        if self.href is not None:
            data["href"] = self.href
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mark:
        """Read a mark written by `to_dict`."""
        try:
            return cls(
                MarkKind(data["kind"]), int(data["start"]), int(data["end"]), data.get("href")
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise DocumentError(f"bad inline mark: {data!r}") from exc


_BLOCK_KINDS = {kind.value: kind for kind in BlockKind}


@dataclass(frozen=True)
class Block:
    """One body block: its text, marks and a direction of `auto`, `rtl` or `ltr`."""

    kind: BlockKind = BlockKind.PARAGRAPH
    text: str = ""
    marks: tuple[Mark, ...] = ()
    direction: str = "auto"
    level: int = 0
    src: str | None = None
    caption: str = ""
    credit: str = ""
    alt: str = ""

    def __post_init__(self) -> None:
        if self.direction not in BLOCK_DIRECTIONS:
            raise DocumentError(f"block direction must be one of {BLOCK_DIRECTIONS}")
        for mark in self.marks:
            if not 0 <= mark.start <= mark.end <= len(self.text):
                raise DocumentError(f"mark {mark.start}-{mark.end} lies outside its block")

    def to_dict(self) -> dict[str, Any]:
        """The block as plain JSON values, leaving out defaults."""
        data: dict[str, Any] = {"kind": self.kind.value, "text": self.text}
        if self.marks:
            data["marks"] = [mark.to_dict() for mark in self.marks]
        if self.direction != "auto":
            data["direction"] = self.direction
        if self.level:
            data["level"] = self.level
        if self.src is not None:
            data["src"] = self.src
        if self.caption:
            data["caption"] = self.caption
        if self.credit:
            data["credit"] = self.credit
        if self.alt:
            data["alt"] = self.alt
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        """Read a block written by `to_dict`."""
        if not isinstance(data, dict):
            raise DocumentError(f"a block must be an object, not {type(data).__name__}")
        kind = _BLOCK_KINDS.get(data.get("kind", "paragraph"))
        if kind is None:
            raise DocumentError(f"unknown block kind {data.get('kind')!r}")
        try:
            marks = data.get("marks")
            return cls(
                kind=kind,
                text=str(data.get("text", "")),
                marks=tuple(Mark.from_dict(m) for m in marks) if marks else (),
                direction=data.get("direction", "auto"),
                level=int(data.get("level", 0)),
                src=data.get("src"),
                caption=str(data.get("caption", "")),
                credit=str(data.get("credit", "")),
                alt=str(data.get("alt", "")),
            )
        except (ValueError, TypeError) as exc:
            raise DocumentError(f"bad block: {exc}") from exc


@dataclass(frozen=True)
class Document:
    """An article body: an ordered list of blocks."""

    blocks: tuple[Block, ...] = field(default_factory=tuple)

    @classmethod
    def from_plain_text(cls, text: str) -> Document:
        """Paragraphs from plain text: split on blank lines, or on every line when there are none."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        if _BLANK_LINE.search(text.strip()):
            chunks = _split_on_blank_lines(lines)
        else:
            chunks = [line for line in lines if line.strip()]
        return cls(tuple(Block(text=chunk) for chunk in chunks))

    def plain_text(self) -> str:
        """The body as plain text, one blank line between blocks."""
        return "\n\n".join(block.text for block in self.blocks if block.kind != BlockKind.IMAGE)

    def to_list(self) -> list[dict[str, Any]]:
        """The blocks as plain JSON values."""
        return [block.to_dict() for block in self.blocks]

    def to_json(self) -> str:
        """The document as JSON text (Arabic kept as letters, not escapes)."""
        return json.dumps({"blocks": self.to_list()}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_list(cls, blocks: list[dict[str, Any]]) -> Document:
        """Read blocks written by `to_list`."""
        if not isinstance(blocks, list):
            raise DocumentError("a document's blocks must be a list")
        return cls(tuple(Block.from_dict(b) for b in blocks))

    @classmethod
    def from_json(cls, text: str) -> Document:
        """Read a document written by `to_json`."""
        try:
            data = json.loads(text) if text else {"blocks": []}
        except json.JSONDecodeError as exc:
            raise DocumentError(f"body is not valid JSON: {exc}") from exc
        if not isinstance(data, dict) or "blocks" not in data:
            raise DocumentError("body JSON must be an object with a 'blocks' list")
        return cls.from_list(data["blocks"])


def _split_on_blank_lines(lines: list[str]) -> list[str]:
    chunks: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line)
        elif current:
            chunks.append("\n".join(current))
            current = []
    if current:
        chunks.append("\n".join(current))
    return chunks


class MarkedPiece(NamedTuple):
    """A run of a block's text under one combination of marks."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


def marked_pieces(text: str, marks: Sequence[Mark]) -> list[MarkedPiece]:
    """The text cut where marks begin and end, each piece with the marks that cover it."""
    spans = tuple(m for m in marks if m.start < m.end)
    if not spans:
        return [MarkedPiece(text)]
    return list(_cut(text, spans))


# A bundle writes each block in several formats (HTML, Markdown, NewsML...), each cutting the
# same text at the same marks: the pieces are worked out once.
@lru_cache(maxsize=512)
def _cut(text: str, spans: tuple[Mark, ...]) -> tuple[MarkedPiece, ...]:
    cuts = sorted({0, len(text), *(m.start for m in spans), *(m.end for m in spans)})
    pieces = []
    for start, end in pairwise(cuts):
        bold = italic = linked = False
        href = None
        for m in spans:
            if m.start <= start and end <= m.end:
                if m.kind == MarkKind.BOLD:
                    bold = True
                elif m.kind == MarkKind.ITALIC:
                    italic = True
                elif m.kind == MarkKind.LINK and not linked:
                    href, linked = m.href, True
        pieces.append(MarkedPiece(text[start:end], bold, italic, href))
    return tuple(pieces)
