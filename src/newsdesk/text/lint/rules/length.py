"""Headline and ticker-item length limits, counted in visible characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule

# Combining marks (vowel signs, accents) and invisible format controls do not take a
# character cell of their own.
_UNCOUNTED = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0898-\u089f\u08ca-\u08e1\u08e3-\u08ff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    "\ufe00-\ufe0f\ufe20-\ufe2f"
    "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)


def visible_length(text: str) -> int:
    """Count characters, leaving out combining marks and invisible format controls."""
    return len(text) - sum(1 for _ in _UNCOUNTED.finditer(text))


def _overflow(text: str, limit: int) -> Iterator[Hit]:
    count = visible_length(text)
    if count <= limit:
        return
    # Find the offset of the first character past the limit: each uncounted character
    # before it pushes it one code point further.
    offset = limit
    for m in _UNCOUNTED.finditer(text):
        if m.start() > offset:
            break
        offset += 1
    yield Hit(min(offset, len(text)), len(text), None, {"count": count, "limit": limit})


def check_headline(ctx: LintContext) -> Iterator[Hit]:
    """A headline longer than the house limit."""
    return _overflow(ctx.text, ctx.settings.headline_max_chars)


def check_ticker(ctx: LintContext) -> Iterator[Hit]:
    """A ticker item longer than the house limit."""
    return _overflow(ctx.text, ctx.settings.ticker_max_chars)


RULES = (
    Rule("length.headline", "warning", check_headline, fields=frozenset({"headline"})),
    Rule("length.ticker", "error", check_ticker, fields=frozenset({"ticker"})),
)
