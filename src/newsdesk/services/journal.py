"""The edit journal: the edits made since an article's last recovery copy, appended as typed.

A recovery copy is the whole article and costs a moment to write; the journal holds only what
changed since, one short record about every second, so a crash while typing on loses at most
the last second or two. Each record is one line, `crc32 json`; a line cut short by a crash (or
any line that does not match its checksum) ends the journal there and is never fatal. The
journal starts with the generation of the copy it continues: a journal left from an older copy
(a crash between writing a new copy and starting its journal) is ignored, never applied twice.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.atomic import write_atomically

SUFFIX = ".journal"
# Compacted into a new recovery copy beyond this, so a recovery never replays for long.
COMPACT_BYTES = 256 * 1024

# One thread for every journal's fsync: the typing thread writes, the disk sync happens beside.
_syncer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-sync")


@dataclass(frozen=True)
class Splice:
    """One change of the body: `removed` characters at `position` became `text` (Qt positions)."""

    position: int
    removed: int
    text: str


@dataclass(frozen=True)
class Replay:
    """What a journal adds to its recovery copy: body splices and field values, in order."""

    splices: tuple[Splice, ...] = ()
    fields: dict[str, Any] | None = None
    last_at: datetime | None = None


def _line(record: dict[str, Any]) -> bytes:
    data = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"%08x %s\n" % (zlib.crc32(data), data)


def _records(raw: bytes) -> Iterator[dict[str, Any]]:
    """The whole, intact records of a journal, up to the first torn or damaged one."""
    lines = raw.split(b"\n")
    for line in lines[:-1]:  # the last piece has no newline: empty, or a torn write
        crc, _, data = line.partition(b" ")
        try:
            if int(crc, 16) != zlib.crc32(data):
                return
            record = json.loads(data.decode("utf-8"))
        except ValueError:
            return
        if not isinstance(record, dict):
            return
        yield record


def read_journal(path: Path, generation: int) -> Replay:
    """The edits a journal holds on top of the copy of `generation` (nothing when it is stale)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return Replay()
    records = _records(raw)
    header = next(records, None)
    if header is None or header.get("g") != generation:
        return Replay()
    splices: list[Splice] = []
    fields: dict[str, Any] | None = None
    last_at = None
    try:
        for record in records:
            for position, removed, text in record.get("s", ()):
                splices.append(Splice(int(position), int(removed), str(text)))
            if isinstance(record.get("f"), dict):
                fields = {**(fields or {}), **record["f"]}
            last_at = datetime.fromisoformat(record["t"])
    except (KeyError, TypeError, ValueError):
        pass  # a well-formed line with unexpected content ends the replay like a torn one
    return Replay(tuple(splices), fields, last_at)


class EditJournal:
    """The journal of one open article: edits wait in memory until `flush` appends them."""

    def __init__(self, path: Path, generation: int):
        self.path = path
        self.generation = generation
        self._splices: list[list[object]] = []
        self._fields: dict[str, Any] | None = None
        self._synced: Future[None] | None = None
        write_atomically(path, _line({"g": generation}))
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_BINARY", 0))
        self.size = os.fstat(self._fd).st_size

    @property
    def pending(self) -> bool:
        """Whether edits wait to be written."""
        return bool(self._splices) or self._fields is not None

    def splice(self, position: int, removed: int, text: str) -> None:
        """Note a change of the body."""
        self._splices.append([position, removed, text])

    def set_fields(self, fields: dict[str, Any]) -> None:
        """Note the article's fields (all but the body) as they now stand."""
        self._fields = fields

    def flush(self) -> None:
        """Append the waiting edits as one record; the disk sync follows on a thread of its own."""
        if not self.pending:
            return
        record: dict[str, Any] = {"t": datetime.now(UTC).isoformat()}
        if self._splices:
            record["s"] = self._splices
        if self._fields is not None:
            record["f"] = self._fields
        self._splices, self._fields = [], None
        data = _line(record)
        # Written at once, so a killed process loses nothing of it; only the fsync is deferred.
        written = os.write(self._fd, data)
        if written != len(data):
            raise OSError(f"short write to {self.path}")
        self.size += written
        self._synced = _syncer.submit(os.fsync, self._fd)  # one worker: syncs run in order

    def close(self) -> None:
        """Wait for the disk and let go of the file (which stays); edits not flushed are dropped."""
        try:
            if self._synced is not None:
                self._synced.exception()  # waits; the descriptor must outlive its sync
        finally:
            os.close(self._fd)


def start_journal(folder: Path, key: str, generation: int) -> EditJournal:
    """A new, empty journal continuing the copy of `generation` (raises OSError)."""
    return EditJournal(folder / f"{key}{SUFFIX}", generation)
