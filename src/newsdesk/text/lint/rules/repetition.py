"""The same word twice in a row (`the the`, `في في`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule
from newsdesk.text.lint.scripts import ARABIC_MARKS

_WORD = f"(?:\\w|[{ARABIC_MARKS}])"
# Possessive quantifiers keep the scan linear on long words.
_REPEAT = re.compile(f"(?<!{_WORD})({_WORD}++)[ \\u00a0\\u202f]++\\1(?!{_WORD})", re.IGNORECASE)

# Doublings that are correct copy: French reflexives, English "had had", Arabic adverbial
# reduplication (رويدا رويدا، خطوة خطوة).
_ALLOWED = frozenset(
    {
        "nous",
        "vous",
        "had",
        "that",
        "رويدا",
        "شيئا",
        "قليلا",
        "خطوة",
        "يوما",
        "حينا",
        "تدريجيا",
    }
)


def check_repeated_word(ctx: LintContext) -> Iterator[Hit]:
    """A word written twice in a row, ignoring case; numbers are not words here."""
    for m in _REPEAT.finditer(ctx.masked):
        word = m.group(1)
        if not any(ch.isalpha() for ch in word) or word.casefold() in _ALLOWED:
            continue
        yield Hit(m.start(), m.end(), None, {"word": word})


RULES = (Rule("repeat.word", "warning", check_repeated_word),)
