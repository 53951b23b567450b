"""A Word paragraph's runs: the block's marked pieces cut again where the script changes.

Word and LibreOffice lay out a run marked `w:rtl` right to left and draw it with the run's
complex-script properties (font `w:cs`, `w:bCs`, `w:iCs`); a Latin word inside an Arabic
paragraph must be a run of its own without that mark, or it is reordered and set in the
Arabic face. Neutral characters (spaces, digits, punctuation) take the direction of the letters
on both sides when those agree, and the paragraph's otherwise, as the Unicode bidi algorithm
resolves them (rules N1 and N2): "45 ألف" at the start of an Arabic paragraph is one
right-to-left run.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.domain.document import Mark, marked_pieces
from newsdesk.render.safety import clean_text
from newsdesk.text.direction import Direction

# XML 1.0 has no place for these two, which an HTML page may still carry.
_NOT_IN_XML = re.compile("[\ufffe\uffff]")


def word_text(text: str) -> str:
    """User text without the characters a Word file's XML may not hold."""
    return _NOT_IN_XML.sub("", clean_text(text))


@dataclass(frozen=True)
class WordRun:
    """Text under one combination of marks, in one direction."""

    text: str
    rtl: bool
    bold: bool = False
    italic: bool = False
    href: str | None = None


def _strong(char: str) -> bool | None:
    """True for a right-to-left letter, False for a left-to-right one, None for a neutral."""
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return True
    if kind == "L":
        return False
    return None


def character_directions(text: str, paragraph: Direction) -> list[bool]:
    """Whether each character of `text` belongs to a right-to-left run."""
    found = [_strong(char) for char in text]
    own = paragraph == "rtl"
    out: list[bool] = []
    before = own
    index = 0
    while index < len(found):
        value = found[index]
        if value is not None:
            out.append(value)
            before = value
            index += 1
            continue
        end = index
        while end < len(found) and found[end] is None:
            end += 1
        after = found[end] if end < len(found) else own
        out.extend([before if before == after else own] * (end - index))
        index = end
    return out


def word_runs(text: str, marks: Sequence[Mark], paragraph: Direction) -> list[WordRun]:
    """The paragraph's runs in logical order, cut at every mark edge and change of script."""
    rtl = character_directions(text, paragraph)
    runs: list[WordRun] = []
    offset = 0
    for piece in marked_pieces(text, marks):
        start = offset
        offset += len(piece.text)
        cut = start
        for index in range(start + 1, offset + 1):
            if index == offset or rtl[index] != rtl[cut]:
                runs.append(
                    WordRun(text[cut:index], rtl[cut], piece.bold, piece.italic, piece.href)
                )
                cut = index
    return runs
