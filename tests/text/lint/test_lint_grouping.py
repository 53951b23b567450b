"""Digit groups split by a plain space are flagged in right-to-left paragraphs and fixed so
that they read in order (checked with python-bidi's visual order)."""

from __future__ import annotations

import pytest
from bidi import get_display

from newsdesk.settings import Settings
from newsdesk.text.lint.checker import apply_fixes, lint_text
from newsdesk.text.lint.settings import LintSettings

ARABIC = "خصصت الحكومة {} درهم للبرنامج"


def _grouping(text: str, language: str = "ar", settings: LintSettings | None = None):
    return [f for f in lint_text(text, language, settings=settings) if f.rule == "digits.grouping"]


@pytest.mark.parametrize(
    ("number", "fixed"),
    [
        ("641 000", "641\u202f000"),
        ("2 500", "2\u202f500"),
        ("1 250 000", "1\u202f250\u202f000"),
        ("٦٤١ ٠٠٠", "٦٤١\u202f٠٠٠"),
    ],
)
def test_a_plain_space_group_reads_backwards_until_fixed(number: str, fixed: str) -> None:
    text = ARABIC.format(number)
    groups = number.split(" ")
    # What the reader sees today: the groups in reverse order.
    assert " ".join(reversed(groups)) in get_display(text)
    findings = _grouping(text)
    assert len(findings) == 1
    assert text[findings[0].start : findings[0].end] == number
    repaired = apply_fixes(text, findings)
    assert fixed in repaired
    assert "\u202f".join(groups) in get_display(repaired)
    assert _grouping(repaired) == []


def test_a_glued_proclitic_does_not_hide_the_group() -> None:
    assert len(_grouping("ورصدت و2 500 درهم")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The ministry spent 641 000 dirhams.",
        "Le ministère a dépensé 641 000 dirhams.",
        "خصصت الحكومة 641000 درهم",
        "خصصت الحكومة 641\u202f000 درهم",
        "في عام 2024 500 مشارك",  # four digits before the space: two numbers, not one
        "نسخة G20 000 أخرى",
    ],
)
def test_no_finding_where_nothing_reads_backwards(text: str) -> None:
    language = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert _grouping(text, language) == []


def test_an_arabic_paragraph_inside_a_french_article_is_checked() -> None:
    text = "Le ministère a dépensé 641 000 dirhams.\nخصصت الحكومة 641 000 درهم"
    findings = _grouping(text, "fr")
    assert [text[f.start : f.end] for f in findings] == ["641 000"]
    assert findings[0].start > text.index("\n")


def test_the_newsroom_grouping_is_offered() -> None:
    settings = Settings(digit_group_separator=".").lint_settings()
    assert apply_fixes(
        ARABIC.format("641 000"), _grouping(ARABIC.format("641 000"), settings=settings)
    ) == ARABIC.format("641.000")
    with pytest.raises(ValueError):
        LintSettings(digit_group_separator="x")


def test_the_message_is_translated() -> None:
    text = ARABIC.format("641 000")
    ar = lint_text(text, "ar", ui_language="ar")
    fr = lint_text(text, "ar", ui_language="fr")
    assert any("641 000" in f.message and "معكوس" in f.message for f in ar)
    assert any("à l’envers" in f.message for f in fr)
