"""Keeping hold of an open SQLite database, and noticing at once if the hold is lost.

SQLite's locks on Linux and macOS are POSIX advisory locks, owned by the process: anything in the
process that opens and closes the database file releases them (see `newsdesk.livefiles`). Another
program then believes it is the last one using the file and deletes the write-ahead log under us.
Writing on would go into a deleted file, and closing would copy stale pages over newer ones.

A `SqliteHold` keeps one idle connection open for as long as the database is (so the write-ahead
log lives exactly as long as we use it), remembers which files it opened, and before every write
checks that they are still the same files and, where the system shows them (Linux's /proc/locks),
that the process still holds SQLite's locks. Once the hold is lost, every write is refused and the
idle connection is never closed, so nothing stale is ever copied back into the database.
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
from pathlib import Path

from newsdesk import livefiles
from newsdesk.errors import StorageError
from newsdesk.livefiles import file_identity

LOCKS_TABLE = Path("/proc/locks")
# The byte range where every SQLite connection holds its shared lock (os_unix.c: SHARED_FIRST).
SQLITE_SHARED_FIRST = 0x40000002
# Every companion file a WAL database has while it is open; "" is the database itself.
WAL_FILES = ("", "-wal", "-shm")


class DatabaseLostError(StorageError):
    """This process lost its hold on its SQLite database; nothing more is written to it."""


class SqliteHold:
    """One idle connection that keeps the database's locks and log alive, and checks them."""

    def __init__(self, path: Path, locks_table: Path | None = LOCKS_TABLE):
        self.path = path
        self._locks_table = locks_table
        self.lost: str | None = None
        try:
            self._keeper: sqlite3.Connection | None = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False
            )
            # One read opens the write-ahead log and takes the shared lock, which an idle
            # connection in WAL mode then keeps until it closes.
            self._keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open {path}: {exc}") from exc
        self._files = {suffix: file_identity(self._file(suffix)) for suffix in WAL_FILES}
        if not self._locks_visible():
            self._locks_table = None  # e.g. /proc from another pid namespace: trust files only
        livefiles.hold(path)

    def problem(self) -> str | None:
        """Why the hold is lost (remembered once found), or None while it holds."""
        if self.lost is None:
            self.lost = self._find_problem()
            if self.lost is not None:
                self._keep_open_for_good()
        return self.lost

    def check(self) -> None:
        """Raise DatabaseLostError when the hold is lost."""
        reason = self.problem()
        if reason is not None:
            raise DatabaseLostError(
                f"Newsdesk lost its hold on the database {self.path}: {reason}; nothing more "
                "is written to it until Newsdesk opens it again"
            )

    def data_version(self) -> int:
        """SQLite's `PRAGMA data_version` on the idle connection: it moves when another connection commits."""
        if self._keeper is None:
            return -1
        return int(self._keeper.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        """Close the idle connection, unless the hold was lost (see the module's note)."""
        if self._keeper is None:
            return
        if self.problem() is None:
            self._keeper.close()
        self._keeper = None
        livefiles.release(self.path)

    def _find_problem(self) -> str | None:
        for suffix, remembered in self._files.items():
            if remembered is not None and file_identity(self._file(suffix)) != remembered:
                name = self._file(suffix).name
                return f"its file {name} was deleted or replaced while it was open"
        held = self._held()
        if held is None:
            return None  # this system does not show locks; the file checks above must do
        database, shared_memory = self._files[""], self._files["-shm"]
        if database is not None and database[1] not in held.shared:
            return "something in this program opened the database file and released its locks"
        if shared_memory is not None and shared_memory[1] not in held.any:
            return "something in this program opened the -shm file and released its locks"
        return None

    def _held(self) -> _HeldInodes | None:
        if self._locks_table is None:
            return None
        return _locked_inodes(self._locks_table, os.getpid())

    def _locks_visible(self) -> bool:
        held = self._held()
        database = self._files[""]
        return held is not None and database is not None and database[1] in held.shared

    def _keep_open_for_good(self) -> None:
        # Closing the last connection would checkpoint a log that may be stale or already
        # deleted over the database. One extra reference that is never given back keeps the
        # idle connection alive until the process ends; the system then drops its descriptors
        # without SQLite writing anything, and no other connection of ours can checkpoint
        # while it is open.
        if self._keeper is not None:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(self._keeper))

    def _file(self, suffix: str) -> Path:
        return self.path.with_name(self.path.name + suffix)


class _HeldInodes:
    """The inodes on which a process holds POSIX locks: any lock, and SQLite's shared lock."""

    def __init__(self) -> None:
        self.any: set[int] = set()
        self.shared: set[int] = set()


def _locked_inodes(table: Path, pid: int) -> _HeldInodes | None:
    try:
        lines = table.read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return None
    held = _HeldInodes()
    for line in lines:
        # "1: POSIX  ADVISORY  READ 5167 08:01:123456 1073741826 1073742335"; a waiter's line
        # has "->" after the number and holds nothing yet.
        fields = line.split()
        if len(fields) < 8 or fields[1] == "->" or fields[1] != "POSIX" or fields[4] != str(pid):
            continue
        inode = int(fields[5].rsplit(":", 1)[1])
        held.any.add(inode)
        start, end = int(fields[6]), fields[7]
        if start <= SQLITE_SHARED_FIRST and (end == "EOF" or int(end) >= SQLITE_SHARED_FIRST):
            held.shared.add(inode)
    return held
