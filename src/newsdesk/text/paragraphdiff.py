"""Paragraph-level comparison: which paragraphs stayed, went, came or changed, aligned in rows."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Literal

from newsdesk.text.worddiff import Chunk, tokenize, word_diff

RowOp = Literal["equal", "delete", "insert", "change"]
# Two paragraphs at least this alike (difflib's ratio, on words) are one paragraph changed.
SIMILAR = 0.5
# Past this many candidate pairs in one run, its paragraphs are shown as deleted and added.
MAX_PAIRINGS = 2_500


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


def paragraph_hunks(
    old: Sequence[Hashable],
    new: Sequence[Hashable],
    old_text: list[str] | None = None,
    new_text: list[str] | None = None,
) -> list[Hunk]:
    """The runs of paragraphs that differ between `old` and `new`, in order.

    Given the texts, a run is split further: each changed paragraph on its own, and the
    paragraphs only deleted or added between them together (as the rows show them).
    """
    if old_text is None or new_text is None:
        return _coarse_hunks(old, new)
    return [
        hunk
        for coarse in _coarse_hunks(old, new)
        for hunk, _rows in _split(coarse, _replaced(old_text, new_text, coarse))
    ]


def aligned_rows(
    old: Sequence[Hashable], new: Sequence[Hashable], old_text: list[str], new_text: list[str]
) -> list[Row]:
    """Rows pairing the paragraphs of both sides; changed pairs carry their word diff.

    `old` and `new` are what decides sameness (blocks with their marks), the texts are what is
    compared word by word inside a changed pair. Rows of one hunk share its number, in the
    order of `paragraph_hunks` given the same texts.
    """
    rows: list[Row] = []
    start, number = (0, 0), 0
    for coarse in _coarse_hunks(old, new):
        rows += _equal_rows(start, (coarse.old_start, coarse.new_start))
        for _hunk, group in _split(coarse, _replaced(old_text, new_text, coarse)):
            rows += [replace(row, hunk=number) for row in group]
            number += 1
        start = (coarse.old_end, coarse.new_end)
    rows += _equal_rows(start, (len(old), len(new)))
    return rows


def _coarse_hunks(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[Hunk]:
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    return [Hunk(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _split(coarse: Hunk, rows: list[Row]) -> list[tuple[Hunk, list[Row]]]:
    """A run's rows cut into hunks: a changed pair alone, what is only deleted or added together."""
    groups: list[list[Row]] = []
    for row in rows:
        if row.op == "change" or not groups or groups[-1][0].op == "change":
            groups.append([row])
        else:
            groups[-1].append(row)
    found, i, j = [], coarse.old_start, coarse.new_start
    for group in groups:
        deleted = sum(row.old is not None for row in group)
        added = sum(row.new is not None for row in group)
        found.append((Hunk(i, i + deleted, j, j + added), group))
        i, j = i + deleted, j + added
    return found


def _replaced(old: list[str], new: list[str], hunk: Hunk) -> list[Row]:
    """A run's rows: the most alike pair side by side, what lies before and after it alike.

    The same idea as difflib.ndiff's fancy replace, on paragraphs: a deleted paragraph is not
    set beside an unrelated added one only because they share a position.
    """
    a0, a1, b0, b1 = hunk.old_start, hunk.old_end, hunk.new_start, hunk.new_end
    best, pair = SIMILAR - 1e-9, None
    if (a1 - a0) * (b1 - b0) <= MAX_PAIRINGS:
        old_words = {i: tokenize(old[i]) for i in range(a0, a1)}
        matcher = SequenceMatcher(autojunk=False)
        for j in range(b0, b1):
            matcher.set_seq2(tokenize(new[j]))  # difflib caches what it learns of seq2
            for i in range(a0, a1):
                matcher.set_seq1(old_words[i])
                if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
                    ratio = matcher.ratio()
                    if ratio > best:
                        best, pair = ratio, (i, j)
    if pair is None:
        return [Row("delete", i, None) for i in range(a0, a1)] + [
            Row("insert", None, j) for j in range(b0, b1)
        ]
    i, j = pair
    return [
        *_replaced(old, new, Hunk(a0, i, b0, j)),
        Row("change", i, j, word_diff(old[i], new[j])),
        *_replaced(old, new, Hunk(i + 1, a1, j + 1, b1)),
    ]


def _equal_rows(start: tuple[int, int], end: tuple[int, int]) -> list[Row]:
    return [Row("equal", start[0] + k, start[1] + k) for k in range(end[0] - start[0])]
