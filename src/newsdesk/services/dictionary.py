"""The newsroom dictionary: words no desk flags as misspellings, shared through the database.

Anyone adds words; chiefs and admins remove them (domain/permissions.py). Each added or removed
word is one audit row (step `dictionary_add` / `dictionary_remove`, the word as its note, no
article). On a newsroom the database enforces the same rules itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsdesk.domain.people import Person
from newsdesk.domain.permissions import Permission, may
from newsdesk.errors import PermissionDeniedError
from newsdesk.storage.engine import Database
from newsdesk.storage.types import utc_now
from newsdesk.text.spelling import normalise_word
from newsdesk.text.word_list import check_word, format_word_list, parse_word_list

# storage.dictionary (the ORM and the models) is imported when the words are read or changed:
# a desk builds its speller before it needs them.


@dataclass(frozen=True)
class DictionaryEntry:
    """One word of the newsroom dictionary."""

    word: str
    key: str
    language: str | None
    added_by: str
    added_at: datetime

    def to_dict(self) -> dict[str, Any]:
        """The entry as plain JSON values."""
        return {
            "word": self.word,
            "key": self.key,
            "language": self.language,
            "added_by": self.added_by,
            "added_at": self.added_at.isoformat(),
        }


@dataclass(frozen=True)
class Change:
    """What an add or remove did: the words it changed and those it left as they were."""

    changed: tuple[str, ...]
    unchanged: tuple[str, ...]

    def to_dict(self, verb: str) -> dict[str, Any]:
        """The change as plain JSON values, `verb` naming the changed words (added, removed)."""
        return {verb: list(self.changed), "unchanged": list(self.unchanged)}


@dataclass(frozen=True, order=True)
class DictionaryVersion:
    """A cheap fingerprint of the newsroom list: differs after any add or remove."""

    count: int
    highest_id: int


class DictionaryService:
    """What a person may do with the newsroom dictionary, each call in one transaction."""

    def __init__(self, db: Database, actor: Person):
        self.db = db
        self.actor = actor

    def add(self, words: Iterable[str], language: str | None = None) -> Change:
        """Add words (one or many); those already there (by key) are left as they are."""
        from newsdesk.storage.dictionary import DictionaryRepository

        self._require(Permission.ADD_WORDS, "add words to")
        checked = _distinct(check_word(word) for word in words)
        with self.db.transaction() as session:
            added = DictionaryRepository(session).add(checked, language, self.actor.name, utc_now())
        done = set(added)
        return Change(tuple(added), tuple(w for w in checked.values() if w not in done))

    def remove(self, words: Iterable[str]) -> Change:
        """Remove words (by key, whatever their tashkeel or case); absent ones are reported."""
        from newsdesk.storage.dictionary import DictionaryRepository

        self._require(Permission.REMOVE_WORDS, "remove words from")
        checked = _distinct(check_word(word) for word in words)
        with self.db.transaction() as session:
            removed = DictionaryRepository(session).remove(
                list(checked), self.actor.name, utc_now()
            )
        return Change(
            tuple(removed[key] for key in checked if key in removed),
            tuple(word for key, word in checked.items() if key not in removed),
        )

    def entries(self) -> list[DictionaryEntry]:
        """Every word with who added it and when, by key."""
        from newsdesk.storage.dictionary import DictionaryRepository

        with self.db.reading() as session:
            rows = DictionaryRepository(session).entries()
            return [
                DictionaryEntry(r.word, r.key, r.language, r.added_by, r.added_at) for r in rows
            ]

    def import_list(self, data: bytes, language: str | None = None) -> Change:
        """Add every word of a plain word list; a faulty list is refused whole."""
        return self.add(parse_word_list(data), language)

    def export_list(self) -> str:
        """The newsroom list as a plain word list: sorted, the same bytes for the same words."""
        return format_word_list(newsroom_words(self.db))

    def _require(self, permission: Permission, what: str) -> None:
        if not may(self.actor.role, permission):
            raise PermissionDeniedError(
                f"the {self.actor.role.value} role may not {what} the newsroom dictionary"
            )


def newsroom_words(db: Database) -> list[str]:
    """Every word of the newsroom dictionary as written."""
    from newsdesk.storage.dictionary import DictionaryRepository

    with db.reading() as session:
        return DictionaryRepository(session).words()


def dictionary_version(db: Database) -> DictionaryVersion:
    """The newsroom list's fingerprint: one cheap query a desk may poll to know it changed."""
    from newsdesk.storage.dictionary import DictionaryRepository

    with db.reading() as session:
        return DictionaryVersion(*DictionaryRepository(session).version())


def _distinct(words: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for word in words:
        found.setdefault(normalise_word(word), word)
    return found
