"""The checker's public surface: findings, settings, messages, registry, fixes."""

from __future__ import annotations

import dataclasses

import pytest

from newsdesk.text.lint import checker
from newsdesk.text.lint.checker import RULES, apply_fixes, lint_text, rule_ids
from newsdesk.text.lint.finding import Finding
from newsdesk.text.lint.messages import MESSAGES, render
from newsdesk.text.lint.settings import LintSettings

FAULTY_AR = "قال المتحدث, إن ما مجموعه389 ألف  صانع سجلوا."


def test_finding_to_dict_has_exactly_the_documented_keys() -> None:
    finding = Finding("spacing.double", "warning", 3, 5, "Several spaces in a row.", " ")
    assert finding.to_dict() == {
        "rule": "spacing.double",
        "severity": "warning",
        "start": 3,
        "end": 5,
        "message": "Several spaces in a row.",
        "replacement": " ",
    }
    assert Finding("repeat.word", "warning", 0, 1, "m").replacement is None


def test_finding_is_frozen() -> None:
    finding = Finding("repeat.word", "warning", 0, 1, "m")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.start = 2  # type: ignore[misc]


def test_settings_defaults_and_validation() -> None:
    settings = LintSettings()
    assert (settings.headline_max_chars, settings.ticker_max_chars) == (110, 90)
    assert settings.digit_style == "western"
    assert settings.disabled_rules == frozenset()
    with pytest.raises(ValueError):
        LintSettings(digit_style="roman")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        LintSettings(headline_max_chars=0)
    listed = LintSettings(disabled_rules=["repeat.word"])  # type: ignore[arg-type]
    assert listed.disabled_rules == frozenset({"repeat.word"})
    hash(listed)


def test_rule_ids_are_unique_stable_and_documented() -> None:
    ids = rule_ids()
    assert len(ids) == len(set(ids)) == len(RULES)
    for rule_id in ids:
        family, _, name = rule_id.partition(".")
        assert family and name, rule_id
        assert rule_id in (checker.__doc__ or ""), rule_id


def test_every_rule_has_a_message_in_each_ui_language() -> None:
    assert set(MESSAGES) == set(rule_ids())
    for rule_id, texts in MESSAGES.items():
        assert set(texts) == {"en", "fr", "ar"}, rule_id


def test_messages_follow_the_ui_language() -> None:
    english = lint_text(FAULTY_AR, "ar")
    french = lint_text(FAULTY_AR, "ar", ui_language="fr")
    arabic = lint_text(FAULTY_AR, "ar", ui_language="ar-MA")
    unknown = lint_text(FAULTY_AR, "ar", ui_language="de")
    assert [f.rule for f in english] == [f.rule for f in french] == [f.rule for f in arabic]
    assert [f.message for f in unknown] == [f.message for f in english]
    assert english[0].message != french[0].message != arabic[0].message
    assert "مجموعه389" in render("spacing.arabic-digit", "fr", {"token": "مجموعه389"})
    # A missing parameter renders empty instead of raising.
    assert render("length.ticker", "en", {}) == "Ticker item has  characters; the limit is ."


def test_findings_are_sorted_by_start_then_rule() -> None:
    findings = lint_text(FAULTY_AR, "ar")
    assert findings == sorted(findings, key=lambda f: (f.start, f.rule))
    assert [f.rule for f in findings] == [
        "punct.latin-in-arabic",
        "spacing.arabic-digit",
        "spacing.double",
    ]


def test_rules_can_be_disabled_by_id_or_family() -> None:
    by_id = LintSettings(disabled_rules=frozenset({"spacing.double"}))
    assert "spacing.double" not in {f.rule for f in lint_text(FAULTY_AR, "ar", settings=by_id)}
    by_family = LintSettings(disabled_rules=frozenset({"spacing"}))
    rules = {f.rule for f in lint_text(FAULTY_AR, "ar", settings=by_family)}
    assert rules == {"punct.latin-in-arabic"}


def test_language_tags_are_reduced_to_the_base_language() -> None:
    text = "Le bilan est lourd: douze blessés."
    assert lint_text(text, "fr-MA") == lint_text(text, "FR") == lint_text(text, "fr")
    assert lint_text(text, "en") == []


def test_apply_fixes_right_to_left_and_skips_overlaps() -> None:
    text = "abcdef"
    findings = [
        Finding("x.a", "warning", 0, 2, "", "AB"),
        Finding("x.b", "warning", 1, 3, "", "##"),  # overlaps the first: skipped
        Finding("x.c", "warning", 4, 5, "", "EEE"),
        Finding("x.d", "warning", 5, 6, "", None),  # nothing to apply
        Finding("x.e", "warning", 3, 4, "", ""),
    ]
    assert apply_fixes(text, findings) == "ABcEEEf"
    assert apply_fixes(text, []) == text


def test_apply_fixes_rejects_offsets_outside_the_text() -> None:
    with pytest.raises(ValueError):
        apply_fixes("abc", [Finding("x.a", "warning", 2, 9, "", "z")])


def test_fixing_converges() -> None:
    text = "قال,وأضاف أن  المؤتمر  الـ25 سيعقد في ( الرباط ) فيCNSS"
    for _ in range(3):
        text = apply_fixes(text, lint_text(text, "ar"))
    assert lint_text(text, "ar") == []
    assert text == "قال، وأضاف أن المؤتمر الـ25 سيعقد في (الرباط) في CNSS"
