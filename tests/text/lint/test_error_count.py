"""Counting a text's house-style errors alone agrees with the full check's errors."""

from __future__ import annotations

import pytest

from newsdesk.text.lint.checker import RULES, error_count, lint_text
from newsdesk.text.lint.settings import LintSettings
from text.lint.test_lint_clean import PARAGRAPHS
from text.lint.test_lint_faults import CASES

LRI, PDI, RLO, PDF = "\u2066", "\u2069", "\u202e", "\u202c"
# Faults of every kind, errors and warnings, several in one text and across languages.
MIXED = [
    ("ar", "body", "ما مجموعه389 ألف فيCNSS ، في في\n" + "Le ministre a dit ; « oui »."),
    ("fr", "body", "Texte fr" + RLO + "ançais" + PDF + " avec مجموعه389 et " + LRI + "x"),
    ("ar", "headline", "عنوان " + LRI + "CNSS" + PDI + " مع 389ألف"),
    ("ar", "ticker", "خبر عاجل " * 40),
    ("fr", "body", "\n".join(["Un paragraphe.", "فقرة عربية فيCNSS", "Encore ;un."])),
]


def _errors(text: str, language: str, field: str, settings: LintSettings | None = None) -> int:
    found = lint_text(text, language, field=field, settings=settings)
    return sum(f.severity == "error" for f in found)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_fault_cases(case) -> None:
    assert error_count(case.text, case.language) == _errors(case.text, case.language, "body")


@pytest.mark.parametrize(("language", "field", "text"), MIXED)
def test_mixed_faults(language: str, field: str, text: str) -> None:
    assert error_count(text, language, field=field) == _errors(text, language, field)
    assert error_count(text, language, field=field) > 0


def test_clean_corpus_has_no_errors() -> None:
    for language, _index, text in PARAGRAPHS:
        assert error_count(text, language) == _errors(text, language, "body") == 0


def test_disabled_rules_are_not_counted() -> None:
    settings = LintSettings(disabled_rules=frozenset({"spacing"}))
    text = "ما مجموعه389 ألف فيCNSS"
    assert error_count(text, "ar", settings=settings) == _errors(text, "ar", "body", settings) == 0
    assert error_count(text, "ar") == 2


def test_every_error_rule_is_counted() -> None:
    assert {r.id for r in RULES if r.severity == "error"} >= {
        "spacing.arabic-digit",
        "bidi.override",
        "length.ticker",
    }


def test_what_error_rules_need_is_in_every_text_they_find_errors_in() -> None:
    """A rule's `needs` lets the count skip texts that cannot hold its hits: never one that does."""
    texts = [(c.language, "body", c.text) for c in CASES] + MIXED
    needing = {r.id: r.needs for r in RULES if r.severity == "error" and r.needs is not None}
    assert {"spacing.arabic-digit", "spacing.arabic-latin", "bidi.override"} <= set(needing)
    hit = set()
    for language, field, text in texts:
        for finding in lint_text(text, language, field=field):
            if finding.severity == "error" and finding.rule in needing:
                assert needing[finding.rule].search(text), (finding.rule, text)
                hit.add(finding.rule)
    assert hit >= {"spacing.arabic-digit", "spacing.arabic-latin", "bidi.override"}


@pytest.mark.parametrize(
    ("language", "text"),
    [("ar", "رقم٣٨٩ هنا"), ("fr", "1er ministreجديد"), ("en", "CNSSفي")],
)
def test_glued_letters_in_either_order_are_counted(language: str, text: str) -> None:
    assert error_count(text, language) == _errors(text, language, "body") > 0
