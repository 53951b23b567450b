"""The newsroom's house spelling of words the dictionary accepts written more than one way.

A variant is the same word with its hamza on another seat (مسؤول / مسئول, شؤون / شئون,
مبادئ / مبادىء): the spellings search already treats as one word. Each house word is looked for
inside longer words too, so المسئولين is offered as المسؤولين.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule

# Every way of writing one hamza seat: on waw or yeh, or on the line after an optional yeh.
_SEATS = "(?:[\u0624\u0626]|[\u064a\u0649]?\u0621)"
_SEAT_IN_WORD = re.compile(_SEATS)
_MARKS = "[\u064b-\u0652\u0670\u0640]*"


@cache
def variant_pattern(word: str) -> re.Pattern[str] | None:
    """A pattern matching every seat spelling of `word` (tashkeel allowed); None if it has none."""
    pieces = _SEAT_IN_WORD.split(word)
    if len(pieces) < 2:
        return None
    letters = [_MARKS.join(re.escape(char) for char in piece) for piece in pieces]
    return re.compile((_MARKS + _SEATS + _MARKS).join(letters))


def _with_seats(found: str, seats: list[str]) -> str:
    """`found` with its seats replaced by `seats` in order: the writer's tashkeel stays."""
    given = iter(seats)
    return _SEAT_IN_WORD.sub(lambda _seat: next(given), found)


def check_house_spelling(ctx: LintContext) -> Iterator[Hit]:
    """Variants of the house spellings, each offered as the house spelling."""
    for word in ctx.settings.house_spellings:
        pattern = variant_pattern(word)
        if pattern is None:
            continue
        house = _SEAT_IN_WORD.findall(word)
        for m in pattern.finditer(ctx.masked):
            found = m.group()
            if _SEAT_IN_WORD.findall(found) == house:
                continue
            fixed = _with_seats(found, house)
            yield Hit(m.start(), m.end(), fixed, {"found": found, "expected": fixed})


RULES = (Rule("house.spelling", "warning", check_house_spelling, languages=frozenset({"ar"})),)
