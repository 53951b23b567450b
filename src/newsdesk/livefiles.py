"""The SQLite files this process has open, which nothing but SQLite may open.

On Linux and macOS SQLite's locks are POSIX advisory locks, and those belong to the process, not
to a file descriptor: when anything else in the process opens one of these files and closes it
again (reading it for an import, writing an export over it, sniffing its type), every lock SQLite
holds on it is released, and another program may then delete the write-ahead log under the live
connection. So every place that opens a path the user chose asks `refuse_live_database` first.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

from newsdesk.errors import InvalidInputError

# The files SQLite keeps beside a database in WAL or rollback mode.
COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal")

_lock = threading.Lock()
_open: Counter[Path] = Counter()


class LiveDatabaseFileError(InvalidInputError):
    """A path that is (or belongs to) the database this process has open."""


def hold(database: Path) -> None:
    """Note that this process has the SQLite database at `database` open."""
    with _lock:
        _open[_canonical(database)] += 1


def release(database: Path) -> None:
    """Note that one holder of `database` has closed it."""
    with _lock:
        key = _canonical(database)
        _open[key] -= 1
        if _open[key] <= 0:
            del _open[key]


def open_databases() -> list[Path]:
    """The SQLite databases this process has open now."""
    with _lock:
        return list(_open)


def live_database_of(path: Path | str) -> Path | None:
    """The open database that `path` is, or is a companion file of (by name, link or inode)."""
    candidate = _canonical(Path(path))
    identity = file_identity(candidate)
    for database in open_databases():
        for suffix in COMPANION_SUFFIXES:
            companion = database.with_name(database.name + suffix)
            if candidate == companion:
                return database
            if identity is not None and identity == file_identity(companion):
                return database  # a hard link shares the inode, and the locks with it
    return None


def refuse_live_database(path: Path | str, doing: str, *, hint_backup: bool = True) -> None:
    """Raise LiveDatabaseFileError when `path` is the open database or one of its files."""
    database = live_database_of(path)
    if database is not None:
        hint = "; use 'newsdesk db backup' to copy it" if hint_backup else ""
        raise LiveDatabaseFileError(
            f"cannot {doing} {Path(path).name}: it is the Newsdesk database in use "
            f"({database}){hint}"
        )


def _canonical(path: Path) -> Path:
    # resolve() follows symbolic links, so a link to the database is caught by name.
    return Path(os.path.abspath(path.expanduser())).resolve()


def file_identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) pair of the file at `path`, or None when there is none."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino
