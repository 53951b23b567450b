"""Find in the editor is blind to the hamza's seat, as search is, and maps back to the text."""

from __future__ import annotations

import pytest

from newsdesk.text.find import FindOptions, find_all, replace_all

TEXT = "قال المسئول إن مبادىء الشؤون واضحة، ومسؤولو الرءوس حاضرون."


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("مسؤول", ["مسئول", "مسؤول"]),
        ("مسئول", ["مسئول", "مسؤول"]),
        ("مبادئ", ["مبادىء"]),
        ("شئون", ["شؤون"]),
        ("رؤوس", ["رءوس"]),
    ],
)
def test_either_seat_finds_the_other(query: str, found: list[str]) -> None:
    assert [TEXT[a:b] for a, b in find_all(TEXT, query)] == found


def test_whole_words_and_replacing_keep_the_original_offsets() -> None:
    spans = find_all(TEXT, "مسؤول", FindOptions(whole_word=True))
    assert [TEXT[a:b] for a, b in spans] == ["مسئول"]  # مسؤولو is another word
    fixed = replace_all(TEXT, "مبادئ", "مبادئ")
    assert fixed == TEXT.replace("مبادىء", "مبادئ")


def test_with_marks_shown_the_seats_stay_apart() -> None:
    spans = find_all(TEXT, "مسؤول", FindOptions(ignore_marks=False))
    assert spans == [(TEXT.index("مسؤول"), TEXT.index("مسؤول") + 5)]
