"""Digit groups split by a plain space, which an Arabic paragraph shows in reverse order.

In a right-to-left paragraph `641 000` is laid out as two numbers with a space between
them, so the reader sees `000 641`. A narrow no-break space (U+202F, the default fix) or
a no-break space is a common separator in the bidi algorithm and binds the groups into
one number; the newsroom may choose another grouping
(`LintSettings.digit_group_separator`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.text.digit_groups import digit_groups
from newsdesk.text.direction import resolve_direction
from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule

_LINE = re.compile("[^\n\r\u2028\u2029]+")


def check_digit_groups(ctx: LintContext) -> Iterator[Hit]:
    """Digit groups split by plain spaces in a right-to-left paragraph."""
    text = ctx.masked
    if " " not in text:
        return
    separator = ctx.settings.digit_group_separator
    for line in _LINE.finditer(text):
        if resolve_direction(line.group(), ctx.language) != "rtl":
            continue
        offset = line.start()
        for m in digit_groups(line.group()):
            found = m.group()
            yield Hit(
                offset + m.start(),
                offset + m.end(),
                found.replace(" ", separator),
                {"found": found},
            )


RULES = (Rule("digits.grouping", "warning", check_digit_groups),)
