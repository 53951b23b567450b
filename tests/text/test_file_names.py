"""A proof's file name made from its headline: Arabic kept, safe on every file system, short."""

from __future__ import annotations

import pytest

from newsdesk.text.file_names import MAX_BYTES, MAX_CHARACTERS, file_name_from


def test_arabic_letters_are_kept_and_spaces_become_hyphens() -> None:
    assert file_name_from("الحكومة تصادق على  مشروع القانون", ".pdf") == (
        "الحكومة-تصادق-على-مشروع-القانون.pdf"
    )


def test_french_accents_are_kept() -> None:
    assert file_name_from("Le Maroc célèbre l'été", ".pdf") == "Le-Maroc-célèbre-l'été.pdf"


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ('Rabat/Casablanca: "50%" ou plus?', "Rabat-Casablanca-50%-ou-plus.pdf"),
        ("a\\b|c*d<e>f", "a-b-c-d-e-f.pdf"),
        ("\u202bخبر\u202c\u200f عاجل\n\tاليوم", "خبر-عاجل-اليوم.pdf"),
        ("...", "proof.pdf"),
        ("", "proof.pdf"),
        ("CON", "proof-CON.pdf"),
        ("nul.txt", "proof-nul.txt.pdf"),
        ("Fin de phrase.", "Fin-de-phrase.pdf"),
    ],
)
def test_characters_some_system_refuses_are_left_out(headline: str, expected: str) -> None:
    assert file_name_from(headline, ".pdf") == expected


def test_a_long_headline_is_cut_without_a_hyphen_at_the_end() -> None:
    name = file_name_from("المغرب " * 40, ".pdf")
    stem = name.removesuffix(".pdf")
    assert len(stem) <= MAX_CHARACTERS and len(stem.encode("utf-8")) <= MAX_BYTES
    assert not stem.endswith("-") and stem.startswith("المغرب-المغرب")
    long_latin = file_name_from("x" * 500, ".pdf")
    assert long_latin == "x" * MAX_CHARACTERS + ".pdf"


def test_the_fallback_names_an_empty_headline() -> None:
    assert file_name_from("   ", ".pdf", fallback="proof-42") == "proof-42.pdf"
