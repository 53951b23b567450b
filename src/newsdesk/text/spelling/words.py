"""Word forms: the normalised key of accepted words and the marks removed before checking."""

from __future__ import annotations

import re
import unicodedata

# Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks: vowel signs, not letters.
# Hamza and madda above/below (U+0653-U+0655) are kept: after NFC they sit inside أ إ آ ؤ ئ.
_MARKS = "\u0610-\u061a\u064b-\u0652\u0656-\u065f\u0670\u06d6-\u06ed"
_TATWEEL = "\u0640"
MARKS_RE = re.compile(f"[{_MARKS}{_TATWEEL}]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")


def strip_marks(word: str) -> str:
    """The word without tashkeel and tatweel, in NFC."""
    return MARKS_RE.sub("", unicodedata.normalize("NFC", word))


def is_arabic(word: str) -> bool:
    """Whether the word holds Arabic letters."""
    return _ARABIC_LETTER.search(word) is not None


def normalise_word(word: str) -> str:
    """The key accepted and ignored words are stored and compared under.

    Tashkeel and tatweel removed, NFC, typographic apostrophes made plain, Latin casefolded.
    """
    plain = strip_marks(word.strip()).replace("\u2019", "'").replace("\u02bc", "'")
    return unicodedata.normalize("NFC", plain.casefold())
