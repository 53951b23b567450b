"""Latin punctuation in Arabic sentences and Arabic punctuation in Latin-script sentences.

The script of a mark is decided by its neighbours on the same line: the nearest letter on
each side and the character the mark is attached to. A mark attached to a Latin word inside
Arabic copy (`Royal Air Maroc, RAM`) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule
from newsdesk.text.lint.scripts import (
    ARABIC_WORD_SET,
    DIGIT_SET,
    LATIN_LETTER_SET,
    previous_visible,
    strong_after,
    strong_before,
)

_TO_ARABIC = {",": "،", ";": "؛", "?": "؟"}
_TO_LATIN = {value: key for key, value in _TO_ARABIC.items()}


def _with_space(text: str, i: int, mark: str) -> str:
    """The replacement mark, plus the space `spacing.after-punct` would ask for."""
    glued = i + 1 < len(text) and (text[i + 1].isalpha() or text[i + 1] in DIGIT_SET)
    return mark + " " if glued else mark


def _params(mark: str, table: dict[str, str]) -> dict[str, object]:
    return {"found": mark, "expected": table[mark]}


def check_latin_in_arabic(ctx: LintContext) -> Iterator[Hit]:
    """`,` `;` `?` used in an Arabic sentence instead of `،` `؛` `؟`."""
    if not ctx.has_arabic:
        return
    text = ctx.masked
    last = len(text) - 1
    arabic_copy = ctx.language == "ar"
    for i in ctx.punctuation:
        mark = text[i]
        if mark not in _TO_ARABIC:
            continue
        if mark == "," and 0 < i < last and text[i - 1] in DIGIT_SET and text[i + 1] in DIGIT_SET:
            continue
        if previous_visible(text, i) in LATIN_LETTER_SET:
            continue
        before, after = strong_before(text, i), strong_after(text, i)
        if arabic_copy:
            flagged = "ar" in (before, after)
        else:
            # In French or English copy only a mark wholly inside Arabic words counts.
            flagged = before == "ar" and after in ("ar", None)
        if flagged:
            yield Hit(i, i + 1, _with_space(text, i, _TO_ARABIC[mark]), _params(mark, _TO_ARABIC))


def check_arabic_in_latin(ctx: LintContext) -> Iterator[Hit]:
    """`،` `؛` `؟` used in a French or English sentence instead of `,` `;` `?`."""
    if ctx.language == "ar" or not ctx.has_latin:
        return
    text = ctx.masked
    for i in ctx.punctuation:
        mark = text[i]
        if mark not in _TO_LATIN or previous_visible(text, i) in ARABIC_WORD_SET:
            continue
        before, after = strong_before(text, i), strong_after(text, i)
        if "ar" not in (before, after) and "latin" in (before, after):
            yield Hit(i, i + 1, _with_space(text, i, _TO_LATIN[mark]), _params(mark, _TO_LATIN))


RULES = (
    Rule("punct.latin-in-arabic", "warning", check_latin_in_arabic),
    Rule("punct.arabic-in-latin", "warning", check_arabic_in_latin),
)
