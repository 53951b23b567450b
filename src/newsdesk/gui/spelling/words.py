"""Word lists the speller accepts: the person's own, and the newsroom's behind a small seam."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from newsdesk.atomic import write_atomically
from newsdesk.text.spelling import normalise_word


class WordList(Protocol):
    """Words a speller accepts, which may change while the desk runs."""

    def words(self) -> set[str]:
        """Every word, normalised."""
        ...

    def add(self, word: str) -> None:
        """Add a word (stored normalised)."""
        ...

    def changed(self) -> bool:
        """True when the list changed since `words` was last read (a cheap check)."""
        ...


class FileWordList:
    """A plain word list, one word a line, in a file of the person's data folder."""

    def __init__(self, path: Path):
        self.path = path
        self._seen: float | None = None

    def _stamp(self) -> float | None:
        try:
            return self.path.stat().st_mtime_ns
        except OSError:
            return None

    def words(self) -> set[str]:
        """Every word of the file (none when it is missing or unreadable)."""
        self._seen = self._stamp()
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return set()
        return {normalise_word(line.strip()) for line in lines if line.strip()}

    def add(self, word: str) -> None:
        """Add a word to the file."""
        key = normalise_word(word)
        words = self.words()
        if key in words:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = "".join(f"{w}\n" for w in sorted(words | {key}))
        write_atomically(self.path, text.encode("utf-8"))

    def changed(self) -> bool:
        """True when the file's modification time moved since it was last read."""
        return self._stamp() != self._seen
