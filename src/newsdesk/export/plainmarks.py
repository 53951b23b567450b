"""Direction marks for formats with no dir attribute (Markdown, plain text)."""

from __future__ import annotations

import unicodedata

from newsdesk.text.direction import Direction, resolve_direction

RLM = "\u200f"
LRM = "\u200e"


def first_strong(text: str) -> Direction | None:
    """The direction a first-strong-letter reader (browsers, editors) gives the text."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def with_direction(
    text: str, language: str, explicit: str = "auto", wanted: Direction | None = None
) -> str:
    """The text, opened by RLM or LRM when a first-strong reader would get its direction wrong.

    A paragraph such as "CNSS يسجل ..." is Arabic and right-to-left, but Markdown viewers and
    text editors take its direction from the first letter; one invisible mark fixes that.
    `wanted` is the direction when already resolved (from the article's view).
    """
    if wanted is None:
        wanted = resolve_direction(text, language, explicit)
    seen = first_strong(text)
    if seen is None:
        seen = "rtl" if language_default_rtl(language) else "ltr"
    if seen == wanted:
        return text
    return (RLM if wanted == "rtl" else LRM) + text


def language_default_rtl(language: str) -> bool:
    """Whether a text with no letters is laid out right to left in this language."""
    return resolve_direction("", language) == "rtl"
