"""Arabic as news writes it: clitics around a stem, and the hamza seats both spellings use."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

# Conjunctions, then prepositions, then the article; "لل" is "ل" + "ال" with the alef dropped.
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك", "س")
_ARTICLE = ("", "ال")
# Attached pronouns, longest first so "هما" is tried before "ها" and "ه".
_PRONOUNS = ("كما", "هما", "كم", "كن", "هم", "هن", "ها", "نا", "ني", "ه", "ك", "ي")
_MIN_STEM = 2

# Seats of the hamza that dictionaries and newsrooms both write (مسؤول / مسئول, شؤون / شئون).
_SEAT_SWAPS = (("ؤ", "ئ"), ("ئ", "ؤ"))


def seat_variants(word: str) -> Iterator[str]:
    """The word with its hamza seat swapped between ؤ and ئ (one place at a time)."""
    for old, new in _SEAT_SWAPS:
        start = word.find(old)
        while start != -1:
            yield word[:start] + new + word[start + 1 :]
            start = word.find(old, start + 1)


def _proclitic_splits(word: str) -> Iterator[tuple[str, str]]:
    """(prefix, rest) pairs, each rest a possible stem once the proclitics are off."""
    seen: set[str] = set()
    for conj in _CONJUNCTIONS:
        if not word.startswith(conj):
            continue
        after_conj = word[len(conj) :]
        for prep in _PREPOSITIONS:
            if not after_conj.startswith(prep):
                continue
            rest = after_conj[len(prep) :]
            prefix = conj + prep
            candidates = [rest]
            if prep == "ل" and rest.startswith("ل"):
                candidates.append("ا" + rest)  # لل + stem = ل + ال + stem
            for stem in candidates:
                if stem not in seen and len(stem) >= _MIN_STEM:
                    seen.add(stem)
                    yield prefix, stem


def _enclitic_splits(word: str) -> Iterator[tuple[str, str]]:
    """(stem, suffix) pairs: the word without an attached pronoun (ت restored to ة)."""
    yield word, ""
    for pronoun in _PRONOUNS:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= _MIN_STEM:
            stem = word[: -len(pronoun)]
            yield stem, pronoun
            if stem.endswith("ت"):
                yield stem[:-1] + "ة", pronoun
            if stem.endswith("ا") and len(stem) > _MIN_STEM:
                yield stem[:-1] + "ى", pronoun  # مستواه ← مستوى


def clitic_stems(word: str) -> Iterator[tuple[str, str, str]]:
    """(prefix, stem, suffix) for every way the word may be clitics around a shorter stem."""
    for prefix, rest in _proclitic_splits(word):
        for stem, suffix in _enclitic_splits(rest):
            if (prefix or suffix) and len(stem) >= _MIN_STEM:
                yield prefix, stem, suffix


# The article written with a hamza (ألدقيقة for الدقيقة): Ayaspell accepts it as a lax article.
_HAMZA_ARTICLE = re.compile("^[وف]?[بك]?أل")


def hamza_on_article(word: str, stems: Callable[[str], Iterable[str]]) -> bool:
    """Whether the word's article carries a hamza no stem explains (ألبيضاء, not ألحق)."""
    if not _HAMZA_ARTICLE.match(word):
        return False
    return not any(stem.startswith("أل") for stem in stems(word))


# The same letter three times running: Arabic spelling never writes it (ل + الل… is written لل…).
_TRIPLED = re.compile(r"(.)\1\1")


def tripled_letter(word: str) -> bool:
    """Whether the word has one letter three times running (لللجفاف, تقططط)."""
    return _TRIPLED.search(word) is not None


def untripled(word: str) -> Iterator[str]:
    """The word with each run of three identical letters cut to two."""
    for match in _TRIPLED.finditer(word):
        yield word[: match.start()] + word[match.start() + 1 :]
