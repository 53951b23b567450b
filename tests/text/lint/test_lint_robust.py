"""Hostile input never breaks the checker, and fixes never lose a letter."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.text.lint.checker import apply_fixes, lint_text, rule_ids
from newsdesk.text.lint.finding import Finding
from newsdesk.text.lint.settings import LintSettings

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ALPHABET = (
    "abcXYZéœ"
    "ابتجحدرسعفقكلمنهوية"
    "\u0640\u064b\u064e\u0651"
    "0189٠١٩۰۴"
    ".,;:!?،؛؟%-/@"
    "()[]«»“”\"'’"
    " \u00a0\u202f\t\n"
    "کیېےہھەۃ"
    "\ud800" + BIDI_CONTROLS
)
TATWEEL = "\u0640"
# The look-alike fix swaps a letter for its Arabic twin; count twins as one letter.
FOLD = str.maketrans(
    {
        "ک": "ك",
        "ڪ": "ك",
        "ی": "ي",
        "ى": "ي",
        "ې": "ي",
        "ے": "ي",
        "ہ": "ه",
        "ھ": "ه",
        "ە": "ه",
        "ۃ": "ة",
    }
)


def _letters(text: str) -> Counter[str]:
    return Counter(ch for ch in text.translate(FOLD) if ch.isalpha() and ch != TATWEEL)


def _check_offsets(text: str, findings: list[Finding]) -> None:
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert f.severity in ("error", "warning", "info")


texts = st.text(alphabet=st.sampled_from(ALPHABET) | st.characters(), max_size=160)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=texts,
    language=st.sampled_from(["ar", "fr", "en", "es", ""]),
    field=st.sampled_from(["body", "headline", "ticker"]),
)
def test_offsets_in_range_and_fixes_keep_every_letter(text: str, language: str, field: str) -> None:
    findings = lint_text(text, language, field=field)
    _check_offsets(text, findings)
    fixed = apply_fixes(text, findings)
    assert not _letters(text) - _letters(fixed)
    again = lint_text(fixed, language, field=field)
    _check_offsets(fixed, again)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "   \n\t \u00a0\n",
        "\ud800",
        "abc\udfff\ud800 نص",
        BIDI_CONTROLS,
        BIDI_CONTROLS * 3 + "\n" + BIDI_CONTROLS[::-1],
        "CNSSمجموعه389abc١٢۳ـیé\u0301",
        "ـ",
        "\u064e\u064e",
        "(((«««“““",
        ")))»»»”””",
    ],
)
@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_bad_input_does_not_raise(text: str, language: str) -> None:
    for field in ("body", "headline", "ticker"):
        findings = lint_text(text, language, field=field)
        _check_offsets(text, findings)
        fixed = apply_fixes(text, findings)
        _check_offsets(fixed, lint_text(fixed, language, field=field))


def test_every_bidi_control_in_a_row_is_reported_and_removable() -> None:
    text = "نص" + BIDI_CONTROLS + "text"
    findings = lint_text(text, "ar")
    rules = Counter(f.rule for f in findings)
    assert rules["bidi.override"] == 5
    assert rules["bidi.isolate"] >= 1
    fixed = apply_fixes(text, findings)
    assert not any(ch in fixed for ch in "\u202a\u202b\u202c\u202d\u202e")


@pytest.mark.parametrize("char", ["a", "ب", " ", "(", "ـ", "\u202e", ",", ".", "٣", "ی", "\u200f"])
def test_a_megabyte_of_one_character(char: str) -> None:
    text = char * 1_000_000
    for language in ("ar", "fr"):
        findings = lint_text(text, language)
        _check_offsets(text, findings)
        # One rule never floods the caller.
        assert max(Counter(f.rule for f in findings).values(), default=0) <= 1000
    only_length = LintSettings(disabled_rules=frozenset(rule_ids()) - {"length.ticker"})
    ticker = lint_text(text, "en", field="ticker", settings=only_length)
    if char in BIDI_CONTROLS:
        assert ticker == []  # invisible controls take no room on screen
    else:
        assert [(f.start, f.end) for f in ticker] == [(90, len(text))]
