"""Word-level differences between two texts, for revision diffs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["equal", "delete", "insert"]

# Words (letters, digits, marks and joiners together), runs of space, and single other characters.
_TOKEN = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u200C\u200D]+|\s+|[^\w\s]")


@dataclass(frozen=True)
class Chunk:
    """A run of text that is the same, removed or added."""

    op: Op
    text: str

    def to_dict(self) -> dict[str, str]:
        """The chunk as plain JSON values."""
        return {"op": self.op, "text": self.text}


def tokenize(text: str) -> list[str]:
    """Split text into words, spaces and punctuation so that joining gives it back."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Chunk]:
    """The chunks that turn `old` into `new`, word by word."""
    a, b = tokenize(old), tokenize(new)
    chunks: list[Chunk] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            _append(chunks, "equal", "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _append(chunks, "delete", "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            _append(chunks, "insert", "".join(b[j1:j2]))
    return chunks


def _append(chunks: list[Chunk], op: Op, text: str) -> None:
    if not text:
        return
    if chunks and chunks[-1].op == op:
        chunks[-1] = Chunk(op, chunks[-1].text + text)
    else:
        chunks.append(Chunk(op, text))


def changed(chunks: list[Chunk]) -> bool:
    """Whether any chunk is a deletion or an insertion."""
    return any(chunk.op != "equal" for chunk in chunks)


def render_inline(chunks: list[Chunk]) -> str:
    """Chunks as one line of text with [-removed-] and {+added+} markers."""
    marks = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
    return "".join(marks[c.op][0] + c.text + marks[c.op][1] for c in chunks)
