"""Visual order for outputs without a bidi engine, checked against python-bidi itself."""

from __future__ import annotations

import arabic_reshaper
import pytest
from bidi import get_display

from newsdesk.text.visual import to_visual


def reference(line: str, base: str, *, shape: bool = True) -> str:
    """One line in display order, computed directly with arabic-reshaper and python-bidi."""
    return get_display(arabic_reshaper.reshape(line) if shape else line, base_dir=base)


@pytest.mark.parametrize(
    ("line", "base"),
    [
        ("عاجل: هزة أرضية بقوة 5.2 درجات تضرب إقليم الحوز", "R"),
        ("قال الوزير: «سنواصل دعم المقاولات الصغيرة» (2024)", "R"),
        ("CNSS يسجل 641 ألف صانع تقليدي", "R"),
        ("The ministry (CNSS) signed the memorandum.", "L"),
        ("Le ministre a conclu par « شكرا لكم » devant les élus.", "L"),
    ],
)
def test_lines_match_python_bidi(line: str, base: str) -> None:
    assert to_visual(line) == reference(line, base)
    assert to_visual(line, shape=False) == reference(line, base, shape=False)


def test_base_comes_from_resolve_direction_not_first_letter() -> None:
    line = "CNSS يسجل 641 ألف صانع تقليدي"
    assert to_visual(line) == reference(line, "R")
    # python-bidi on its own takes the base from the first strong letter, which is Latin.
    assert to_visual(line) != get_display(arabic_reshaper.reshape(line))


def test_language_breaks_ties() -> None:
    line = "CNSS مرضى 2024"
    assert to_visual(line, language="ar") == reference(line, "R")
    assert to_visual(line, language="fr") == reference(line, "L")


@pytest.mark.parametrize(("base_dir", "base"), [("rtl", "R"), ("ltr", "L"), ("RTL", "R")])
def test_explicit_base_dir(base_dir: str, base: str) -> None:
    line = "The CNSS يسجل 641 ألف"
    assert to_visual(line, base_dir=base_dir) == reference(line, base)


def test_auto_base_dir_means_resolved() -> None:
    line = "Maroc Telecom تعلن عن نتائجها السنوية"
    assert to_visual(line, base_dir="auto") == to_visual(line) == reference(line, "R")


def test_unknown_base_dir_is_refused() -> None:
    with pytest.raises(ValueError, match="base_dir"):
        to_visual("عاجل", base_dir="up")


def test_multiline_text_is_reordered_line_by_line() -> None:
    lines = [
        "عاجل: افتتاح الدورة البرلمانية",
        "The session opens at 10:00.",
        "",
        "CNSS يسجل 641 ألف",
    ]
    text = "\n".join(lines) + "\n"
    expected = "\n".join(reference(line, "L" if line.startswith("The") else "R") for line in lines)
    assert to_visual(text) == expected + "\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2029"])
def test_line_endings_stay_in_place(newline: str) -> None:
    text = f"السطر الأول{newline}السطر الثاني"
    first, second = "السطر الأول", "السطر الثاني"
    assert to_visual(text) == reference(first, "R") + newline + reference(second, "R")


def test_latin_only_text_is_unchanged() -> None:
    assert to_visual("Breaking: Morocco 2 - 0 Spain") == "Breaking: Morocco 2 - 0 Spain"


def test_shaping_joins_arabic_letters() -> None:
    shaped = to_visual("سلام")
    assert shaped == "ﻡﻼﺳ"
    assert to_visual("سلام", shape=False) == "مالس"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\n",
        "\ud800",
        "عاجل \udfff CNSS",
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c",
        "بـCNSSـيسجل",
    ],
)
def test_awkward_input_does_not_raise(text: str) -> None:
    assert isinstance(to_visual(text), str)
    assert isinstance(to_visual(text, shape=False, base_dir="rtl"), str)


def test_lone_surrogates_become_replacement_characters() -> None:
    assert "\ufffd" in to_visual("عاجل \ud800")


def test_joiner_before_lam_alef_is_dropped_before_shaping() -> None:
    # arabic-reshaper 3.1 alone raises IndexError on this line.
    assert to_visual("ب\u200dلا") == reference("بلا", "R")
