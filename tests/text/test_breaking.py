"""Whether a text already opens with a breaking label, so no output labels it twice."""

from __future__ import annotations

import pytest

from newsdesk.text.breaking import labelled, starts_with_breaking_label


@pytest.mark.parametrize(
    "text",
    [
        "عاجل: الحكومة تعلن",
        "عاجل - الحكومة تعلن",
        "خبر عاجل | زلزال",
        "(عاجل) زلزال",
        "Urgent : séisme",
        "URGENT - séisme",
        "Dernière minute : séisme",
        "Breaking news: quake",
        "« Flash info » séisme",
    ],
)
def test_labelled_texts(text: str) -> None:
    assert starts_with_breaking_label(text)
    assert labelled(text, True) == text


@pytest.mark.parametrize(
    "text",
    ["عاجلة الحكومة", "الحكومة تعلن خبرا عاجلا", "Urgente réunion", "Breakingly", "Flashback"],
)
def test_texts_without_a_label(text: str) -> None:
    assert not starts_with_breaking_label(text)
    assert labelled(text, True) == f"عاجل · {text}"
    assert labelled(text, False) == text
