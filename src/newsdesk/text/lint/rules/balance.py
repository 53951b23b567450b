"""Brackets and quotation marks that open without closing or close without opening.

Pairs: ( ) [ ] « » “ ”, nested freely; straight `"` only by parity. Arabic copy also
accepts the mirrored pairs » « and ” “ that some keyboards produce.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule
from newsdesk.text.lint.scripts import INLINE_SPACE_SET, LINE_BREAKS

BRACKET_RULE = "balance.bracket"
QUOTE_RULE = "balance.quote"

_CLOSES = {")": "(", "]": "[", "»": "«", "”": "“"}
_CLOSES_AR = {**_CLOSES, "«": "»", "“": "”"}
_OPENERS = frozenset("([«“")
_OPENERS_AR = _OPENERS | frozenset("»”")
_BRACKETS = frozenset("()[]")


def _is_list_marker(text: str, i: int) -> bool:
    """A closing bracket after a short label that starts an item: `1)`, `b)`, `أ)`, or `:)`."""
    if i > 0 and text[i - 1] in ":;":
        return True
    j = i
    while j > 0 and i - j < 3 and text[j - 1].isalnum():
        j -= 1
    if j == i:
        return False
    return j == 0 or text[j - 1] in INLINE_SPACE_SET or text[j - 1] in LINE_BREAKS


def _unmatched(ctx: LintContext) -> list[tuple[int, str]]:
    """Offsets and characters of every unmatched delimiter, in text order."""
    cached = ctx.memo.get("balance")
    if isinstance(cached, list):
        return cached
    text = ctx.masked
    arabic = ctx.language == "ar"
    closes = _CLOSES_AR if arabic else _CLOSES
    openers = _OPENERS_AR if arabic else _OPENERS
    stack: list[int] = []
    open_count: Counter[str] = Counter()
    straight: list[int] = []
    bad: list[int] = []
    for i in ctx.delimiters:
        ch = text[i]
        if ch == '"':
            straight.append(i)
            continue
        wanted = closes.get(ch)
        if wanted is not None and open_count[wanted]:
            # Everything opened after the partner is left unclosed.
            while True:
                j = stack.pop()
                open_count[text[j]] -= 1
                if text[j] == wanted:
                    break
                bad.append(j)
        elif ch in openers:
            stack.append(i)
            open_count[ch] += 1
        elif not _is_list_marker(text, i):
            bad.append(i)
    bad.extend(stack)
    if len(straight) % 2:
        bad.append(straight[-1])
    result = [(i, text[i]) for i in sorted(bad)]
    ctx.memo["balance"] = result
    return result


def check_brackets(ctx: LintContext) -> Iterator[Hit]:
    """A bracket ( ) [ ] without its partner."""
    for i, ch in _unmatched(ctx):
        if ch in _BRACKETS:
            yield Hit(i, i + 1, None, {"mark": ch})


def check_quotes(ctx: LintContext) -> Iterator[Hit]:
    """A quotation mark « » “ ” or an odd straight quote without its partner."""
    for i, ch in _unmatched(ctx):
        if ch not in _BRACKETS:
            yield Hit(i, i + 1, None, {"mark": ch})


RULES = (
    Rule(BRACKET_RULE, "warning", check_brackets),
    Rule(QUOTE_RULE, "warning", check_quotes),
)
