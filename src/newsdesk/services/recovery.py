"""Recovery copies: what an editor had typed, kept on disk until it is saved or discarded.

Autosave writes here, never a revision. Each copy is one JSON file written to a temporary name,
flushed to disk and renamed over the old copy, so a crash or a power cut leaves either the old
copy or the new one, never half of one. Between copies, the edit journal beside each copy
(`services/journal.py`) holds what was typed since; reading a copy brings its journal along.
"""

from __future__ import annotations

import json
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.atomic import write_atomically
from newsdesk.domain.article import ArticleContent
from newsdesk.paths import data_dir
from newsdesk.services.journal import SUFFIX, EditJournal, Replay, read_journal, start_journal


@dataclass(frozen=True)
class RecoveryCopy:
    """Unsaved work of one editor: new (article_id None) or an edit of a stored version."""

    key: str
    user: str
    article_id: str | None
    base_version: int | None
    content: ArticleContent
    saved_at: datetime
    generation: int = 0  # which journal continues this copy
    replay: Replay = field(default_factory=Replay, compare=False)  # body edits still to apply

    def to_dict(self) -> dict[str, Any]:
        """The copy as plain JSON values."""
        return {
            "key": self.key,
            "user": self.user,
            "article_id": self.article_id,
            "base_version": self.base_version,
            "content": self.content.to_dict(),
            "saved_at": self.saved_at.isoformat(),
            "generation": self.generation,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RecoveryCopy:
        """Read a copy written by `to_dict`."""
        return cls(
            key=data["key"],
            user=data["user"],
            article_id=data.get("article_id"),
            base_version=data.get("base_version"),
            content=ArticleContent.from_dict(data["content"]),
            saved_at=datetime.fromisoformat(data["saved_at"]),
            generation=int(data.get("generation", 0)),
        )

    def with_journal(self, replay: Replay) -> RecoveryCopy:
        """The copy with its journal: field values applied, body splices kept for the editor."""
        content = self.content
        if replay.fields:
            content = ArticleContent.from_dict({**content.to_dict(), **replay.fields})
        return replace(
            self, content=content, saved_at=replay.last_at or self.saved_at, replay=replay
        )


# One thread writes every recovery copy, in the order they were asked for: a newer copy of an
# article is never overtaken by an older one.
_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recovery-copy")


def new_key() -> str:
    """A key for an editor that has no recovery copy yet."""
    return uuid.uuid4().hex


class RecoveryStore:
    """A folder of recovery copies (by default in the user data folder)."""

    def __init__(self, folder: Path | None = None, *, journaling: bool = True):
        self.folder = folder or data_dir() / "recovery"
        self.journaling = journaling

    def save(self, copy: RecoveryCopy) -> None:
        """Write a copy durably, replacing any older copy with the same key."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps(copy.to_dict(), ensure_ascii=False).encode("utf-8")
        write_atomically(self._path(copy.key), data)

    def save_in_background(self, copy: RecoveryCopy) -> Future[EditJournal | None]:
        """Write a copy, then start the journal that continues it, on the writer thread.

        The copy is serialised there too: give it content no one changes meanwhile (an
        ArticleContent is immutable). The journal starts only once the copy is on disk.
        """
        return _writer.submit(self._save_and_journal, copy)

    def _save_and_journal(self, copy: RecoveryCopy) -> EditJournal | None:
        self.save(copy)
        return self.start_journal(copy.key, copy.generation)

    @staticmethod
    def wait_for_writes() -> None:
        """Return once every copy asked for so far is written (or failed)."""
        _writer.submit(lambda: None).result()

    def copies(self, user: str | None = None) -> list[RecoveryCopy]:
        """Every readable copy (of one user when given), oldest first; unreadable ones are kept."""
        found = []
        for path in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            try:
                copy = RecoveryCopy.from_dict(json.loads(path.read_text(encoding="utf-8")))
                copy = copy.with_journal(read_journal(self._journal(copy.key), copy.generation))
            except (OSError, ValueError, KeyError, TypeError):
                continue  # left on disk for a person to look at, never deleted unread
            if user is None or copy.user == user:
                found.append(copy)
        return sorted(found, key=lambda c: c.saved_at)

    def discard(self, key: str) -> None:
        """Remove a copy once its text is safe elsewhere (saved, or the user chose to drop it)."""
        self.wait_for_writes()  # a copy still being written must not reappear after this
        self._path(key).unlink(missing_ok=True)
        self._journal(key).unlink(missing_ok=True)

    def start_journal(self, key: str, generation: int) -> EditJournal | None:
        """A fresh journal continuing the copy of `generation` (None when journaling is off)."""
        if not self.journaling:
            return None
        return start_journal(self.folder, key, generation)

    def _journal(self, key: str) -> Path:
        return self._path(key).with_suffix(SUFFIX)

    def _path(self, key: str) -> Path:
        if not key.isalnum():
            raise ValueError(f"bad recovery key {key!r}")
        return self.folder / f"{key}.json"


def now() -> datetime:
    """The time stamped on a copy."""
    return datetime.now(UTC)
