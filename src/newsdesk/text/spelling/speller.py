"""The Speller: Hunspell dictionaries for ar/fr/en plus the words a newsroom accepts."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Literal

from newsdesk.text.spelling.arabic import (
    clitic_stems,
    hamza_on_article,
    seat_variants,
    tripled_letter,
    untripled,
)
from newsdesk.text.spelling.frequency import WordFrequencies, load_frequencies
from newsdesk.text.spelling.native import HunspellLike, open_dictionary
from newsdesk.text.spelling.ranking import confusable_edits, distance, rank_suggestions
from newsdesk.text.spelling.realword import DROPPED_LEAST, DroppedLetterIndex, probable_intent
from newsdesk.text.spelling.words import is_arabic, normalise_word, strip_marks

Language = Literal["ar", "fr", "en"]
LANGUAGES: tuple[Language, ...] = ("ar", "fr", "en")

# The dictionary files shipped for each language, under assets/dictionaries/<language>/.
# English copy in Morocco follows American or British spelling: either is right.
_DICTIONARY_NAMES: dict[str, tuple[str, ...]] = {
    "ar": ("ar",),
    "fr": ("fr",),
    "en": ("en_US", "en_GB"),
}
STARTER_LIST = "newsroom-starter.txt"
# French and English elisions and possessives around a name the dictionary lacks.
_ELISIONS = ("l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'")


def dictionaries_dir() -> Path:
    """The folder of the shipped dictionaries (inside the installed package)."""
    return Path(str(resources.files("newsdesk") / "assets" / "dictionaries"))


def read_word_list(path: Path) -> list[str]:
    """Words of a plain list, separated by spaces or lines; text after # is a comment."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words.extend(line.split("#", 1)[0].split())
    return words


class Speller:
    """Hunspell dictionaries for ar/fr/en plus accepted words; thread-safe for reads after load."""

    def __init__(
        self,
        dictionaries: dict[str, tuple[HunspellLike, ...]],
        starter: Iterable[str] = (),
        frequencies: dict[str, WordFrequencies] | None = None,
    ) -> None:
        self._dictionaries = dictionaries
        self._frequencies = frequencies or {}
        arabic = self._frequencies.get("ar")
        self._dropped = DroppedLetterIndex(arabic.at_least(DROPPED_LEAST) if arabic else ())
        self.languages: tuple[str, ...] = tuple(dictionaries)
        self._starter = frozenset(normalise_word(word) for word in starter)
        self._accepted: frozenset[str] = frozenset()
        self._verdicts: dict[tuple[str, str], bool] = {}
        self._probable: dict[str, str | None] = {}
        # Hunspell objects are not documented as safe for concurrent calls.
        self._lock = threading.RLock()

    # -- accepted words -------------------------------------------------------------------
    def accept(self, words: Iterable[str]) -> None:
        """Newsroom or personal words: never flagged, in any language."""
        with self._lock:
            self._accepted = self._accepted | {normalise_word(w) for w in words if w.strip()}
            self._verdicts.clear()
            self._probable.clear()

    def forget(self, words: Iterable[str]) -> None:
        """Undo accept (a word removed from the newsroom list)."""
        with self._lock:
            self._accepted = self._accepted - {normalise_word(w) for w in words}
            self._verdicts.clear()
            self._probable.clear()

    def _listed(self, word: str) -> bool:
        key = normalise_word(word)
        return key in self._accepted or key in self._starter

    # -- checking ----------------------------------------------------------------------------
    def is_correct(self, word: str, language: str) -> bool:
        """Whether the word is spelt right in the language (or accepted by the newsroom)."""
        plain = strip_marks(word)
        key = (language, plain)
        verdict = self._verdicts.get(key)
        if verdict is None:
            with self._lock:
                verdict = self._judge(plain, language)
                self._verdicts[key] = verdict
        return verdict

    def probable(self, word: str, language: str) -> str | None:
        """For an accepted Arabic word, the far commoner word it is probably a slip for.

        None for other languages, for words the newsroom lists, and where no frequencies loaded.
        """
        if language != "ar" or "ar" not in self._frequencies:
            return None
        plain = strip_marks(word)
        if plain in self._probable:
            return self._probable[plain]
        with self._lock:
            intent = None
            if is_arabic(plain) and not self._listed(plain) and self.is_correct(plain, "ar"):
                frequency = self._frequencies["ar"]
                intent = probable_intent(
                    plain, frequency, lambda w: self.is_correct(w, "ar"), self._dropped
                )
            self._probable[plain] = intent
        return intent

    def frequency(self, word: str, language: str) -> float:
        """How common the word is in the language (0.0 when unknown or not loaded)."""
        frequencies = self._frequencies.get(language)
        return frequencies(word) if frequencies is not None else 0.0

    def _hunspell(self, language: str) -> tuple[HunspellLike, ...]:
        try:
            return self._dictionaries[language]
        except KeyError:
            raise ValueError(f"no dictionary loaded for language {language!r}") from None

    def _known(self, word: str, language: str) -> bool:
        return self._listed(word) or any(h.spell(word) for h in self._hunspell(language))

    def _judge(self, word: str, language: str) -> bool:
        if not word:
            return True
        if language == "ar":
            return self._judge_arabic(word)
        if self._known(word, language):
            return True
        if "-" in word:
            parts = [part for part in word.split("-") if part]
            if parts and all(self._judge(part, language) for part in parts):
                return True
        plain = word.replace("\u2019", "'")
        lower = plain.lower()
        for elision in _ELISIONS:
            if lower.startswith(elision) and len(plain) > len(elision):
                return self._judge(plain[len(elision) :], language)
        if lower.endswith("'s") and len(plain) > 2:
            return self._known(plain[:-2], language)
        return False

    def _judge_arabic(self, word: str) -> bool:
        if self._listed(word):
            return True
        if tripled_letter(word):
            return False
        # Ayaspell has both hamza seats where both are written (مسؤول, مسئول); the newsroom's
        # own words get the other seat here.
        if self._arabic_dictionary(word) or any(self._listed(v) for v in seat_variants(word)):
            return True
        # Hunspell's affixes already cover clitics on its own words; names and months from
        # the newsroom's lists take the proclitics here (وأخنوش, بشتنبر), not the pronouns.
        for _prefix, stem, suffix in clitic_stems(word):
            if suffix:
                continue
            if self._listed(stem) or any(self._listed(v) for v in seat_variants(stem)):
                return True
        return False

    def _arabic_dictionary(self, word: str) -> bool:
        """Hunspell's verdict, less the article written with a hamza (ألبيضاء)."""
        hunspell = self._hunspell("ar")[0]
        if not hunspell.spell(word):
            return False
        return not hamza_on_article(word, hunspell.stem)

    # -- suggestions -------------------------------------------------------------------------
    def suggest(self, word: str, language: str, limit: int = 8) -> list[str]:
        """Corrections for a misspelt word, best first."""
        plain = strip_marks(word)
        intent = self.probable(plain, language)
        fixes, names = self._candidates(plain, language)
        frequencies = self._frequencies.get(language)
        ranked = rank_suggestions(plain, fixes + names, limit, set(names), frequencies)
        if intent is None:
            return ranked
        return [intent, *(fix for fix in ranked if fix != intent)][:limit]

    def _candidates(self, plain: str, language: str) -> tuple[list[str], list[str]]:
        """Hunspell's corrections and the confusable forms that are words; the names near."""
        with self._lock:
            found: list[str] = []
            for hunspell in self._hunspell(language):
                if len(found) >= 3:
                    break  # suggesting is slow; British forms are asked for when needed
                found += hunspell.suggest(plain)
            if language == "ar" and is_arabic(plain):
                found += [c for c in confusable_edits(plain) if self.is_correct(c, "ar")]
                found += [c for c in untripled(plain) if self.is_correct(c, "ar")]
            names = self._near_listed(plain)
        # Hunspell may offer vowelled forms, or forms the checks above refuse (ألبيضاء).
        fixes = [strip_marks(fix) for fix in found]
        fixes = [fix for fix in fixes if " " in fix or self.is_correct(fix, language)]
        return fixes, names

    def _near_listed(self, word: str) -> list[str]:
        """Listed names one slip away from the word, with its clitics kept (وأخنوس → وأخنوش)."""
        listed = self._accepted | self._starter
        splits = [("", word, "")]
        if is_arabic(word):
            splits += [(p, s, x) for p, s, x in clitic_stems(word) if not x]
        found = []
        for prefix, stem, _suffix in splits:
            key = normalise_word(stem)
            for name in listed:
                near = abs(len(name) - len(key)) <= 1 and name[:1] == key[:1]
                if near and distance(key, name) <= 1.0:
                    found.append(prefix + _cased_like(stem, name))
        return found


def _cased_like(typed: str, listed: str) -> str:
    """A listed (casefolded) word written with the capitals the typed word has."""
    if len(typed) > 1 and typed.isupper():
        return listed.upper()
    if typed[:1].isupper():
        return listed[:1].upper() + listed[1:]
    return listed


def load_speller(languages: Sequence[str] = LANGUAGES, *, frequencies: bool = True) -> Speller:
    """Load the shipped dictionaries, the starter list of Moroccan names and word frequencies.

    About 2 s: Hunspell's parse releases the GIL; reading wordfreq's lists does not all do so.
    """
    folder = dictionaries_dir()
    dictionaries: dict[str, tuple[HunspellLike, ...]] = {}
    for language in languages:
        if language not in _DICTIONARY_NAMES:
            raise ValueError(f"no dictionary for language {language!r}")
        where = folder / language
        dictionaries[language] = tuple(
            open_dictionary(name, where) for name in _DICTIONARY_NAMES[language]
        )
    starter_path = folder / STARTER_LIST
    starter = read_word_list(starter_path) if starter_path.exists() else []
    counts = {language: load_frequencies(language) for language in languages} if frequencies else {}
    return Speller(dictionaries, starter, {lang: f for lang, f in counts.items() if len(f)})
