"""The desk's speller: its word lists, loaded after the first paint, refreshed on the watch timer."""

from __future__ import annotations

from PySide6.QtCore import QObject

from newsdesk.gui.spelling.source import SpellerSource
from newsdesk.gui.spelling.words import FileWordList, WordList
from newsdesk.paths import data_dir
from newsdesk.storage.engine import Database

# The load waits for this long a pause in key presses and clicks (see SpellerSource.load_later).
LOAD_IDLE_MS = 1500


def personal_words() -> FileWordList:
    """This person's own list, in their data folder."""
    return FileWordList(data_dir() / "spelling" / "personal.txt")


def newsroom_words(_db: Database) -> WordList:
    """The newsroom's list of names and terms."""
    return FileWordList(data_dir() / "spelling" / "newsroom.txt")


def desk_speller(db: Database, parent: QObject) -> SpellerSource:
    """The speller every editor of the window shares, loading after the first paint."""
    source = SpellerSource(newsroom_words(db), personal_words(), parent=parent)
    source.load_later(LOAD_IDLE_MS)
    return source
