"""SQLite's own integrity check of the whole file, reporting how far it got as it runs."""

from __future__ import annotations

import sqlite3

from newsdesk.storage.progress import INTEGRITY, Progress

# SQLite calls the progress handler every this many virtual-machine instructions.
INSTRUCTIONS_PER_CALL = 10_000
# `PRAGMA integrity_check` runs about 250 instructions a page of the file: measured at 224 on a
# 1,000-article file and 254 on a 1,000,000-article one. An estimate, so `done` is held below
# `total` until the check has truly ended.
INSTRUCTIONS_PER_PAGE = 250


def integrity_problems(driver: sqlite3.Connection, progress: Progress) -> list[str]:
    """`PRAGMA integrity_check` and `foreign_key_check` over the whole file, one line a problem."""
    pages = int(driver.execute("PRAGMA page_count").fetchone()[0])
    total = max(1, pages * INSTRUCTIONS_PER_PAGE // INSTRUCTIONS_PER_CALL)
    done = 0
    stopped: list[BaseException] = []

    def tick() -> int:
        nonlocal done
        done = min(done + 1, total - 1)
        try:
            progress(INTEGRITY, done, total)
        except BaseException as exc:
            stopped.append(exc)
            return 1  # asks SQLite to interrupt the statement
        return 0

    progress(INTEGRITY, 0, total)
    driver.set_progress_handler(tick, INSTRUCTIONS_PER_CALL)
    try:
        rows = [str(row[0]) for row in driver.execute("PRAGMA integrity_check").fetchall()]
        keys = driver.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        driver.set_progress_handler(None, 0)
    progress(INTEGRITY, total, total)
    problems = [] if rows == ["ok"] else [f"integrity: {row}" for row in rows]
    return problems + [f"foreign key: {tuple(row)}" for row in keys]
