"""Find the misspelt words of a text, each paragraph in its own language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from newsdesk.text.direction import resolve_direction
from newsdesk.text.language import guess_language
from newsdesk.text.spelling.speller import Speller
from newsdesk.text.spelling.words import is_arabic, normalise_word

_MARK = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
# A run of letters, marks and digits, joined by inner apostrophes or hyphens (l'État, Aït-Melloul).
_TOKEN = re.compile(rf"[\w{_MARK}]+(?:['\u2019\-][\w{_MARK}]+)*")
_HAS_DIGIT_OR_UNDERSCORE = re.compile(r"[\d_]")
# Machine strings are never prose: links, bare domains, e-mail addresses, @handles.
_MACHINE = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|@\w+"
    r"|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|ma|org|net|fr|info|gov|int|io|eu|news|tv|press)\b",
    re.IGNORECASE,
)
_LATIN_LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Misspelling:
    """A word the dictionaries reject, at offsets [start, end) of the checked text.

    `probable` is set when the dictionary accepts the word but it is a rare one, one slip from
    a far commoner word: that word ("did you mean ...?").
    """

    start: int
    end: int
    word: str
    language: str
    suggestions: tuple[str, ...] = ()
    probable: str | None = None


def paragraph_language(paragraph: str) -> str:
    """The language a paragraph is checked in: the rule that decides its direction, then fr/en."""
    if resolve_direction(paragraph, "ar") == "rtl":
        return "ar"
    guessed = guess_language(paragraph, default="fr")
    return guessed if guessed != "ar" else "fr"


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for paragraph in text.split("\n"):
        yield offset, paragraph
        offset += len(paragraph) + 1


def _machine_spans(paragraph: str) -> list[tuple[int, int]]:
    if "." not in paragraph and "@" not in paragraph:
        return []
    return [match.span() for match in _MACHINE.finditer(paragraph)]


# Each word's verdict in a language: None when it is fine, else (wrong in, the word probably meant).
Verdicts = dict[tuple[str, str], tuple[str, str | None] | None]


class _Judge:
    """One check_text run: the per-word verdicts, each distinct word decided once."""

    def __init__(
        self, speller: Speller, ignored: AbstractSet[str], memo: Verdicts | None = None
    ) -> None:
        self.speller = speller
        self.ignored = ignored
        self.loaded = set(speller.languages)
        self.memo: Verdicts = {} if memo is None else memo

    def error(self, word: str, language: str) -> tuple[str, str | None] | None:
        """The language a word is wrong in and the word probably meant, or None when it is fine."""
        key = (word, language)
        if key not in self.memo:
            wrong_in = self._decide(word, language)
            if wrong_in is not None:
                self.memo[key] = (wrong_in, None)
            elif (
                is_arabic(word)
                and not _HAS_DIGIT_OR_UNDERSCORE.search(word)
                and not self._ignored(word)
            ):
                probable = self.speller.probable(word, "ar")
                self.memo[key] = None if probable is None else ("ar", probable)
            else:
                self.memo[key] = None
        return self.memo[key]

    def _ignored(self, word: str) -> bool:
        return bool(self.ignored) and normalise_word(word) in self.ignored

    def _decide(self, word: str, language: str) -> str | None:
        if _HAS_DIGIT_OR_UNDERSCORE.search(word):
            return None
        if self._ignored(word):
            return None
        if is_arabic(word):
            return self._verdict(word, "ar")
        if language == "ar":
            if word.isupper():
                return None  # a Latin acronym inside Arabic copy (CNSS, AMO)
            latin = [lang for lang in _LATIN_LANGUAGES if lang in self.loaded]
            if not latin or any(self.speller.is_correct(word, lang) for lang in latin):
                return None
            return latin[0]
        return self._verdict(word, language)

    def _verdict(self, word: str, language: str) -> str | None:
        if language not in self.loaded or self.speller.is_correct(word, language):
            return None
        return language


def check_text(
    speller: Speller,
    text: str,
    language: str | None = None,
    *,
    ignored: AbstractSet[str] = frozenset(),
    with_suggestions: bool = False,
    verdicts: Verdicts | None = None,
) -> list[Misspelling]:
    """The misspelt words of a text, in order; language None: each paragraph in its own.

    `verdicts` keeps each word's verdict for later calls with the same speller, dictionaries and
    `ignored` words (an editor re-checking the paragraph being typed); the caller empties it
    when any of them changes.
    """
    judge = _Judge(speller, ignored, verdicts)
    found: list[Misspelling] = []
    suggested: dict[tuple[str, str], tuple[str, ...]] = {}
    for offset, paragraph in _paragraphs(text):
        if not paragraph.strip():
            continue
        paragraph_lang = language or paragraph_language(paragraph)
        machine = _machine_spans(paragraph)
        for match in _TOKEN.finditer(paragraph):
            start, end = match.span()
            if machine and any(lo < end and start < hi for lo, hi in machine):
                continue
            word = match.group()
            error = judge.error(word, paragraph_lang)
            if error is None:
                continue
            wrong_in, probable = error
            suggestions: tuple[str, ...] = ()
            if with_suggestions:
                key = (word, wrong_in)
                if key not in suggested:
                    suggested[key] = tuple(speller.suggest(word, wrong_in))
                suggestions = suggested[key]
            found.append(
                Misspelling(offset + start, offset + end, word, wrong_in, suggestions, probable)
            )
    return found
