"""Inline marks as documents spell them: split over many runs, joined back into whole phrases."""

from __future__ import annotations

from collections.abc import Iterable

from newsdesk.domain.document import Block, BlockKind, Mark


def merged(marks: Iterable[Mark]) -> list[Mark]:
    """Marks of one kind (and link) that touch or overlap joined into one, in text order."""
    result: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.kind.value, m.href or "", m.start, m.end)):
        last = result[-1] if result else None
        if (
            last is not None
            and last.kind == mark.kind
            and last.href == mark.href
            and mark.start <= last.end
        ):
            result[-1] = Mark(last.kind, last.start, max(last.end, mark.end), last.href)
        elif mark.end > mark.start:
            result.append(mark)
    return sorted(result, key=lambda m: (m.start, m.end, m.kind.value))


def stripped_block(
    kind: BlockKind, raw: str, marks: Iterable[Mark], direction: str, level: int = 0
) -> Block | None:
    """A block of `raw` without its outer spaces, marks moved and merged to fit; None if blank."""
    text = raw.strip()
    if not text:
        return None
    shift = len(raw) - len(raw.lstrip())
    fitted = (
        Mark(m.kind, max(m.start - shift, 0), min(m.end - shift, len(text)), m.href)
        for m in marks
        if m.end - shift > 0 and m.start - shift < len(text)
    )
    return Block(kind, text, tuple(merged(fitted)), direction, level)
