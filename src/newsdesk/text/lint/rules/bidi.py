"""Invisible bidirectional controls.

Newsdesk sets every paragraph's direction itself, so overrides and embeddings are never
needed; isolates are fine when paired in body text, but a headline or ticker item is shown
by partners' sites and crawls that may drop or cut them, so there every isolate is an error
as overrides are; marks are fine where they change something.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule
from newsdesk.text.lint.scripts import LINE_BREAKS

NAMES = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u061c": "ALM",
}
_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")
_ISOLATES = frozenset("\u2066\u2067\u2068\u2069")
_MARKS = frozenset("\u200e\u200f\u061c")
# One-line fields whose text leaves Newsdesk as is (feeds, crawls, partners' headlines).
SHOWN_ALONE = frozenset({"headline", "ticker"})
_OVERRIDE_RE = re.compile("[\u202a-\u202e]")
_ISOLATE_RE = re.compile("[\u2066-\u2069]")
_LINE_BREAK_RE = re.compile("[\n\r\u2028\u2029]")
_MARK_RE = re.compile("[\u200e\u200f\u061c]")
_STRONG = {"L": "L", "R": "R", "AL": "R"}


def _params(ch: str) -> dict[str, object]:
    return {"name": NAMES[ch], "code": f"{ord(ch):04X}"}


def check_overrides(ctx: LintContext) -> Iterator[Hit]:
    """Directional overrides and embeddings (LRO, RLO, LRE, RLE, PDF)."""
    if not ctx.present & _OVERRIDES:
        return
    for m in _OVERRIDE_RE.finditer(ctx.text):
        yield Hit(m.start(), m.end(), "", _params(m.group()))


def check_isolates(ctx: LintContext) -> Iterator[Hit]:
    """An isolate (LRI, RLI, FSI) not closed by PDI on its line, or a stray PDI."""
    if not ctx.present & _ISOLATES or ctx.field in SHOWN_ALONE:
        return
    text = ctx.text
    open_at: list[int] = []
    line_end = -1
    for m in _ISOLATE_RE.finditer(text):
        ch, i = m.group(), m.start()
        if i > line_end:
            # The bidi algorithm closes isolates at the end of a paragraph.
            yield from (Hit(j, j + 1, None, _params(text[j])) for j in open_at)
            open_at.clear()
            brk = _LINE_BREAK_RE.search(text, i)
            line_end = brk.start() if brk else len(text)
        if ch != "\u2069":
            open_at.append(i)
        elif open_at:
            open_at.pop()
        else:
            # A stray PDI does nothing, so removing it is safe.
            yield Hit(i, i + 1, "", _params(ch))
    yield from (Hit(j, j + 1, None, _params(text[j])) for j in open_at)


def check_isolates_shown_alone(ctx: LintContext) -> Iterator[Hit]:
    """Any isolate (LRI, RLI, FSI, PDI) in a headline or ticker item, paired or not."""
    if not ctx.present & _ISOLATES:
        return
    for m in _ISOLATE_RE.finditer(ctx.text):
        yield Hit(m.start(), m.end(), "", _params(m.group()))


def _strong_class(text: str, i: int, step: int) -> str | None:
    """The strong direction of the neighbour at i, looking past combining marks."""
    n = len(text)
    while 0 <= i < n:
        cls = unicodedata.bidirectional(text[i])
        if cls != "NSM":
            return _STRONG.get(cls)
        i += step
    return None


def check_marks(ctx: LintContext) -> Iterator[Hit]:
    """LRM, RLM or ALM where it changes nothing: at a line edge, doubled, or between letters
    of one direction."""
    if not ctx.present & _MARKS:
        return
    text = ctx.text
    n = len(text)
    for m in _MARK_RE.finditer(text):
        i = m.start()
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 1] if i + 1 < n else "\n"
        useless = prev in LINE_BREAKS or nxt in LINE_BREAKS or prev in _MARKS
        if not useless:
            before, after = _strong_class(text, i - 1, -1), _strong_class(text, i + 1, 1)
            useless = before is not None and before == after
        if useless:
            yield Hit(i, i + 1, "", _params(m.group()))


RULES = (
    Rule("bidi.override", "error", check_overrides, needs=_OVERRIDE_RE),
    Rule("bidi.isolate", "error", check_isolates, needs=_ISOLATE_RE),
    Rule(
        "bidi.isolate-alone",
        "error",
        check_isolates_shown_alone,
        fields=SHOWN_ALONE,
        needs=_ISOLATE_RE,
    ),
    Rule("bidi.mark", "warning", check_marks),
)
