"""The Speller: Hunspell dictionaries for ar/fr/en plus the words a newsroom accepts."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from newsdesk.text.spelling.arabic import clitic_stems, seat_variants
from newsdesk.text.spelling.ranking import confusable_edits, rank_suggestions
from newsdesk.text.spelling.words import is_arabic, normalise_word, strip_marks

if TYPE_CHECKING:
    from hunspell import Hunspell

Language = Literal["ar", "fr", "en"]
LANGUAGES: tuple[Language, ...] = ("ar", "fr", "en")

# The dictionary files shipped for each language, under assets/dictionaries/<language>/.
_DICTIONARY_NAMES = {"ar": "ar", "fr": "fr", "en": "en_US"}
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

    def __init__(self, dictionaries: dict[str, Hunspell], starter: Iterable[str] = ()) -> None:
        self._dictionaries = dictionaries
        self.languages: tuple[str, ...] = tuple(dictionaries)
        self._starter = frozenset(normalise_word(word) for word in starter)
        self._accepted: frozenset[str] = frozenset()
        self._verdicts: dict[tuple[str, str], bool] = {}
        # Hunspell objects are not documented as safe for concurrent calls.
        self._lock = threading.RLock()

    # -- accepted words -------------------------------------------------------------------
    def accept(self, words: Iterable[str]) -> None:
        """Newsroom or personal words: never flagged, in any language."""
        with self._lock:
            self._accepted = self._accepted | {normalise_word(w) for w in words if w.strip()}
            self._verdicts.clear()

    def forget(self, words: Iterable[str]) -> None:
        """Undo accept (a word removed from the newsroom list)."""
        with self._lock:
            self._accepted = self._accepted - {normalise_word(w) for w in words}
            self._verdicts.clear()

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

    def _hunspell(self, language: str) -> Hunspell:
        try:
            return self._dictionaries[language]
        except KeyError:
            raise ValueError(f"no dictionary loaded for language {language!r}") from None

    def _known(self, word: str, language: str) -> bool:
        return self._listed(word) or self._hunspell(language).spell(word)

    def _judge(self, word: str, language: str) -> bool:
        if not word or self._known(word, language):
            return True
        if language == "ar":
            return self._judge_arabic(word)
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
        for variant in seat_variants(word):
            if self._known(variant, "ar"):
                return True
        for _prefix, stem, _suffix in clitic_stems(word):
            if self._known(stem, "ar"):
                return True
            if any(self._known(v, "ar") for v in seat_variants(stem)):
                return True
        return False

    # -- suggestions -------------------------------------------------------------------------
    def suggest(self, word: str, language: str, limit: int = 8) -> list[str]:
        """Corrections for a misspelt word, best first."""
        plain = strip_marks(word)
        with self._lock:
            found = list(self._hunspell(language).suggest(plain))
            if language == "ar" and is_arabic(plain):
                found += self._arabic_candidates(plain)
        return rank_suggestions(plain, found, language, limit)

    def _arabic_candidates(self, word: str) -> list[str]:
        """Confusable-letter fixes that pass, and Hunspell's fixes of the stem with its clitics."""
        found = [c for c in confusable_edits(word) if self.is_correct(c, "ar")]
        for prefix, stem, suffix in clitic_stems(word):
            if len(stem) < 3:
                continue
            for fix in self._hunspell("ar").suggest(stem)[:4]:
                found.append(prefix + _attach(fix, suffix) if prefix else _attach(fix, suffix))
            if len(found) > 24:
                break
        return found


def _attach(stem: str, suffix: str) -> str:
    if suffix and stem.endswith("ة"):
        return stem[:-1] + "ت" + suffix
    if suffix and stem.endswith("ى"):
        return stem[:-1] + "ا" + suffix
    return stem + suffix


def load_speller(languages: Sequence[str] = LANGUAGES) -> Speller:
    """Load the shipped dictionaries and the starter list of Moroccan names (~1 s; off the GUI thread)."""
    from hunspell import Hunspell

    folder = dictionaries_dir()
    dictionaries: dict[str, Hunspell] = {}
    for language in languages:
        if language not in _DICTIONARY_NAMES:
            raise ValueError(f"no dictionary for language {language!r}")
        name = _DICTIONARY_NAMES[language]
        dictionaries[language] = Hunspell(name, hunspell_data_dir=str(folder / language))
    starter_path = folder / STARTER_LIST
    starter = read_word_list(starter_path) if starter_path.exists() else []
    return Speller(dictionaries, starter)
