"""A person's own list of accepted words, kept in their settings file, and the words a speller
accepts for them (the newsroom's and their own)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsdesk.services.dictionary import Change, newsroom_words
from newsdesk.settings import Settings
from newsdesk.storage.engine import Database
from newsdesk.text.spelling import normalise_word
from newsdesk.text.word_list import check_word, format_word_list, parse_word_list


class PersonalDictionary:
    """The personal list in one settings file (the default one unless a path is given)."""

    def __init__(self, path: Path | None = None):
        self.path = path

    def words(self) -> list[str]:
        """The personal words, sorted as an export is."""
        return format_word_list(Settings.load(self.path).personal_words).splitlines()

    def add(self, words: Iterable[str]) -> Change:
        """Add words; those already in the list (by key) are left as they are."""
        settings = Settings.load(self.path)
        known = {normalise_word(word) for word in settings.personal_words}
        added, kept = [], []
        for word in (check_word(w) for w in words):
            key = normalise_word(word)
            if key in known:
                kept.append(word)
                continue
            known.add(key)
            added.append(word)
        if added:
            settings.personal_words = [*settings.personal_words, *added]
            settings.save(self.path)
        return Change(tuple(added), tuple(kept))

    def remove(self, words: Iterable[str]) -> Change:
        """Remove words by key; absent ones are reported."""
        settings = Settings.load(self.path)
        wanted = {normalise_word(check_word(w)): w for w in words}
        removed = [w for w in settings.personal_words if normalise_word(w) in wanted]
        found = {normalise_word(w) for w in removed}
        if removed:
            settings.personal_words = [
                w for w in settings.personal_words if normalise_word(w) not in wanted
            ]
            settings.save(self.path)
        missing = tuple(word for key, word in wanted.items() if key not in found)
        return Change(tuple(removed), missing)

    def import_list(self, data: bytes) -> Change:
        """Add every word of a plain word list; a faulty list is refused whole."""
        return self.add(parse_word_list(data))

    def export_list(self) -> str:
        """The personal list as a plain word list."""
        return format_word_list(Settings.load(self.path).personal_words)


def accepted_words(db: Database, settings: Settings | None = None) -> frozenset[str]:
    """The words a speller accepts for this person: the newsroom's and their own."""
    settings = settings or Settings.load()
    return frozenset(newsroom_words(db)) | frozenset(settings.personal_words)
