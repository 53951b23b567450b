"""A light guess of a text's language among the newsroom's own (ar, fr, en)."""

from __future__ import annotations

import re

from newsdesk.text.direction import (
    Direction,
    language_direction,
    resolve_direction,
    strong_counts,
)

_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "un",
        "une",
        "et",
        "est",
        "sont",
        "dans",
        "pour",
        "par",
        "sur",
        "avec",
        "au",
        "aux",
        "que",
        "qui",
        "ne",
        "pas",
        "ce",
        "cette",
        "été",
        "a",
        "l",
        "d",
        "qu",
        "il",
        "elle",
        "ont",
        "selon",
        "lors",
        "entre",
        "plus",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "is",
        "are",
        "was",
        "were",
        "in",
        "on",
        "of",
        "for",
        "with",
        "by",
        "to",
        "that",
        "which",
        "not",
        "this",
        "has",
        "have",
        "been",
        "it",
        "its",
        "from",
        "at",
        "as",
        "said",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str, default: str = "ar") -> str:
    """ar when Arabic letters outnumber Latin ones; otherwise fr or en by their common words."""
    rtl, ltr = strong_counts(text)
    if rtl == 0 and ltr == 0:
        return default
    if rtl >= ltr:
        return "ar"
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    french = sum(w in _FRENCH for w in words) + 2 * len(re.findall(r"[éèêàçù]", text[:20_000]))
    english = sum(w in _ENGLISH for w in words)
    return "fr" if french > english else "en"


def paragraph_language(text: str, language: str, explicit: str = "auto") -> tuple[Direction, str]:
    """A paragraph's direction and language inside a document written in `language`.

    The direction follows `resolve_direction`; a paragraph in the other direction than the
    document's takes that script's language (Arabic, or French / English by its words), so
    the renderer, screen readers and the house style all treat it as what it is.
    """
    direction = resolve_direction(text, language, explicit)
    if direction == language_direction(language):
        return direction, language
    if direction == "rtl":
        return direction, "ar"
    guessed = guess_language(text, default="en")
    return direction, guessed if guessed != "ar" else language
