"""The desk's speller: its word lists, loaded after the first paint, refreshed on the watch timer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from newsdesk.domain.people import Person
from newsdesk.gui.spelling.source import SpellerSource
from newsdesk.gui.spelling.words import NewsroomWords, PersonalWords
from newsdesk.storage.engine import Database


def desk_speller(db: Database, person: Person, parent: QWidget) -> SpellerSource:
    """The speller every editor of the window shares, loading after the first paint."""
    source = SpellerSource(NewsroomWords(db, person), PersonalWords(), parent=parent)
    source.load_later(after_paint=parent)
    return source
