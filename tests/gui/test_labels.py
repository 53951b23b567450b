"""Paths and headlines placed inside UI sentences keep their own order."""

from __future__ import annotations

from newsdesk.gui.labels import headline_text, path_text

RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"


def test_a_latin_initial_arabic_headline_is_isolated_right_to_left() -> None:
    assert headline_text("CNSS: تسجيل 641 ألف صانع", "fr") == f"{RLI}CNSS: تسجيل 641 ألف صانع{PDI}"


def test_a_latin_headline_with_an_arabic_word_is_isolated_left_to_right() -> None:
    assert headline_text("Tanger : le port de طنجة", "ar") == f"{LRI}Tanger : le port de طنجة{PDI}"


def test_paths_are_isolated_left_to_right() -> None:
    assert path_text("/home/سارة/bundle.zip") == f"{LRI}/home/سارة/bundle.zip{PDI}"
