"""Tatweel and Persian/Urdu look-alike letters in Arabic copy.

Kept on purpose: tatweel that separates a proclitic from a number, a Latin word or a quote
(`بـ100`, `بـ 20`, `الـ25`, `لـCNSS`, `لـ«رويترز»`) and the Hijri era sign `هـ`. A tatweel
standing alone as a dash (`الرباط ـ`) is reported without an automatic fix. The Maghrebi
letters ڤ ڭ ݣ ڨ, house spelling for names such as ڭناوة, are not look-alikes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule
from newsdesk.text.lint.scripts import (
    ARABIC_LETTER_SET,
    ARABIC_MARK_SET,
    ARABIC_WORD_SET,
    DIGIT_SET,
    LATIN_LETTER_SET,
    PROCLITICS,
    TATWEEL,
    arabic_run_start,
    bare_arabic,
)

# A tatweel after a proclitic may lead into these.
_AFTER_PROCLITIC = DIGIT_SET | LATIN_LETTER_SET | frozenset('«“"(')

FARSI_YEH = "\u06cc"
LOOK_ALIKES = {
    "\u06a9": "\u0643",  # keheh → kaf
    "\u06aa": "\u0643",  # swash kaf → kaf
    "\u06d0": "\u064a",  # yeh with two dots below → yeh
    "\u06d2": "\u064a",  # yeh barree → yeh
    "\u06c1": "\u0647",  # heh goal → heh
    "\u06be": "\u0647",  # heh doachashmee → heh
    "\u06d5": "\u0647",  # ae → heh
    "\u06c3": "\u0629",  # teh marbuta goal → teh marbuta
}
_LOOK_ALIKE_RE = re.compile("[\u06a9\u06aa\u06be\u06c1\u06c3\u06cc\u06d0\u06d2\u06d5]")
_LOOK_ALIKE_SET = frozenset(LOOK_ALIKES) | {FARSI_YEH}


def _tatweel_is_kept(text: str, start: int, end: int) -> bool:
    word_start = arabic_run_start(text, start)
    word = bare_arabic(text[word_start:start])
    nxt = text[end] if end < len(text) else ""
    after_space = text[end + 1] if nxt == " " and end + 1 < len(text) else ""
    if word in PROCLITICS and (nxt in _AFTER_PROCLITIC or after_space in _AFTER_PROCLITIC):
        return True
    # هـ standing alone marks a Hijri year: `1445هـ`, `1445 هـ`.
    return word == "ه" and start - word_start == 1 and nxt not in ARABIC_LETTER_SET


def check_tatweel(ctx: LintContext) -> Iterator[Hit]:
    """Tatweel (kashida) used to stretch words, or standing alone as a dash."""
    if TATWEEL not in ctx.present:
        return
    text = ctx.masked
    # str.find is far quicker than a regex scan for one rare character.
    start = text.find(TATWEEL)
    while start >= 0:
        end = start + 1
        while end < len(text) and text[end] == TATWEEL:
            end += 1
        if not _tatweel_is_kept(text, start, end):
            # A tatweel with no letter on either side stands in for a dash (`الرباط ـ`):
            # deleting it would lose the separator, so only the writer can fix it.
            alone = arabic_run_start(text, start) == start and (
                end == len(text) or text[end] not in ARABIC_WORD_SET
            )
            yield Hit(start, end, None if alone else "", {"count": end - start})
        start = text.find(TATWEEL, end)


def _next_letter(text: str, i: int) -> str:
    n = len(text)
    i += 1
    while i < n and text[i] in ARABIC_MARK_SET:
        i += 1
    return text[i] if i < n else ""


def check_look_alikes(ctx: LintContext) -> Iterator[Hit]:
    """Persian or Urdu letters that look like Arabic ones (ک ی ہ ە …)."""
    if not ctx.present & _LOOK_ALIKE_SET:
        return
    text = ctx.masked
    for m in _LOOK_ALIKE_RE.finditer(text):
        ch, i = m.group(), m.start()
        if ch != FARSI_YEH:
            yield Hit(i, i + 1, LOOK_ALIKES[ch], {"found": ch, "expected": LOOK_ALIKES[ch]})
        elif _next_letter(text, i) in ARABIC_LETTER_SET:
            yield Hit(i, i + 1, "\u064a", {"found": ch, "expected": "\u064a"})
        else:
            # At a word end it may stand for ي or ى; only the writer can tell.
            yield Hit(i, i + 1, None, {"found": ch, "expected": "\u064a / \u0649"})


RULES = (
    Rule("letters.tatweel", "warning", check_tatweel),
    Rule("letters.persian", "warning", check_look_alikes, languages=frozenset({"ar"})),
)
