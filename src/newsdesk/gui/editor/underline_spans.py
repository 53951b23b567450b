"""A paragraph's underlines as spans, and where they go when the paragraph is edited."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QTextBlockUserData, QTextCharFormat

from newsdesk.gui.spelling.underline import utf16_offset

# Letters, digits and Arabic marks: typed against an underlined word, they join it.
_WORD = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]+")


@dataclass(frozen=True, slots=True)
class Span:
    """One underline: UTF-16 start and length in its paragraph, and how it is drawn."""

    start: int
    length: int
    format: QTextCharFormat

    @property
    def end(self) -> int:
        """Where the span stops (UTF-16)."""
        return self.start + self.length


class CheckedBlock(QTextBlockUserData):
    """What a paragraph's underlines were drawn from: its text, and whether they are exact.

    Spans that are not exact were carried over an edit from the last check of the paragraph,
    and wait for the paragraph to be checked again.
    """

    def __init__(self, text: str, spans: tuple[Span, ...], exact: bool):
        super().__init__()
        self.text = text
        self.spans = spans
        self.exact = exact


def _common_prefix(old: str, new: str) -> int:
    # Halving with slice comparisons (done in C): a paragraph of thousands of letters is
    # compared in a dozen steps, where a loop in Python would go letter by letter.
    low, high = 0, min(len(old), len(new))
    while low < high:
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(old: str, new: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if old[len(old) - middle :] == new[len(new) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


def edited_range(old: str, new: str) -> tuple[int, int, int]:
    """Where `old` became `new`, in UTF-16 units: start, end in `old`, end in `new`."""
    prefix = _common_prefix(old, new)
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    start = utf16_offset(old, prefix)
    old_end = utf16_offset(old, len(old) - suffix)
    return start, old_end, utf16_offset(new, len(new) - suffix)


def carried_spans(old: str, new: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """The spans of `old` moved onto `new`, as a text cursor's selection would move.

    Spans before the edit stay, spans after it move with the text; a span the edit falls
    strictly inside grows or shrinks with it, and so does one that letters were typed against
    (the word goes on); one the edit overlaps otherwise is dropped until the paragraph is
    checked again.
    """
    if old == new:
        return spans
    start, old_end, new_end = edited_range(old, new)
    delta = new_end - old_end
    joins = old_end == start and _WORD.fullmatch(_utf16_slice(new, start, new_end)) is not None
    carried = []
    for span in spans:
        inside = span.start < start and span.end > old_end
        if inside or (joins and start in (span.start, span.end)):
            if span.length + delta > 0:
                carried.append(Span(span.start, span.length + delta, span.format))
        elif span.end <= start:
            carried.append(span)
        elif span.start >= old_end:
            carried.append(Span(span.start + delta, span.length, span.format))
    return tuple(carried)


def _utf16_slice(text: str, start: int, end: int) -> str:
    units = text.encode("utf-16-le", "surrogatepass")
    return units[start * 2 : end * 2].decode("utf-16-le", "surrogatepass")
