"""Consistent copies of the SQLite database file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.atomic import atomic_path
from newsdesk.errors import StorageError
from newsdesk.livefiles import refuse_live_database


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy a live SQLite database with SQLite's own backup API (safe with WAL and writers)."""
    refuse_live_database(dest, "write a backup over", hint_backup=False)
    if dest.exists():
        raise StorageError(f"{dest} already exists; choose another backup file")
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic_path(dest, suffix=".partial") as tmp:
            with (
                sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src,
                sqlite3.connect(tmp) as out,
            ):
                src.backup(out)
            out.close()
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(f"could not back up {source} to {dest}: {exc}") from exc
    return dest


def timestamped_backup(source: Path) -> Path:
    """Back up next to the source as NAME.backup-YYYYmmdd-HHMMSS(-N)."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    dest = source.with_name(f"{source.name}.backup-{stamp}")
    n = 1
    while dest.exists():
        n += 1
        dest = source.with_name(f"{source.name}.backup-{stamp}-{n}")
    return backup_sqlite(source, dest)
