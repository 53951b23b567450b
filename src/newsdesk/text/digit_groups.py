"""Digit groups split by plain spaces (`641 000`), and binding them into one number.

A plain space is neutral in the bidi algorithm, so in a right-to-left paragraph the groups
of `641 000` are laid out as two numbers and read `000 641`. A no-break space is a common
separator: between two digits it takes their class, and the groups stay one number, in
order and on one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NO_BREAK_SPACE = "\u00a0"

# One to three digits, then groups of exactly three, of one digit style, split by single
# plain spaces. Digits glued to Latin letters or to other digits are not a group; a glued
# proclitic (`و2 500`) is house style and does not stop a match.
_NOT_BEFORE = "(?<![0-9\u0660-\u0669\u06f0-\u06f9A-Za-z\u00c0-\u024f.,\u066b\u066c])"
_NOT_AFTER = "(?![0-9\u0660-\u0669\u06f0-\u06f9A-Za-z\u00c0-\u024f])"
_GROUPS = re.compile(
    f"{_NOT_BEFORE}(?:[0-9]{{1,3}}(?: [0-9]{{3}})+|[\u0660-\u0669]{{1,3}}(?: [\u0660-\u0669]{{3}})+)"
    f"{_NOT_AFTER}"
)


def digit_groups(text: str) -> Iterator[re.Match[str]]:
    """Every run of digit groups split by plain spaces, Western or Eastern, in order."""
    if " " not in text:
        return iter(())
    return _GROUPS.finditer(text)


def bind_digit_groups(text: str, separator: str = NO_BREAK_SPACE) -> str:
    """The text with the spaces inside digit groups replaced by `separator`."""
    if " " not in text:
        return text
    return _GROUPS.sub(lambda m: m.group().replace(" ", separator), text)
