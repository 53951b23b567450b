"""Paragraph-level comparison: which paragraphs stayed, went, came or changed, aligned in rows."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

from newsdesk.text.worddiff import Chunk, word_diff

RowOp = Literal["equal", "delete", "insert", "change"]


@dataclass(frozen=True)
class Hunk:
    """A run of paragraphs that differ: old[old_start:old_end] became new[new_start:new_end]."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int


@dataclass(frozen=True)
class Row:
    """One line of a side-by-side comparison: a paragraph on each side, or on one side only."""

    op: RowOp
    old: int | None
    new: int | None
    chunks: list[Chunk] = field(default_factory=list)
    hunk: int | None = None  # index into the hunks, None for unchanged paragraphs


def paragraph_hunks(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[Hunk]:
    """The runs of paragraphs that differ between `old` and `new`, in order."""
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    return [Hunk(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def aligned_rows(
    old: Sequence[Hashable], new: Sequence[Hashable], old_text: list[str], new_text: list[str]
) -> list[Row]:
    """Rows pairing the paragraphs of both sides; changed pairs carry their word diff.

    `old` and `new` are what decides sameness (blocks with their marks), the texts are what is
    compared word by word inside a changed pair.
    """
    rows: list[Row] = []
    start = (0, 0)
    for number, hunk in enumerate(paragraph_hunks(old, new)):
        rows += _equal_rows(start, (hunk.old_start, hunk.new_start))
        paired = min(hunk.old_end - hunk.old_start, hunk.new_end - hunk.new_start)
        for k in range(paired):
            i, j = hunk.old_start + k, hunk.new_start + k
            rows.append(Row("change", i, j, word_diff(old_text[i], new_text[j]), number))
        rows += [
            Row("delete", i, None, [], number) for i in range(hunk.old_start + paired, hunk.old_end)
        ]
        rows += [
            Row("insert", None, j, [], number) for j in range(hunk.new_start + paired, hunk.new_end)
        ]
        start = (hunk.old_end, hunk.new_end)
    rows += _equal_rows(start, (len(old), len(new)))
    return rows


def _equal_rows(start: tuple[int, int], end: tuple[int, int]) -> list[Row]:
    return [Row("equal", start[0] + k, start[1] + k) for k in range(end[0] - start[0])]
