"""French typography: no-break spaces before ; : ! ? and inside « ».

Colon and guillemets take U+00A0, the other marks the narrow U+202F; either no-break space
is accepted. Times and ratios (`12:30`, `3:1`), URLs and a run such as `?!` are not flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.rule import Hit, Rule
from newsdesk.text.lint.scripts import DIGIT_SET, INLINE_SPACE_SET, LINE_BREAKS, NO_BREAK_SPACES

NBSP = "\u00a0"
NNBSP = "\u202f"
_SPACED = frozenset(";:!?")
# A mark glued to one of these is missing its space; after anything else it is not a
# sentence mark (`?!`, `(?)`, `…?`).
_GLUED_AFTER = frozenset('»)]"”’%')
_FRENCH = frozenset({"fr"})


def _space_for(mark: str) -> str:
    return NBSP if mark == ":" else NNBSP


def check_nbsp_before_punct(ctx: LintContext) -> Iterator[Hit]:
    """A plain space, or none, before ; : ! ? in French copy."""
    text = ctx.masked
    n = len(text)
    for i in ctx.punctuation:
        mark = text[i]
        if mark not in _SPACED or i == 0:
            continue
        s = i
        while s > 0 and text[s - 1] in INLINE_SPACE_SET:
            s -= 1
        run = text[s:i]
        if len(run) == 1 and run in NO_BREAK_SPACES:
            continue
        params = {"mark": mark}
        if run:
            if s > 0 and text[s - 1] not in LINE_BREAKS:
                yield Hit(s, i, _space_for(mark), params)
            continue
        prev = text[i - 1]
        if not (prev.isalnum() or prev in _GLUED_AFTER):
            continue
        nxt = text[i + 1] if i + 1 < n else ""
        if mark == ":" and prev in DIGIT_SET and nxt in DIGIT_SET:
            continue
        # Also add the space after the mark when the next word is glued to it.
        after = " " if nxt.isalpha() else ""
        yield Hit(i, i + 1, _space_for(mark) + mark + after, params)


def check_nbsp_guillemets(ctx: LintContext) -> Iterator[Hit]:
    """A plain space, or none, just inside « » in French copy."""
    text = ctx.masked
    n = len(text)
    for i in ctx.delimiters:
        ch = text[i]
        if ch == "«":
            e = i + 1
            while e < n and text[e] in INLINE_SPACE_SET:
                e += 1
            run, edge = text[i + 1 : e], e
        elif ch == "»":
            s = i
            while s > 0 and text[s - 1] in INLINE_SPACE_SET:
                s -= 1
            run, edge = text[s:i], s - 1
        else:
            continue
        if len(run) == 1 and run in NO_BREAK_SPACES:
            continue
        if edge < 0 or edge >= n or text[edge] in LINE_BREAKS:
            continue
        params = {"mark": ch}
        if run:
            start = i + 1 if ch == "«" else i - len(run)
            yield Hit(start, start + len(run), NBSP, params)
        else:
            yield Hit(i, i + 1, ch + NBSP if ch == "«" else NBSP + ch, params)


RULES = (
    Rule("french.nbsp-punct", "warning", check_nbsp_before_punct, languages=_FRENCH),
    Rule("french.nbsp-guillemets", "warning", check_nbsp_guillemets, languages=_FRENCH),
)
