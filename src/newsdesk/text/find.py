"""Find in text the way an Arabic newsroom expects: optionally blind to diacritics, tatweel and
hamza forms (its seats too: مسؤول finds مسئول), with whole-word matching that lets a word
carry its clitics (و، ف، ب، ل، ك، ال).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsdesk.text.normalize import HAMZA, fold, fold_hamza_seats

YEH = "\u064a"

# Prefixes a whole word may carry and still count as the word (و+ال+كتاب matches كتاب).
_CLITICS = re.compile("(?:[وف]?(?:[بكل]?ال|لل|[بكل])|[وف])?")


@cache
def _fold_char(char: str) -> str:
    return fold(char)


def _yehs_before_hamza(text: str) -> set[int]:
    """Offsets of the yehs `fold_hamza_seats` drops: each run of them right before a hamza."""
    dropped: set[int] = set()
    after_hamza = False
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char == YEH and after_hamza:
            dropped.add(index)
        else:
            after_hamza = char == HAMZA
    return dropped


@dataclass(frozen=True)
class FoldedText:
    """Text folded character by character, with a map back to the original offsets."""

    text: str
    origin: tuple[int, ...]  # origin[i] = offset in the original of folded character i

    @classmethod
    def of(cls, original: str) -> FoldedText:
        """Fold `original`, remembering where each folded character came from."""
        pieces: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(original):
            folded = _fold_char(char)
            pieces.append(folded)
            origin.extend([index] * len(folded))
        text = "".join(pieces)
        if HAMZA in text:  # as `fold` does: a yeh before a hamza on the line is dropped
            dropped = _yehs_before_hamza(text)
            kept = [i for i in range(len(text)) if i not in dropped]
            text = "".join(text[i] for i in kept)
            origin = [origin[i] for i in kept]
        return cls(text, tuple(origin))

    def span(self, start: int, end: int, original_length: int) -> tuple[int, int]:
        """The original span covering folded characters start..end, marks that follow included."""
        begin = self.origin[start]
        finish = self.origin[end] if end < len(self.origin) else original_length
        return begin, finish


@dataclass(frozen=True)
class FindOptions:
    """How to match."""

    ignore_marks: bool = True
    whole_word: bool = False
    case_sensitive: bool = False


def find_all(text: str, query: str, options: FindOptions | None = None) -> list[tuple[int, int]]:
    """Every (start, end) code-point span of `text` that matches `query`, left to right."""
    options = options or FindOptions()
    if not query.strip():
        return []
    if options.ignore_marks:
        haystack = FoldedText.of(text)
        needle = fold_hamza_seats("".join(_fold_char(c) for c in query))
        source, mapped = haystack.text, haystack
    else:
        flags_text = text if options.case_sensitive else text.casefold()
        needle = query if options.case_sensitive else query.casefold()
        source, mapped = flags_text, None
        if len(flags_text) != len(text):  # casefold changed lengths (ß → ss): match exactly
            source, needle = text, query
    if not needle:
        return []
    pattern = re.escape(needle)
    if options.whole_word:
        pattern = rf"(?<![^\W_]){_CLITICS.pattern}({pattern})(?![^\W_])"
    else:
        pattern = f"({pattern})"
    spans = []
    for match in re.finditer(pattern, source):
        start, end = match.span(1)
        spans.append(mapped.span(start, end, len(text)) if mapped else (start, end))
    return spans


def replace_all(text: str, query: str, replacement: str, options: FindOptions | None = None) -> str:
    """`text` with every match of `query` replaced."""
    pieces, cursor = [], 0
    for start, end in find_all(text, query, options):
        pieces += [text[cursor:start], replacement]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
