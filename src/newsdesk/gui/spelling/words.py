"""The word lists a desk's speller accepts: the newsroom's (in the database) and the person's."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from newsdesk.domain.people import Person
from newsdesk.services.dictionary import (
    DictionaryService,
    DictionaryVersion,
    dictionary_version,
    newsroom_words,
)
from newsdesk.services.personal_dictionary import PersonalDictionary
from newsdesk.storage.engine import Database
from newsdesk.text.spelling import normalise_word


class WordList(Protocol):
    """Words a speller accepts, which may change while the desk runs."""

    def words(self) -> set[str]:
        """Every word, normalised."""
        ...

    def add(self, word: str) -> None:
        """Add a word."""
        ...

    def changed(self) -> bool:
        """True when the list changed since `words` was last read (a cheap check)."""
        ...


class NewsroomWords:
    """The newsroom dictionary as one desk sees it; another desk's additions show as `changed`."""

    def __init__(self, db: Database, person: Person):
        self.db = db
        self.person = person
        self._seen: DictionaryVersion | None = None

    def words(self) -> set[str]:
        """Every word of the newsroom dictionary."""
        self._seen = dictionary_version(self.db)
        return {normalise_word(word) for word in newsroom_words(self.db)}

    def add(self, word: str) -> None:
        """Add a word for the whole newsroom (audited)."""
        DictionaryService(self.db, self.person).add([word])

    def changed(self) -> bool:
        """One small query: the list's fingerprint moved since it was read."""
        return dictionary_version(self.db) != self._seen


class PersonalWords:
    """This person's own list (kept in their settings file)."""

    def __init__(self, path: Path | None = None):
        self.dictionary = PersonalDictionary(path)
        self._seen: set[str] | None = None

    def words(self) -> set[str]:
        """Every word of the person's list."""
        self._seen = {normalise_word(word) for word in self.dictionary.words()}
        return set(self._seen)

    def add(self, word: str) -> None:
        """Add a word to the person's list."""
        self.dictionary.add([word])

    def changed(self) -> bool:
        """The list differs from when it was read (edited elsewhere: the CLI, another window)."""
        return {normalise_word(word) for word in self.dictionary.words()} != self._seen
