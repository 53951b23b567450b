"""Run the house-style rules over one field of an article and apply their safe fixes.

Rule ids are stable: settings, stored suppressions and the UI refer to them. Disabling a
family name (`spacing`) disables every rule in it.

========================  ========  ====================================================
rule id                   severity  fault (automatic fix)
========================  ========  ====================================================
spacing.arabic-digit      error     Arabic letters glued to digits: `مجموعه389` (space)
spacing.arabic-latin      error     Arabic letters glued to Latin: `فيCNSS` (space)
spacing.double            warning   two or more spaces between words (one space)
spacing.before-punct      warning   space before . , ، ؛ ؟ : ! ? ; (remove); French keeps
                                    its no-break space before ; : ! ?
spacing.after-punct       warning   no space after punctuation: `قال،وأضاف` (space);
                                    not `1,5`, `12:30`, `U.S.`, URLs, e-mail addresses
spacing.inside-brackets   warning   `( x )` (remove)
punct.latin-in-arabic     warning   , ; ? in an Arabic sentence (، ؛ ؟)
punct.arabic-in-latin     warning   ، ؛ ؟ in French or English copy (, ; ?)
repeat.word               warning   `في في`, `the the` (none)
balance.bracket           warning   unmatched ( ) [ ] (none)
balance.quote             warning   unmatched « » “ ”, odd number of " (none)
bidi.override             error     LRE RLE PDF LRO RLO (remove)
bidi.isolate              error     LRI RLI FSI without PDI on its line (none), stray
                                    PDI (remove); body text only
bidi.isolate-alone        error     LRI RLI FSI PDI in a headline or ticker item, paired
                                    or not (remove), as overrides are
bidi.mark                 warning   LRM RLM ALM at a line edge, doubled, or between two
                                    letters of one direction (remove)
letters.tatweel           warning   tatweel stretching a word (remove)
letters.persian           warning   ک ی ې ے ہ ھ ە ۃ in Arabic copy (Arabic letter; a
                                    word-final ی is left to the writer: ي or ى)
digits.style              warning   digits not in the house style (converted); "info"
                                    when the whole text uses the other style
house.spelling            warning   a word in another spelling than the newsroom's house
                                    spelling of it: `مسئول` for `مسؤول` (house spelling)
digits.grouping           warning   digit groups split by a plain space in a right-to-left
                                    paragraph: `641 000` reads `000 641` (U+202F, or the
                                    newsroom's `digit_group_separator`)
french.nbsp-punct         warning   French ; : ! ? without a no-break space before
                                    (U+202F, or U+00A0 before :); not `12:30`, `3:1`
french.nbsp-guillemets    warning   French « » without a no-break space inside (U+00A0)
length.headline           warning   headline over `headline_max_chars`
length.ticker             error     ticker item over `ticker_max_chars`
========================  ========  ====================================================

Lenient on purpose, so clean copy stays clean: a proclitic glued to a number or Latin word
(`ب100`, `و2024`, `الـ25`, `لـCNSS`) and `2024م` / `1445هـ` are accepted; a Latin mark
attached to a Latin word inside Arabic copy is accepted; a full stop followed by a
lower-case letter is never flagged (abbreviations, domains); short list labels such as
`1)` are not unmatched brackets; `nous nous`, `had had`, `رويدا رويدا` are not repetitions;
spaces at the start or end of a line are not flagged; URLs and e-mail addresses are skipped
by every rule except the bidi and length ones.

Each rule reports at most `MAX_HITS` findings, so a pathological text stays cheap to
check; fixing and checking again reports the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice

from newsdesk.text.lint.context import LintContext
from newsdesk.text.lint.finding import Finding
from newsdesk.text.lint.messages import render
from newsdesk.text.lint.paragraphs import language_runs
from newsdesk.text.lint.rule import MAX_HITS, Rule
from newsdesk.text.lint.rules import (
    balance,
    bidi,
    digits,
    french,
    glue,
    grouping,
    house,
    length,
    letters,
    punctuation,
    repetition,
    spacing,
)
from newsdesk.text.lint.settings import LintSettings

RULES: tuple[Rule, ...] = (
    *glue.RULES,
    *spacing.RULES,
    *punctuation.RULES,
    *repetition.RULES,
    *balance.RULES,
    *bidi.RULES,
    *letters.RULES,
    *digits.RULES,
    *house.RULES,
    *grouping.RULES,
    *french.RULES,
    *length.RULES,
)


def rule_ids() -> tuple[str, ...]:
    """Return the ids of every registered rule, in registry order."""
    return tuple(rule.id for rule in RULES)


def _base_language(language: str) -> str:
    return language.replace("_", "-").split("-", 1)[0].strip().lower()


def lint_text(
    text: str,
    language: str,
    *,
    field: str = "body",
    settings: LintSettings | None = None,
    ui_language: str = "en",
) -> list[Finding]:
    """Check one field's text against the house style; findings sorted by (start, rule).

    Each paragraph is checked by the rules of its own language (see `language_runs`).
    """
    settings = settings or LintSettings()
    base = _base_language(language)
    runs = language_runs(text, base)
    if len(runs) == 1:
        return _lint_run(text, runs[0].language, field, settings, ui_language, 0)
    findings: list[Finding] = []
    for run in runs:
        part = text[run.start : run.end]
        findings += _lint_run(part, run.language, field, settings, ui_language, run.start)
    findings.sort(key=lambda f: (f.start, f.rule))
    return findings


def _lint_run(
    text: str, language: str, field: str, settings: LintSettings, ui_language: str, offset: int
) -> list[Finding]:
    ctx = LintContext(text=text, language=language, field=field, settings=settings)
    findings: list[Finding] = []
    for rule in RULES:
        if not settings.is_enabled(rule.id) or not rule.applies(ctx.language, field):
            continue
        for hit in islice(rule.check(ctx), MAX_HITS):
            findings.append(
                Finding(
                    rule=rule.id,
                    severity=hit.severity or rule.severity,
                    start=offset + hit.start,
                    end=offset + hit.end,
                    message=render(rule.id, ui_language, hit.params),
                    replacement=hit.replacement,
                )
            )
    findings.sort(key=lambda f: (f.start, f.rule))
    return findings


# Only these rules find errors: every other rule's hits are warnings or notes (a hit may lower
# its rule's severity, never raise it), so counting errors runs these alone.
ERROR_RULES: tuple[Rule, ...] = tuple(rule for rule in RULES if rule.severity == "error")


def error_count(
    text: str, language: str, *, field: str = "body", settings: LintSettings | None = None
) -> int:
    """How many of `lint_text`'s findings are errors, without running the other rules."""
    settings = settings or DEFAULT_SETTINGS
    needed = _needed(settings, field)
    if needed is not None and needed.search(text) is None:
        # Most copy holds nothing any error rule looks for: no need to cut it by language.
        return 0
    count = 0
    for run in language_runs(text, _base_language(language)):
        rules = _error_rules(settings, run.language, field)
        if not rules:
            continue
        part = text if run.start == 0 and run.end == len(text) else text[run.start : run.end]
        ctx = LintContext(text=part, language=run.language, field=field, settings=settings)
        for rule in rules:
            hits = islice(rule.check(ctx), MAX_HITS)
            count += sum((hit.severity or rule.severity) == "error" for hit in hits)
    return count


DEFAULT_SETTINGS = LintSettings()


# Every saved or imported article counts its errors paragraph by paragraph: which rules run is
# worked out once per settings, language and field.
@lru_cache(maxsize=64)
def _error_rules(settings: LintSettings, language: str, field: str) -> tuple[Rule, ...]:
    return tuple(
        rule
        for rule in ERROR_RULES
        if settings.is_enabled(rule.id) and rule.applies(language, field)
    )


@lru_cache(maxsize=16)
def _needed(settings: LintSettings, field: str) -> re.Pattern[str] | None:
    """What a text must hold for an error rule to hit in `field` in any language, or None
    when some such rule may hit anywhere."""
    rules = [rule for rule in ERROR_RULES if settings.is_enabled(rule.id) and rule.may_apply(field)]
    if any(rule.needs is None for rule in rules):
        return None
    patterns = sorted({rule.needs.pattern for rule in rules if rule.needs is not None})
    # No rule at all: a pattern that never matches.
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """Apply the replacements of findings that do not overlap, right to left.

    When two fixable findings overlap, the one that comes first (by start, then by the
    order given) wins; checking the result again reports what is left.
    """
    size = len(text)
    fixes = sorted((f for f in findings if f.replacement is not None), key=lambda f: f.start)
    chosen: list[Finding] = []
    end = -1
    for f in fixes:
        if not 0 <= f.start <= f.end <= size:
            raise ValueError(f"finding {f.rule} at [{f.start}, {f.end}) is outside the text")
        if f.start < end or (chosen and f.start == chosen[-1].start):
            continue
        chosen.append(f)
        end = f.end
    parts: list[str] = []
    pos = size
    for f in reversed(chosen):
        parts.append(text[f.end : pos])
        parts.append(f.replacement or "")
        pos = f.start
    parts.append(text[:pos])
    return "".join(reversed(parts))
