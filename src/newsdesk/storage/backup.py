"""Consistent copies of the SQLite database file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.atomic import atomic_path
from newsdesk.errors import StorageError
from newsdesk.livefiles import refuse_live_database
from newsdesk.storage.progress import BACKUP, Progress, ignore

# Pages copied per step of the backup (16 MB with 4 KB pages): a million articles take ~100 steps.
STEP_PAGES = 4096


def _pages(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA page_count").fetchone()[0])


def backup_sqlite(source: Path, dest: Path, progress: Progress = ignore) -> Path:
    """Copy a live SQLite database with SQLite's own backup API (safe with WAL and writers).

    The copy goes STEP_PAGES pages at a time, telling `progress` (BACKUP, pages copied, pages);
    if it raises, the unfinished copy is removed and nothing is left at `dest`.
    """
    refuse_live_database(dest, "write a backup over", hint_backup=False)
    if dest.exists():
        raise StorageError(f"{dest} already exists; choose another backup file")
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with (
            atomic_path(dest, suffix=".partial") as tmp,
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(tmp)) as out,
        ):
            progress(BACKUP, 0, _pages(src))

            def step(_status: int, remaining: int, total: int) -> None:
                progress(BACKUP, total - remaining, total)

            src.backup(out, pages=STEP_PAGES, progress=step)
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
