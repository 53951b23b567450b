"""Spaces around words, punctuation and brackets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule
from newsdesk.text.lint.scripts import (
    ARABIC_LETTER_SET,
    DIGIT_SET,
    INLINE_SPACE_SET,
    LINE_BREAKS,
    NO_BREAK_SPACES,
)

_RUN_OF_SPACES = re.compile("[ \u00a0\u202f]{2,}")
# Marks that take no space before them in Arabic and English copy. French puts a no-break
# space before ; : ! ?, which `french.nbsp-punct` checks instead.
_NO_SPACE_BEFORE = frozenset(".,،؛؟:!?;")
_NO_SPACE_BEFORE_FR = frozenset(".,،؛؟")
_FRENCH_SPACED = frozenset(";:!?")
_OPENING = frozenset("([")
_CLOSING = frozenset(")]")


def _at_line_edge(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or text[index] in LINE_BREAKS


def check_double_space(ctx: LintContext) -> Iterator[Hit]:
    """Two or more spaces between words; indentation and trailing spaces are left alone."""
    text = ctx.masked
    if "  " not in text and not any(ch in text for ch in NO_BREAK_SPACES):
        return
    french = ctx.language == "fr"
    for m in _RUN_OF_SPACES.finditer(text):
        s, e = m.span()
        if _at_line_edge(text, s - 1) or _at_line_edge(text, e):
            continue
        after, before = text[e], text[s - 1]
        # Spaces that another rule already reports as a whole.
        if after in _NO_SPACE_BEFORE or after in _CLOSING or before in _OPENING:
            continue
        if french and (after in _FRENCH_SPACED or after == "»" or before == "«"):
            continue
        run = m.group()
        keep = next((ch for ch in run if ch in NO_BREAK_SPACES), " ")
        yield Hit(s, e, keep)


def check_space_before_punct(ctx: LintContext) -> Iterator[Hit]:
    """A space between a word and the punctuation mark that ends it."""
    text = ctx.masked
    marks = _NO_SPACE_BEFORE_FR if ctx.language == "fr" else _NO_SPACE_BEFORE
    n = len(text)
    for i in ctx.punctuation:
        mark = text[i]
        if mark not in marks or i == 0 or text[i - 1] not in INLINE_SPACE_SET:
            continue
        # An ellipsis or a leading dot (`...`, `.NET`, `.5`) is not a sentence mark.
        if mark == "." and i + 1 < n and (text[i + 1] == "." or text[i + 1].isalnum()):
            continue
        s = i - 1
        while s > 0 and text[s - 1] in INLINE_SPACE_SET:
            s -= 1
        if _at_line_edge(text, s - 1):
            continue
        yield Hit(s, i, "", {"mark": mark})


def _missing_after(text: str, i: int) -> bool:
    mark, nxt = text[i], text[i + 1]
    prev = text[i - 1] if i > 0 else ""
    if mark in ",;":
        # `1,5` is a decimal; `word,2` is not.
        return nxt.isalpha() or (mark == "," and nxt in DIGIT_SET and prev not in DIGIT_SET)
    if mark in "،؛":
        return nxt.isalpha() or nxt in DIGIT_SET
    if mark in "!?؟":
        return nxt.isalpha()
    if mark == ":":
        return nxt.isalpha() and prev != ":"
    # A full stop glued to the next sentence: `fin.Le`, `الحكومة.وأضاف`, `2024.The`.
    # Abbreviations (`U.S.`, `e.g.`, `Ph.D.`, `ص.ب`) and domain names stay quiet.
    if not (nxt in ARABIC_LETTER_SET or (nxt.isupper() and nxt.isalpha())):
        return False
    if i + 2 < len(text) and text[i + 2] == ".":
        return False
    if prev in DIGIT_SET:
        return True
    return i >= 2 and prev.isalpha() and text[i - 2].isalpha()


def check_space_after_punct(ctx: LintContext) -> Iterator[Hit]:
    """Punctuation glued to the next word."""
    text = ctx.masked
    last = len(text) - 1
    for i in ctx.punctuation:
        if i < last and _missing_after(text, i):
            yield Hit(i, i + 1, text[i] + " ", {"mark": text[i]})


def check_space_inside_brackets(ctx: LintContext) -> Iterator[Hit]:
    """A space just after an opening or just before a closing bracket: `( x )`."""
    text = ctx.masked
    n = len(text)
    for i in ctx.delimiters:
        ch = text[i]
        if ch in _OPENING and i + 1 < n and text[i + 1] in INLINE_SPACE_SET:
            e = i + 1
            while e < n and text[e] in INLINE_SPACE_SET:
                e += 1
            if not _at_line_edge(text, e):
                yield Hit(i + 1, e, "", {"mark": ch})
        elif ch in _CLOSING and i > 0 and text[i - 1] in INLINE_SPACE_SET:
            s = i - 1
            while s > 0 and text[s - 1] in INLINE_SPACE_SET:
                s -= 1
            if not _at_line_edge(text, s - 1) and text[s - 1] not in _OPENING:
                yield Hit(s, i, "", {"mark": ch})


RULES = (
    Rule("spacing.double", "warning", check_double_space),
    Rule("spacing.before-punct", "warning", check_space_before_punct),
    Rule("spacing.after-punct", "warning", check_space_after_punct),
    Rule("spacing.inside-brackets", "warning", check_space_inside_brackets),
)
