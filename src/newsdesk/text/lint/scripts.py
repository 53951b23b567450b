"""Character classes shared by the rules, as regex class bodies and as sets."""

from __future__ import annotations

import re

Ranges = tuple[tuple[int, int], ...]

ARABIC_LETTER_RANGES: Ranges = (
    (0x0620, 0x063F),
    (0x0641, 0x064A),
    (0x066E, 0x066F),
    (0x0671, 0x06D3),
    (0x06D5, 0x06D5),
    (0x06EE, 0x06EF),
    (0x06FA, 0x06FC),
    (0x06FF, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x0887),
    (0x0889, 0x088E),
    (0x08A0, 0x08C9),
    (0xFB50, 0xFBB1),
    (0xFBD3, 0xFD3D),
    (0xFD50, 0xFD8F),
    (0xFD92, 0xFDC7),
    (0xFDF0, 0xFDFB),
    (0xFE70, 0xFE74),
    (0xFE76, 0xFEFC),
)
ARABIC_MARK_RANGES: Ranges = (
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x0898, 0x089F),
    (0x08CA, 0x08E1),
    (0x08E3, 0x08FF),
)
LATIN_LETTER_RANGES: Ranges = (
    (0x0041, 0x005A),
    (0x0061, 0x007A),
    (0x00C0, 0x00D6),
    (0x00D8, 0x00F6),
    (0x00F8, 0x024F),
    (0x1E00, 0x1EFF),
)
TATWEEL = "\u0640"
WESTERN_DIGITS = "0123456789"
EASTERN_DIGITS = "".join(chr(c) for c in range(0x0660, 0x066A))
PERSIAN_DIGITS = "".join(chr(c) for c in range(0x06F0, 0x06FA))
INLINE_SPACES = " \t\u00a0\u202f"
NO_BREAK_SPACES = "\u00a0\u202f"
LINE_BREAKS = "\n\r\u2028\u2029"


def _class(ranges: Ranges) -> str:
    parts = []
    for lo, hi in ranges:
        parts.append(f"\\u{lo:04x}" if lo == hi else f"\\u{lo:04x}-\\u{hi:04x}")
    return "".join(parts)


def _chars(ranges: Ranges) -> frozenset[str]:
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


ARABIC_LETTERS = _class(ARABIC_LETTER_RANGES)
ARABIC_MARKS = _class(ARABIC_MARK_RANGES)
# A run of Arabic script as it sits in a word: letters, vowel marks and tatweel.
ARABIC_WORD = ARABIC_LETTERS + ARABIC_MARKS + "\\u0640"
LATIN_LETTERS = _class(LATIN_LETTER_RANGES)
DIGITS = "0-9\\u0660-\\u0669\\u06f0-\\u06f9"

ARABIC_LETTER_SET = _chars(ARABIC_LETTER_RANGES) | {TATWEEL}
ARABIC_MARK_SET = _chars(ARABIC_MARK_RANGES)
ARABIC_WORD_SET = ARABIC_LETTER_SET | ARABIC_MARK_SET
LATIN_LETTER_SET = _chars(LATIN_LETTER_RANGES)
DIGIT_SET = frozenset(WESTERN_DIGITS + EASTERN_DIGITS + PERSIAN_DIGITS)
INLINE_SPACE_SET = frozenset(INLINE_SPACES)

ARABIC_RE = re.compile(f"[{ARABIC_LETTERS}]")
LATIN_RE = re.compile(f"[{LATIN_LETTERS}]")
_LAST_STRONG = re.compile(f"(?s:.*)(?:([{ARABIC_LETTERS}\\u0640])|([{LATIN_LETTERS}]))")
_FIRST_STRONG = re.compile(f"([{ARABIC_LETTERS}\\u0640])|([{LATIN_LETTERS}])")

# How far a rule looks for the letter that decides a punctuation mark's script.
_WINDOW = 64


def _script(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    return "ar" if match.group(1) is not None else "latin"


def strong_before(text: str, index: int) -> str | None:
    """Return "ar", "latin" or None for the nearest letter before index on the same line."""
    segment = text[max(0, index - _WINDOW) : index]
    for brk in LINE_BREAKS:
        cut = segment.rfind(brk)
        if cut >= 0:
            segment = segment[cut + 1 :]
    return _script(_LAST_STRONG.match(segment))


def strong_after(text: str, index: int) -> str | None:
    """Return "ar", "latin" or None for the nearest letter after index on the same line."""
    segment = text[index + 1 : index + 1 + _WINDOW]
    for brk in LINE_BREAKS:
        cut = segment.find(brk)
        if cut >= 0:
            segment = segment[:cut]
    return _script(_FIRST_STRONG.search(segment))


def previous_visible(text: str, index: int) -> str:
    """Return the character before index, skipping inline spaces ("" at the line start)."""
    i = index - 1
    while i >= 0 and text[i] in INLINE_SPACE_SET:
        i -= 1
    if i < 0 or text[i] in LINE_BREAKS:
        return ""
    return text[i]


def run_start(text: str, end: int, chars: frozenset[str]) -> int:
    """Return where the run of characters from `chars` ending at end begins."""
    i = end
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i


def run_end(text: str, start: int, chars: frozenset[str]) -> int:
    """Return where the run of characters from `chars` starting at start ends."""
    i, n = start, len(text)
    while i < n and text[i] in chars:
        i += 1
    return i


def arabic_run_start(text: str, end: int) -> int:
    """Return where the run of Arabic word characters ending at end begins."""
    return run_start(text, end, ARABIC_WORD_SET)


def arabic_run_end(text: str, start: int) -> int:
    """Return where the run of Arabic word characters starting at start ends."""
    return run_end(text, start, ARABIC_WORD_SET)


def bare_arabic(word: str) -> str:
    """Strip vowel marks and tatweel from an Arabic word."""
    return "".join(ch for ch in word if ch in ARABIC_LETTER_SET and ch != TATWEEL)


# Proclitics that may sit directly on a number or a Latin word in newsroom copy:
# the single letters و ف ب ل ك, a conjunction plus a preposition (وب، فل…),
# and the article with its usual prefixes (الـ20، والـCNSS، للـ2030).
PROCLITICS = frozenset(
    {"و", "ف", "ب", "ل", "ك"}
    | {c + p for c in "وف" for p in "بلك"}
    | {"ال", "وال", "فال", "بال", "كال", "وبال", "لل", "ولل", "فلل"}
)
