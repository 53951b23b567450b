"""Search snippets: the part of the original text where the query matched, matches marked."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsdesk.text.normalize import search_terms

MARK_OPEN, MARK_CLOSE = "**", "**"
_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = "()[]«»“”\"'.,:;!?،؛؟…-"


def matching_spans(text: str, terms: set[str], reach: int | None = None) -> list[tuple[int, int]]:
    """Spans of the words in `text` (as typed) whose search terms include a query term.

    With `reach`, words starting more than `reach` characters after the first match are not
    looked at (a snippet shows no further).
    """
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(text):
        if reach is not None and spans and match.start() > spans[0][0] + reach:
            break
        word = match.group().strip(_EDGE_PUNCTUATION)
        if word and terms.intersection(_word_terms(word)):
            start = match.start() + match.group().find(word)
            spans.append((start, start + len(word)))
    return spans


@lru_cache(maxsize=65536)
def _word_terms(word: str) -> tuple[str, ...]:
    return tuple(search_terms(word))


def make_snippet(texts: Iterable[str], terms: Iterable[str], width: int = 160) -> str:
    """A window of about `width` characters around the first match, matches wrapped in **."""
    wanted = set(terms)
    fallback = ""
    for text in texts:
        if not text.strip():
            continue
        fallback = fallback or text
        spans = matching_spans(text, wanted, reach=width)
        if spans:
            return _window(text, spans, width)
    return _window(fallback, [], width)


def _window(text: str, spans: list[tuple[int, int]], width: int) -> str:
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if space >= 0 else len(text)
    pieces, cursor = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        pieces += [text[cursor:s], MARK_OPEN, text[s:e], MARK_CLOSE]
        cursor = e
    pieces.append(text[cursor:end])
    return ("…" if start else "") + "".join(pieces) + ("…" if end < len(text) else "")
