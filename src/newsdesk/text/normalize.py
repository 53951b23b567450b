"""Search folding: one normalisation, applied identically to indexed text and to queries.

Nothing here changes an article; the output feeds the search index only.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that differ in writing but not for search: alef forms, alef maqsura, ta marbuta,
# Persian/Urdu look-alikes, and the letters Maghreb writers use for sounds Arabic lacks
# (ڤ for v, ڭ/ݣ/گ for g, ڨ for Algerian/Tunisian g), so "ڤيديو" finds "فيديو".
# Hamza on alef (أ إ آ) needs no entry: canonical decomposition splits it into the bare letter
# plus a combining hamza or madda, and the combining mark is then dropped (writers often leave
# it out). Hamza on waw or yeh (ؤ ئ, and ىٔ) is one letter with the hamza on the line (ء), so
# that the seats the dictionary accepts either way are one word: مسؤول/مسئول, شؤون/شئون,
# يقرؤون/يقرءون; a yeh or alef maqsura before a hamza on the line goes too: مبادئ/مبادىء.
_LETTERS: dict[str, str] = {
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0672": "\u0627",  # ٲ alef with wavy hamza above
    "\u0673": "\u0627",  # ٳ alef with wavy hamza below
    "\u0649": "\u064a",  # ى alef maqsura
    "\u0629": "\u0647",  # ة ta marbuta
    "\u06c3": "\u0647",  # ۃ ta marbuta goal
    "\u06a9": "\u0643",  # ک keheh
    "\u06aa": "\u0643",  # ڪ swash kaf
    "\u06ab": "\u0643",  # ګ kaf with ring
    "\u06af": "\u0643",  # گ gaf
    "\u06ad": "\u0643",  # ڭ ng
    "\u0763": "\u0643",  # ݣ keheh with three dots above
    "\u06cc": "\u064a",  # ی Farsi yeh
    "\u06cd": "\u064a",  # ۍ yeh with tail
    "\u06ce": "\u064a",  # ێ yeh with small v
    "\u06d0": "\u064a",  # ې e
    "\u06d2": "\u064a",  # ے yeh barree
    "\u06c1": "\u0647",  # ہ heh goal
    "\u06be": "\u0647",  # ھ heh doachashmee
    "\u06d5": "\u0647",  # ە ae
    "\u06a4": "\u0641",  # ڤ veh
    "\u06a5": "\u0641",  # ڥ feh with three dots below
    "\u06a8": "\u0642",  # ڨ qaf with three dots above
    "\u067e": "\u0628",  # پ peh
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "`": "'",
    "\u0153": "oe",
    "\u00e6": "ae",
    "\u00f8": "o",
    "\u0111": "d",
    "\u0142": "l",
    "\u0131": "i",
}

# Combining marks dropped after canonical decomposition: Latin accents and the Arabic ones
# (harakat, tanwin, shadda, sukun, hamza and madda above/below, superscript alef, Quranic
# annotation signs, extended Arabic marks).
_DROPPED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0300, 0x036F),
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x0674, 0x0674),
    (0x06D6, 0x06ED),
    (0x08CA, 0x08FF),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE00, 0xFE0F),
    (0xFE20, 0xFE2F),
    (0xE0100, 0xE01EF),
)
_TATWEEL = 0x0640


def _dropped(codepoint: int) -> bool:
    return codepoint == _TATWEEL or any(lo <= codepoint <= hi for lo, hi in _DROPPED_RANGES)


class _FoldTable(dict[int, str | None]):
    """str.translate table built lazily, one entry per distinct character seen."""

    def __missing__(self, codepoint: int) -> str | None:
        char = chr(codepoint)
        value: str | None
        if char in _LETTERS:
            value = _LETTERS[char]
        elif _dropped(codepoint):
            value = None
        else:
            category = unicodedata.category(char)
            if category in ("Cf", "Cs"):
                # Bidi controls, zero-width (non-)joiners, soft hyphens, BOM, lone surrogates.
                value = None
            elif category == "Nd" and not char.isascii():
                value = str(unicodedata.decimal(char))
            else:
                value = char
        self[codepoint] = value
        return value


_FOLD = _FoldTable()


# Waw, yeh, alef maqsura and yeh barree carrying a combining hamza above (ؤ ئ after NFD).
_HAMZA_SEAT = re.compile("[\u0648\u064a\u0649\u06d2]\u0654")
HAMZA = "\u0621"
# A yeh (or several) before a hamza on the line: ى and ي are already one letter here.
_YEH_HAMZA = re.compile("\u064a+\u0621")


def fold_hamza_seats(text: str) -> str:
    """Folded text with a yeh before a hamza on the line dropped (مباديء → مبادء)."""
    return _YEH_HAMZA.sub(HAMZA, text) if HAMZA in text else text


def fold(text: str) -> str:
    """Return text folded for search: no diacritics, one form per letter, ASCII digits, lower."""
    if not text:
        return ""
    compat = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", compat)
    if "\u0654" in decomposed:
        decomposed = _HAMZA_SEAT.sub(HAMZA, decomposed)
    return fold_hamza_seats(unicodedata.normalize("NFC", decomposed.translate(_FOLD)))


# Letters to Python that SQLite FTS5's unicode61 tokenizer, whose tables are older, still takes
# for marks and so for separators (New Tai Lue vowel signs and tone marks, two Vedic signs:
# later Unicode versions made them letters). A term ends at one, as unicode61 splits there, so
# that every term is one token to every FTS5 tokenizer (tests/storage/test_fts5_tokenizers.py).
FTS5_SEPARATORS = "\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3"
_WORD = re.compile(f"[^\\W_{FTS5_SEPARATORS}]+(?:'[^\\W_{FTS5_SEPARATORS}]+)*")
_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_SCRIPT_RUN = re.compile(f"[{_ARABIC_CHARS}]+|[^{_ARABIC_CHARS}]+")
_ARABIC_RUN = re.compile(f"[{_ARABIC_CHARS}]")
_ELISION = re.compile(r"(?:qu|[cdjlmnst])'(?=[^\W_])")
_LATIN_WORD = re.compile(r"[a-z]+")

# Article-bearing clitic prefixes, longest first, with the letters that must remain.
# Prefixes led by the conjunctions و/ف need three: و/ف + ال also begins common words
# (والي governor, والدة mother) that must not lose their first syllable.
_ARABIC_PREFIXES: tuple[tuple[str, int], ...] = (
    ("وبال", 3),
    ("وكال", 3),
    ("فبال", 3),
    ("فكال", 3),
    ("ولل", 3),
    ("فلل", 3),
    ("وال", 3),
    ("فال", 3),
    ("بال", 2),
    ("كال", 2),
    ("لل", 2),
    ("ال", 2),
)

# Light suffixes (on folded text, so ة is already ه), longest first, with the letters that
# must remain. Broken plurals are out of reach of any light stemmer and are left alone.
_ARABIC_SUFFIXES: tuple[tuple[str, int], ...] = (
    ("ات", 3),
    ("ون", 4),
    ("ين", 4),
    ("يه", 3),
    ("ها", 3),
    ("هم", 4),
    ("ه", 3),
    ("ي", 3),
)
_MAX_SUFFIX_STRIPS = 2


def _strip_arabic_prefix(word: str) -> str:
    for prefix, keep in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= keep:
            return word[len(prefix) :]
    return word


def _stem_arabic(word: str) -> str:
    word = _strip_arabic_prefix(word)
    for _ in range(_MAX_SUFFIX_STRIPS):
        for suffix, keep in _ARABIC_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= keep:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def _stem_latin(word: str) -> str:
    # One rule set for French and English: a query does not know its document's language,
    # and the Snowball stemmers disagree on shared words (French "hopital" → "hopital",
    # English → "hopit"), so both sides use the same plural and final-e folding.
    if not _LATIN_WORD.fullmatch(word) or len(word) < 4:
        return word
    if word.endswith("eaux") and len(word) >= 5:
        word = word[:-1]
    elif word.endswith("aux") and len(word) >= 5:
        word = word[:-3] + "al"
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    while word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if word.endswith("y") and len(word) > 3:
        word = word[:-1] + "i"
    return word


def _word_terms(word: str) -> tuple[str, ...]:
    if "'" in word:
        elided = _ELISION.match(word)
        if elided:
            word = word[elided.end() :]
        if word.endswith("'s"):
            word = word[:-2]
        word = word.replace("'", "")
    if not _ARABIC_RUN.search(word):
        return (_stem_latin(word),)
    return tuple(
        _stem_arabic(run) if _ARABIC_RUN.match(run) else _stem_latin(run)
        for run in _SCRIPT_RUN.findall(word)
    )


# Newsroom vocabulary repeats a great deal: each distinct space-separated token is folded and
# stemmed once and remembered with its terms already joined, so indexing a long article is a
# split, dictionary look-ups and a join, all in C. Folding never turns white space into a letter
# or a letter into white space, so folding token by token gives the same terms as folding the
# whole text. Only token-sized keys are kept and the table is bounded, so junk input cannot
# fill memory.
_CACHED_TOKEN_LENGTH = 40
_CACHE_LIMIT = 200_000


class _TermsByToken(dict[str, str]):
    """The search terms of each token seen, joined by single spaces ("" for none)."""

    def __missing__(self, token: str) -> str:
        terms = " ".join(
            term for word in _WORD.findall(fold(token)) for term in _word_terms(word) if term
        )
        if len(token) <= _CACHED_TOKEN_LENGTH:
            if len(self) >= _CACHE_LIMIT:
                self.clear()
            self[token] = terms
        return terms


_TERMS_BY_TOKEN = _TermsByToken()


def search_terms(text: str, language: str | None = None) -> list[str]:
    """Return the folded, clitic-stripped, lightly stemmed search terms of text, in order.

    The result never depends on `language`: the query side cannot know a document's
    language, and a term must come out the same on both sides to match.
    """
    return normalize_for_index(text).split()


def normalize_for_index(text: str) -> str:
    """Return the search terms of text joined by single spaces, ready for a full-text index."""
    # A term holds no white space, and tokens without terms give "" (dropped by the filter).
    return " ".join(filter(None, map(_TERMS_BY_TOKEN.__getitem__, text.split())))
