"""Order suggestions by how close they are to the word as typed, with cheap confusions cheaper."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterator, Sequence
from typing import Protocol

# Letters news writers confuse in Arabic: ta marbuta/ha, alef maqsura/ya, the hamza seats.
_ARABIC_CONFUSABLE: dict[str, str] = {
    "ة": "ه",
    "ه": "ة",
    "ى": "ي",
    "ي": "ىئ",
    "ا": "أإآ",
    "أ": "اإآ",
    "إ": "اأ",
    "آ": "اأ",
    "و": "ؤ",
    "ؤ": "وئ",
    "ئ": "يؤء",
    "ء": "ئؤ",
}
_CHEAP = 0.4
_DOUBLE = 0.5
_PREFERRED = 0.25
# A letter left out is a commoner slip than a letter typed wrong (minstre: ministre, not monstre).
_INSERT = 0.9
# How much each step of the Zipf scale (ten times as frequent) counts against the distance.
FREQUENCY_WEIGHT = 0.05


class Frequencies(Protocol):
    """Anything that gives a word's Zipf value (0 for a word never seen)."""

    def zipf(self, word: str) -> float:
        """The word's Zipf value."""
        ...


def _base(char: str) -> str:
    """A Latin letter without its accent (é → e); other letters unchanged."""
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if decomposed else char


def _substitution_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if b in _ARABIC_CONFUSABLE.get(a, "") or a in _ARABIC_CONFUSABLE.get(b, ""):
        return _CHEAP
    if a.lower() == b.lower():
        return 0.2
    if _base(a).lower() == _base(b).lower():
        return _CHEAP
    return 1.0


def distance(typed: str, candidate: str) -> float:
    """Damerau-Levenshtein distance where confusable letters and accents cost less."""
    rows = len(typed) + 1
    cols = len(candidate) + 1
    table = [[0.0] * cols for _ in range(rows)]
    for i in range(rows):
        table[i][0] = float(i)
    for j in range(cols):
        table[0][j] = float(j)
    for i in range(1, rows):
        for j in range(1, cols):
            a, b = typed[i - 1], candidate[j - 1]
            # A letter typed twice, or one of a double letter missed, is a slip of the key.
            delete = _DOUBLE if i > 1 and typed[i - 2] == a else 1.0
            insert = _DOUBLE if j > 1 and candidate[j - 2] == b else _INSERT
            best = min(
                table[i - 1][j] + delete,
                table[i][j - 1] + insert,
                table[i - 1][j - 1] + _substitution_cost(a, b),
            )
            if i > 1 and j > 1 and a == candidate[j - 2] and typed[i - 2] == b:
                best = min(best, table[i - 2][j - 2] + 0.8)
            table[i][j] = best
    return table[-1][-1]


def confusable_edits(word: str) -> Iterator[str]:
    """The word with one Arabic confusable letter replaced (each place, each alternative)."""
    for index, char in enumerate(word):
        for other in _ARABIC_CONFUSABLE.get(char, ""):
            yield word[:index] + other + word[index + 1 :]


def rank_suggestions(
    word: str,
    candidates: Sequence[str],
    limit: int,
    preferred: Collection[str] = (),
    frequencies: Frequencies | None = None,
) -> list[str]:
    """Distinct candidates, closest first; the dictionary's own order breaks ties.

    `preferred` candidates (the newsroom's own names) count as a little closer, and with
    `frequencies` a common word counts as closer than a rare one at the same distance.
    """
    seen: dict[str, int] = {}
    for position, candidate in enumerate(candidates):
        if candidate and candidate != word and candidate not in seen:
            seen[candidate] = position

    def key(candidate: str) -> tuple[float, int]:
        bonus = _PREFERRED if candidate in preferred else 0.0
        if frequencies is not None:
            bonus += FREQUENCY_WEIGHT * _zipf(frequencies, candidate)
        return distance(word, candidate) - bonus, seen[candidate]

    return sorted(seen, key=key)[:limit]


def _zipf(frequencies: Frequencies, candidate: str) -> float:
    """A suggestion's Zipf value; of its rarest word when it is two (wordfreq's lists are lower case)."""
    return min(frequencies.zipf(part.lower()) for part in candidate.split() or [candidate])
