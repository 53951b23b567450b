"""Digits outside the house style.

Arabic copy follows `LintSettings.digit_style`; French and English copy always uses
Western digits. Persian digits (۴ ۵ ۶ differ from ٤ ٥ ٦) are never house style. Western
digits that belong to a Latin name (`COVID-19`, `G20`, `4G`) are left alone in an
Eastern-digit house.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule
from newsdesk.text.lint.scripts import (
    EASTERN_DIGITS,
    LATIN_LETTERS,
    PERSIAN_DIGITS,
    WESTERN_DIGITS,
)

_TO_WESTERN = str.maketrans(EASTERN_DIGITS + PERSIAN_DIGITS, WESTERN_DIGITS * 2)
_TO_EASTERN = str.maketrans(WESTERN_DIGITS + PERSIAN_DIGITS, EASTERN_DIGITS * 2)
_NOT_WESTERN = re.compile("[\u0660-\u0669\u06f0-\u06f9]+")
_NOT_EASTERN = re.compile(
    f"[\u06f0-\u06f9]+|(?<![0-9{LATIN_LETTERS}])(?<![{LATIN_LETTERS}]-)[0-9]++(?![{LATIN_LETTERS}])"
)
_WESTERN = re.compile("[0-9]")
_EASTERN = re.compile("[\u0660-\u0669]")
_ODD_DIGITS = frozenset(EASTERN_DIGITS + PERSIAN_DIGITS)


def check_digit_style(ctx: LintContext) -> Iterator[Hit]:
    """Digits not written in the house style; a warning when both styles are mixed."""
    text = ctx.masked
    eastern = ctx.language == "ar" and ctx.settings.digit_style == "eastern"
    if eastern:
        pattern, table, house = _NOT_EASTERN, _TO_EASTERN, _EASTERN
    else:
        if not ctx.present & _ODD_DIGITS:
            return
        pattern, table, house = _NOT_WESTERN, _TO_WESTERN, _WESTERN
    mixed = house.search(text) is not None
    for m in pattern.finditer(text):
        fixed = m.group().translate(table)
        yield Hit(
            m.start(),
            m.end(),
            fixed,
            {"found": m.group(), "expected": fixed},
            "warning" if mixed else "info",
        )


RULES = (Rule("digits.style", "warning", check_digit_style),)
