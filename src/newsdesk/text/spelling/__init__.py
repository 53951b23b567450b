"""Spell checking in Arabic, French and English on Hunspell, with the newsroom's own words."""

from __future__ import annotations

from newsdesk.text.spelling.check import Misspelling, check_text, paragraph_language
from newsdesk.text.spelling.speller import LANGUAGES, Language, Speller, load_speller
from newsdesk.text.spelling.words import normalise_word

__all__ = [
    "LANGUAGES",
    "Language",
    "Misspelling",
    "Speller",
    "check_text",
    "load_speller",
    "normalise_word",
    "paragraph_language",
]
