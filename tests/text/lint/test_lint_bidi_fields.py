"""Headlines and ticker items take no bidi controls at all: isolates and embeddings are
flagged there as overrides are; body text keeps its paired isolates."""

from __future__ import annotations

import pytest

from newsdesk.text.lint.checker import apply_fixes, lint_text

CONTROLS = {
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202d": "LRO",
    "\u202e": "RLO",
}


@pytest.mark.parametrize("field", ["headline", "ticker"])
@pytest.mark.parametrize("opening", list(CONTROLS))
def test_every_control_in_a_headline_or_ticker_is_an_error(field: str, opening: str) -> None:
    closing = "\u2069" if opening in "\u2066\u2067\u2068" else "\u202c"
    text = f"عاجل: {opening}Royal Air Maroc{closing} تعلن رحلات جديدة"
    findings = [f for f in lint_text(text, "ar", field=field) if f.rule.startswith("bidi.")]
    assert [text[f.start : f.end] for f in findings] == [opening, closing]
    assert all(f.severity == "error" for f in findings)
    assert CONTROLS[opening] in findings[0].message
    assert apply_fixes(text, findings) == "عاجل: Royal Air Maroc تعلن رحلات جديدة"


def test_paired_isolates_stay_allowed_in_the_body() -> None:
    text = "أعلنت \u2068Royal Air Maroc\u2069 عن رحلات جديدة"
    assert not [f for f in lint_text(text, "ar", field="body") if f.rule.startswith("bidi.")]


def test_the_message_is_translated() -> None:
    text = "عاجل \u2067CNSS يسجل\u2069"
    ar = {f.message for f in lint_text(text, "ar", field="ticker", ui_language="ar")}
    fr = {f.message for f in lint_text(text, "ar", field="ticker", ui_language="fr")}
    assert any("خبر شريط" in m for m in ar)
    assert any("bandeau" in m for m in fr)
