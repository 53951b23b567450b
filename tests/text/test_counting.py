"""Word and character counts and reading time."""

from __future__ import annotations

import pytest

from newsdesk.text.counting import (
    DEFAULT_WORDS_PER_MINUTE,
    WORDS_PER_MINUTE,
    char_count,
    reading_time_minutes,
    word_count,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   \n\t ", 0),
        ("CNSS يسجل 641 ألف صانع تقليدي", 6),
        ("وبالمغرب", 1),  # clitics belong to their word
        ("قال الوزير: «سنواصل الدعم» .", 4),
        ("— ... «» ! ؟ ، -", 0),
        ("ـــ ـــ", 0),
        ("Le ministre a conclu : « c'est fini ».", 6),
        ("The ministry's 2024 report", 4),
        ("https://www.example.ma/a #CAN2025 @CNSS_Maroc", 3),
        ("12 000 dirhams", 3),
        ("بـCNSS", 1),
        ("وَقَّعَ الْوَزِيرُ", 2),
        ("first\nsecond\u2029third", 3),
    ],
)
def test_word_count(text: str, expected: int) -> None:
    assert word_count(text) == expected


@pytest.mark.parametrize(
    ("text", "with_spaces", "without_spaces"),
    [
        ("", 0, 0),
        ("abc", 3, 3),
        ("a b", 3, 2),
        ("بِسْمِ اللَّهِ", 8, 7),
        ("e\u0301te\u0301", 3, 3),
        ("été", 3, 3),
        ("\u202bعاجل\u202c\u200f", 4, 4),
        ("one\ntwo\r\n", 6, 6),
        ("عـــاجل", 7, 7),
        ("12\u00a0000 DH", 9, 7),
    ],
)
def test_char_count(text: str, with_spaces: int, without_spaces: int) -> None:
    assert char_count(text) == with_spaces
    assert char_count(text, spaces=True) == with_spaces
    assert char_count(text, spaces=False) == without_spaces


def test_reading_speeds() -> None:
    assert WORDS_PER_MINUTE["ar"] == 180
    assert WORDS_PER_MINUTE["fr"] == WORDS_PER_MINUTE["en"] == 220
    assert DEFAULT_WORDS_PER_MINUTE == 220


@pytest.mark.parametrize(
    ("words", "language", "minutes"),
    [
        (1, "ar", 1),
        (180, "ar", 1),
        (181, "ar", 2),
        (220, "fr", 1),
        (221, "fr", 2),
        (221, "en-GB", 2),
        (440, "en", 2),
        (441, "de", 3),
        (900, "ar-MA", 5),
    ],
)
def test_reading_time_rounds_up(words: int, language: str, minutes: int) -> None:
    text = " ".join(["كلمة"] * words)
    assert reading_time_minutes(text, language) == minutes


@pytest.mark.parametrize("text", ["", "   ", "... — «»"])
def test_reading_time_of_nothing_is_zero(text: str) -> None:
    assert reading_time_minutes(text, "ar") == 0


@pytest.mark.parametrize(
    "text",
    [
        "\ud800",
        "a" * 1_000_000,
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
        "CNSSيسجلwordكلمة",
    ],
)
def test_awkward_input_does_not_raise(text: str) -> None:
    assert word_count(text) in (0, 1)
    assert char_count(text) >= 0
    assert reading_time_minutes(text, "ar") in (0, 1)
