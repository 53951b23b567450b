"""Word and character counts and reading time, as a desk counts them."""

from __future__ import annotations

import math
import re
import unicodedata

from newsdesk.text.direction import base_language

# Average silent-reading speed of news copy, in words per minute.
WORDS_PER_MINUTE: dict[str, int] = {"ar": 180, "fr": 220, "en": 220}
DEFAULT_WORDS_PER_MINUTE = 220

# A letter or digit; tatweel is a letter to Unicode but only stretches a word.
_WORDLIKE = re.compile(r"[^\W_\u0640]")
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def word_count(text: str) -> int:
    """Count whitespace-separated tokens holding a letter or digit (Arabic clitics included)."""
    if not text:
        return 0
    search = _WORDLIKE.search
    return sum(1 for token in text.split() if search(token))


def article_word_count(headline: str, body: str) -> int:
    """Count the words of an article as every count on the desk shows them: headline and body."""
    return word_count(headline) + word_count(body)


class _InvisibleTable(dict[int, str | None]):
    """str.translate table deleting what a reader does not see as a character of its own."""

    def __init__(self, *, drop_spaces: bool) -> None:
        super().__init__()
        self._drop_spaces = drop_spaces

    def __missing__(self, codepoint: int) -> str | None:
        char = chr(codepoint)
        category = unicodedata.category(char)
        invisible = (
            category.startswith("M")  # combining marks and tashkeel join the letter before
            or category == "Cf"  # bidi controls, zero-width joiners, soft hyphens
            or char in _LINE_BREAKS
            or (self._drop_spaces and char.isspace())
        )
        value = None if invisible else char
        self[codepoint] = value
        return value


_WITH_SPACES = _InvisibleTable(drop_spaces=False)
_WITHOUT_SPACES = _InvisibleTable(drop_spaces=True)


def char_count(text: str, *, spaces: bool = True) -> int:
    """Count visible characters: marks, controls and line breaks are not characters."""
    if not text:
        return 0
    return len(text.translate(_WITH_SPACES if spaces else _WITHOUT_SPACES))


def reading_time_minutes(text: str, language: str) -> int:
    """Return whole minutes to read text, rounded up; 0 only when there is no word."""
    words = word_count(text)
    if words == 0:
        return 0
    rate = WORDS_PER_MINUTE.get(base_language(language), DEFAULT_WORDS_PER_MINUTE)
    return max(1, math.ceil(words / rate))
