"""Arabic letters glued to digits or Latin letters (`مجموعه389`, `فيCNSS`).

Accepted on purpose: a proclitic written straight onto a number or a Latin word
(`ب100`, `و2024`, `لـCNSS`, `الـ25`; see `scripts.PROCLITICS`) and the era letters
after a year (`2024م`, `1445هـ`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import MAX_HITS, Hit, Rule
from newsdesk.text.lint.scripts import (
    ARABIC_WORD,
    ARABIC_WORD_SET,
    DIGIT_SET,
    DIGITS,
    LATIN_LETTER_SET,
    LATIN_LETTERS,
    PROCLITICS,
    arabic_run_end,
    arabic_run_start,
    bare_arabic,
    run_end,
    run_start,
)

DIGIT_RULE = "spacing.arabic-digit"
LATIN_RULE = "spacing.arabic-latin"

_OTHER_RUN = re.compile(f"[{DIGITS}{LATIN_LETTERS}]++")
_ARABIC_RUN = re.compile(f"[{ARABIC_WORD}]++")
_OTHER_SET = DIGIT_SET | LATIN_LETTER_SET
# An Arabic letter or mark beside a digit or Latin letter: where none is, neither rule hits.
_GLUED = re.compile(
    f"[{ARABIC_WORD}][{DIGITS}{LATIN_LETTERS}]|[{DIGITS}{LATIN_LETTERS}][{ARABIC_WORD}]"
)
_ERA_LETTERS = frozenset({"م", "ه"})


def _junctions(text: str, language: str) -> Iterator[tuple[int, int, int, bool]]:
    """Yield (run start, junction, run end, arabic_first) for each glued pair.

    Arabic copy is scanned for its few Latin/digit runs, other copy for its few Arabic runs.
    """
    if language == "ar":
        for m in _OTHER_RUN.finditer(text):
            s, e = m.span()
            if s > 0 and text[s - 1] in ARABIC_WORD_SET:
                yield arabic_run_start(text, s), s, e, True
            if e < len(text) and text[e] in ARABIC_WORD_SET:
                yield s, e, arabic_run_end(text, e), False
    else:
        for m in _ARABIC_RUN.finditer(text):
            s, e = m.span()
            if s > 0 and text[s - 1] in _OTHER_SET:
                yield run_start(text, s, _OTHER_SET), s, e, False
            if e < len(text) and text[e] in _OTHER_SET:
                yield s, e, run_end(text, e, _OTHER_SET), True


def _scan(ctx: LintContext) -> dict[bool, list[Hit]]:
    """Hits of both rules from one pass, keyed by "is a digit junction"."""
    cached = ctx.memo.get("glue")
    if isinstance(cached, dict):
        return cached
    found: dict[bool, list[Hit]] = {True: [], False: []}
    for digit, hit in _glued(ctx):
        if len(found[digit]) < MAX_HITS:
            found[digit].append(hit)
        elif all(len(hits) >= MAX_HITS for hits in found.values()):
            break
    ctx.memo["glue"] = found
    return found


def _glued(ctx: LintContext) -> Iterator[tuple[bool, Hit]]:
    text = ctx.masked
    for start, junction, end, arabic_first in _junctions(text, ctx.language):
        if arabic_first:
            bare, other_edge = bare_arabic(text[start:junction]), text[junction]
            if bare in PROCLITICS:
                continue
        else:
            bare, other_edge = bare_arabic(text[junction:end]), text[junction - 1]
            if other_edge in DIGIT_SET and bare in _ERA_LETTERS:
                continue
        if not bare:
            # Stray vowel marks or tatweel alone are not a word.
            continue
        fixed = text[start:junction] + " " + text[junction:end]
        yield other_edge in DIGIT_SET, Hit(start, end, fixed, {"token": text[start:end]})


def check_arabic_digit(ctx: LintContext) -> Iterator[Hit]:
    """Arabic letters written straight onto digits, or digits onto Arabic letters."""
    return iter(_scan(ctx)[True])


def check_arabic_latin(ctx: LintContext) -> Iterator[Hit]:
    """Arabic letters written straight onto Latin letters, either way round."""
    return iter(_scan(ctx)[False])


RULES = (
    Rule(DIGIT_RULE, "error", check_arabic_digit, needs=_GLUED),
    Rule(LATIN_RULE, "error", check_arabic_latin, needs=_GLUED),
)
