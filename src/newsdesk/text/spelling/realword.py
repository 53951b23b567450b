"""Arabic real-word slips: an accepted but rare word one slip away from a far commoner one.

Dropping, doubling or swapping a letter of an Arabic word, writing ة as ه or leaving a hamza
off, often gives another word Ayaspell accepts (ثمانية → ثانية, مهمة → مهمه, تطور → تطرو,
أكثر → اكثر). Such a word is reported as "probably X" when X is one slip away and far more
frequent. The ratios were set on
the development part of the corpus (docs/spelling.md) within the false-flag budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from newsdesk.text.spelling.frequency import FLOOR
from newsdesk.text.spelling.ranking import confusable_edits

# Letters a slip may have dropped: the Arabic alphabet with the hamza forms and ta marbuta.
ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
# Words at least this frequent are never reported (a common word is meant as written).
RARE_BELOW = 3e-6
# How many times more frequent the other word must be, per kind of slip. A confusable letter
# (ة/ه, ى/ي, a hamza seat) is the commonest real-word slip, and is judged whatever the word's
# own frequency.
_RATIO_DROPPED = 50.0
_RATIO_DOUBLED = 50.0
_RATIO_SWAPPED = 20.0
_RATIO_CONFUSED = 10.0
# ى written ي or the other way round: يبقي is a verb too, but rarely meant beside يبقى.
_RATIO_FINAL_YA = 5.0
# A hamza left off the alef a word starts with (اكثر, انهم, بان): judged whatever the word's
# own frequency. Bare alefs are common on the web and so in wordfreq, never in edited copy; the
# alef of a word that takes none (اجتماع, ابن, انطلاق) is far commoner bare than with a hamza.
_RATIO_HAMZA_DROPPED = 2.0


class DroppedLetterIndex:
    """Common words by what they read with one letter dropped (never the first one).

    Only words frequent enough to pass the dropped-letter ratio against an unseen word can be
    the word meant, so they are indexed once at load; a look-up is then one dict access instead
    of some 36 × length candidate strings.
    """

    def __init__(self, common_words: Iterable[str]) -> None:
        index: dict[str, list[str]] = {}
        for word in common_words:
            for place in range(1, len(word)):
                if word[place] in ARABIC_LETTERS:
                    index.setdefault(word[:place] + word[place + 1 :], []).append(word)
        self._index = {key: tuple(words) for key, words in index.items()}

    def __len__(self) -> int:
        return len(self._index)

    def __call__(self, typed: str) -> tuple[str, ...]:
        """The indexed words that read as `typed` with one letter dropped."""
        return self._index.get(typed, ())


# The least frequency a word meant must have for a dropped letter (against an unseen word).
DROPPED_LEAST = _RATIO_DROPPED * FLOOR


def _doubled(word: str) -> Iterator[str]:
    """The word with one of its doubled letters typed once."""
    for index in range(1, len(word)):
        if word[index] == word[index - 1]:
            yield word[:index] + word[index + 1 :]


def _swapped(word: str) -> Iterator[str]:
    """The word with two neighbouring letters put back in order."""
    for index in range(len(word) - 1):
        if word[index] != word[index + 1]:
            yield word[:index] + word[index + 1] + word[index] + word[index + 2 :]


_FINAL_SWAPS = {"ة": "ه", "ه": "ة", "ى": "ي", "ي": "ى"}


def _final_confusions(word: str) -> Iterator[str]:
    """The word with its last letter's ة/ه or ى/ي confusion undone."""
    other = _FINAL_SWAPS.get(word[-1:])
    if other is not None:
        yield word[:-1] + other


_HAMZA_ALEFS = "أإآ"
# The first alef of a word, after its proclitics and article: وان, بانه, لان, الانجليزية.
_FIRST_ALEF = re.compile("^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل|[وف]?س)?ا")


def _hamza_restored(word: str) -> Iterator[str]:
    """The word with the alef it starts with (after proclitics) given a hamza."""
    first = _FIRST_ALEF.match(word)
    if first is not None:
        index = first.end() - 1
        for alef in _HAMZA_ALEFS:
            yield word[:index] + alef + word[index + 1 :]


# Proclitics a form never seen may carry, longest first; لل stands for ل + ال.
_PROCLITICS: tuple[str, ...] = ("وبال", "وال", "بال", "كال", "فال", "ولل", "وب", "ول", "لل")
_PROCLITICS += ("ال", "و", "ف", "ب", "ل", "ك")


def _stem_final_ta(word: str, frequency: Callable[[str], float]) -> Iterator[str]:
    """For a form ending in ه: the ة form, when without proclitics ة is far commoner.

    wordfreq has not seen most forms with proclitics (لبرمجه, لبرمجة), so their own
    frequencies cannot tell; their stems can (برمجة against برمجه).
    """
    if not word.endswith("ه"):
        return
    for prefix in _PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            stem = word[len(prefix) :]
            if prefix.endswith("لل"):
                stem = "ال" + stem
            ta = frequency(stem[:-1] + "ة")
            if ta >= _RATIO_CONFUSED * max(frequency(stem), FLOOR):
                yield word[:-1] + "ة"
                return


def probable_intent(
    word: str,
    frequency: Callable[[str], float],
    is_word: Callable[[str], bool],
    dropped: DroppedLetterIndex,
) -> str | None:
    """The far commoner word an accepted Arabic word is probably a slip for, or None."""
    own = frequency(word)
    base = max(own, FLOOR)
    best: tuple[float, str] | None = None

    def consider(candidates: Iterator[str], ratio: float) -> None:
        nonlocal best
        for candidate in candidates:
            found = frequency(candidate)
            if found >= ratio * base and (best is None or found > best[0]) and candidate != word:
                best = (found, candidate)

    # A final ة written ه or ى written ي, and a hamza left off a first alef, judged whatever the
    # word's own frequency; other hamza seats only on a rare word (ألحق is a verb, not a slip
    # for الحق).
    consider(_final_confusions(word), _RATIO_FINAL_YA if word[-1:] in "ىي" else _RATIO_CONFUSED)
    consider(_hamza_restored(word), _RATIO_HAMZA_DROPPED)
    if own == 0.0 and best is None:
        # A form never seen: its stem has decided, whatever the ة form's own frequency (a
        # floor, so that any slip found below with a frequency of its own comes first).
        for candidate in _stem_final_ta(word, frequency):
            best = (FLOOR, candidate)
    if own < RARE_BELOW:
        consider(confusable_edits(word), _RATIO_CONFUSED)
        consider(iter(dropped(word)), _RATIO_DROPPED)
        consider(_doubled(word), _RATIO_DOUBLED)
        consider(_swapped(word), _RATIO_SWAPPED)
    if best is None or not is_word(best[1]):
        return None
    return best[1]
