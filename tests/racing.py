"""Two desks in two processes, released together to save edits based on the same version.

The functions here run in processes started with the 'spawn' method: each opens the database
itself, so nothing (connection, lock, cache) is shared with the test or with the other desk.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import SpawnContext
from typing import Any

from sqlalchemy import event

from newsdesk.domain.people import Person
from newsdesk.errors import ConflictError
from newsdesk.services.articles import ArticleService
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database
from newsdesk.storage.repositories import ArticleRepository

WAIT_S = 60  # a desk that never reaches the barrier breaks it: the test fails, it does not hang


def spawn() -> SpawnContext:
    """The start method the races use: a fresh interpreter, nothing inherited."""
    return multiprocessing.get_context("spawn")


def race(target: Any, runs: list[tuple[Any, ...]]) -> list[Any]:
    """Run `target(*run, barrier, results)` in one process per run; return what each reported."""
    context = spawn()
    barrier = context.Barrier(len(runs), timeout=WAIT_S)
    results = context.Queue()
    processes = [context.Process(target=target, args=(*run, barrier, results)) for run in runs]
    for process in processes:
        process.start()
    reported = [results.get(timeout=WAIT_S * 2) for _ in processes]
    for process in processes:
        process.join(WAIT_S)
        assert process.exitcode == 0, f"a racing desk died with exit code {process.exitcode}"
    return reported


def pause_before_the_article_update(db: Database, barrier: Any) -> None:
    """Make this process wait at `barrier` just before its first UPDATE of the articles table."""
    waiting = [True]

    def before(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if waiting[0] and statement.lstrip().upper().startswith("UPDATE ARTICLES"):
            waiting[0] = False
            barrier.wait()

    event.listen(db.engine, "before_cursor_execute", before)


def edit_at_once(
    url: str,
    article_id: str,
    person: Person,
    headline: str,
    inside: bool,
    barrier: Any,
    results: Any,
) -> None:
    """Read the article, then save `headline` against the version read, released with the others.

    With `inside`, the desk is held inside its saving transaction, after the service has read
    the row and checked the version and just before it writes: the moment two servers' sessions
    can interleave. Otherwise it is held between its read and its call to edit.
    """
    db = open_database(url, migrate=False)
    try:
        service = ArticleService(db, person)
        seen = service.get(article_id).version
        if inside:
            pause_before_the_article_update(db, barrier)
        else:
            barrier.wait()
        try:
            saved = service.edit(article_id, if_version=seen, headline=headline)
            results.put((person.name, "saved", seen, saved.version))
        except ConflictError as conflict:
            results.put((person.name, "conflict", seen, conflict.kept_revision))
    except BaseException as exc:
        results.put((person.name, "error", repr(exc), 0))
        raise
    finally:
        db.close()


def compare_and_set_at_once(
    url: str, article_id: str, headline: str, barrier: Any, results: Any
) -> None:
    """Read the article's version, then, released with the others, write it only if unchanged."""
    db = open_database(url, migrate=False)
    try:
        with db.reading() as session:
            row = ArticleRepository(session).get(article_id)
            assert row is not None
            seen = row.version
        barrier.wait()
        with db.transaction() as session:
            won = ArticleRepository(session).compare_and_set(
                article_id, seen, {"headline": headline}
            )
        results.put((headline, won, seen))
    except BaseException as exc:
        results.put((headline, repr(exc), 0))
        raise
    finally:
        db.close()


def open_at_once(url: str, barrier: Any, results: Any) -> None:
    """Open (and so create or migrate) the database at the same moment as the other desks."""
    barrier.wait()
    try:
        database = open_database(url)
    except Exception as exc:  # reported to the test, which names it
        results.put(f"{type(exc).__name__}: {exc}")
        return
    try:
        with database.reading() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM articles").scalar()
        results.put("ok")
    finally:
        database.close()
