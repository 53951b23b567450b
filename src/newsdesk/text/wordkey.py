"""The key a dictionary word is stored and compared under, as the spelling contract defines it.

Tashkeel (harakat, tanwin, shadda, sukun, superscript alef) and tatweel are removed, the word is
put in NFC, and Latin letters are case-folded. Arabic letters themselves are kept as written:
مسؤول and مسئول are two accepted spellings, not one key.
"""

from __future__ import annotations

import re
import unicodedata

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def normalise_word(word: str) -> str:
    """The form accepted and ignored words are stored and compared in."""
    bare = _MARKS.sub("", unicodedata.normalize("NFC", word.strip()))
    return unicodedata.normalize("NFC", bare.casefold())
