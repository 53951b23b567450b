"""Paragraph direction: one answer for the editor, the preview, every export and the ticker."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Direction = Literal["rtl", "ltr"]

# Languages written right to left when no script subtag says otherwise.
RTL_LANGUAGES = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi"}
)

# ISO 15924 scripts written right to left; a tag such as "az-Arab" or "ku-Arab" names one.
RTL_SCRIPTS = frozenset(
    {"adlm", "arab", "aran", "hebr", "mand", "mend", "nkoo", "rohg", "samr", "syrc", "thaa", "yezi"}
)

_TAG_SEPARATOR = re.compile(r"[-_.@\s]+")
# Machine strings (links, addresses, handles) are not prose and must not outvote it.
_MACHINE_HINT = re.compile(r"://|www\.|@", re.IGNORECASE)


def base_language(tag: str) -> str:
    """Return the lower-case primary language of a tag such as "ar-MA" or "fr_FR"."""
    parts = _TAG_SEPARATOR.split(tag.strip().lower(), maxsplit=1) if tag else [""]
    return parts[0]


def language_direction(language: str) -> Direction:
    """Return the direction a language is written in ("ar-MA" → "rtl", "fr" → "ltr")."""
    if not language:
        return "ltr"
    subtags = [part for part in _TAG_SEPARATOR.split(language.strip().lower()) if part]
    if not subtags:
        return "ltr"
    for subtag in subtags[1:]:
        if len(subtag) == 4 and subtag.isalpha():
            return "rtl" if subtag in RTL_SCRIPTS else "ltr"
    return "rtl" if subtags[0] in RTL_LANGUAGES else "ltr"


class _StrongTable(dict[int, str | None]):
    """str.translate table: strong right-to-left letters → "R", left-to-right → "L", rest deleted.

    Filled lazily, one entry per distinct character ever seen, so translating a megabyte
    costs one C-level pass instead of a Python loop per character.
    """

    def __missing__(self, codepoint: int) -> str | None:
        char = chr(codepoint)
        # Lone surrogates carry the default class L but are broken text, not letters.
        bidi_class = "" if unicodedata.category(char) == "Cs" else unicodedata.bidirectional(char)
        value = "R" if bidi_class in ("R", "AL") else "L" if bidi_class == "L" else None
        self[codepoint] = value
        return value


_STRONG = _StrongTable()
# Arabic and French copy nearly always fits the Windows Arabic code page, and its C codec plus a
# byte table classify a paragraph about ten times faster than the table above: text that does
# not fit (Hebrew, Arabic-Indic digits, capital É...) takes the general path, with equal answers.
_FAST_CODEC = "cp1256"
_FAST_CLASSES = bytes(
    ord(_STRONG[ord(bytes([byte]).decode(_FAST_CODEC))] or " ") for byte in range(256)
)


def strong_counts(text: str) -> tuple[int, int]:
    """Return (right-to-left, left-to-right) strong character counts by Unicode bidi class.

    Classes R and AL count as right-to-left, L as left-to-right; so do the strong marks
    (RLM, ALM, LRM) and Arabic punctuation of class AL such as "؟".
    """
    if not text:
        return 0, 0
    try:
        classes = text.encode(_FAST_CODEC).translate(_FAST_CLASSES)
    except UnicodeEncodeError:
        strong = text.translate(_STRONG)
        return strong.count("R"), strong.count("L")
    return classes.count(b"R"), classes.count(b"L")


def _without_machine_strings(text: str) -> str:
    # Plain substring tests first: most paragraphs hold no "@", "://" or w at all.
    if "@" not in text and "://" not in text and "w" not in text and "W" not in text:
        return text
    if not _MACHINE_HINT.search(text):
        return text
    return " ".join(
        token
        for token in text.split()
        if "://" not in token and "@" not in token and not token.lower().startswith("www.")
    )


def resolve_direction(text: str, language: str, explicit: str = "auto") -> Direction:
    """Return a paragraph's direction: explicit choice, else majority script, else language.

    Unlike the first-strong-letter rule of Qt, browsers and python-bidi, a paragraph that opens
    with a Latin acronym but is mostly Arabic resolves to "rtl". Links, e-mail addresses and
    @handles are left out of the vote unless nothing else has letters.
    """
    choice = explicit.strip().lower() if isinstance(explicit, str) else ""
    if choice in ("rtl", "ltr"):
        return "rtl" if choice == "rtl" else "ltr"
    rtl, ltr = strong_counts(_without_machine_strings(text))
    if rtl == ltr == 0:
        rtl, ltr = strong_counts(text)
    if rtl > ltr:
        return "rtl"
    if ltr > rtl:
        return "ltr"
    return language_direction(language)
