"""Building an audit chain by real workflow steps, tampering with it as a schema owner, checking it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

from sqlalchemy import event

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.people import Person
from newsdesk.domain.workflow import Step
from newsdesk.services.articles import ArticleService
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database
from support import KARIM, SARA

HEADLINES = ("خبر عاجل: CNSS يسجل 641 ألف صانع", "Le port rouvre 🚢", "Plain English")


def take_steps(db: Database) -> list[str]:
    """Three articles taken through the workflow by sara and karim; their ids."""
    reporter, chief = ArticleService(db, SARA), ArticleService(db, KARIM)
    ids = [reporter.create(ArticleContent(headline=h)).id for h in HEADLINES]
    for article_id in ids:
        reporter.take_step(article_id, Step.SUBMIT)
    chief.take_step(ids[0], Step.CLAIM)
    chief.take_step(ids[0], Step.APPROVE)
    chief.take_step(ids[0], Step.PUBLISH)
    chief.take_step(ids[1], Step.RETURN, "أعد صياغة الفقرة الثانية 🙏")
    chief.take_step(ids[2], Step.SPIKE)
    return ids


def audit_rows(db: Database) -> list[Any]:
    """Every audit row, in id order, as the database holds it."""
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT id, article_id, actor, step, note, article_version, prev_hash, hash"
            " FROM audit_log ORDER BY id"
        ).all()


def as_owner(db: Database, *statements: str) -> None:
    """Run raw SQL in one transaction, as the schema's owner would by hand."""
    with db.engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def db_check(url: str, *options: str) -> subprocess.CompletedProcess[str]:
    """`newsdesk db check` as a program of its own."""
    return subprocess.run(
        [sys.executable, "-m", "newsdesk.cli.main", "--db", url, "db", "check", *options],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSDESK_USER": "admin"},
        timeout=120,
    )


def db_check_json(url: str) -> dict[str, Any]:
    """What `newsdesk db check --json` reports."""
    return json.loads(db_check(url, "--json").stdout)


def step_at_once(
    url: str,
    article_id: str,
    person: Person,
    step: str,
    hold_s: float,
    start_after_s: float,
    barrier: Any,
    results: Any,
) -> None:
    """Take a workflow step in a process of its own, released with the other desks.

    With `hold_s`, the desk waits at the barrier just before it inserts its audit row and keeps
    its transaction open that long after it, so every desk's row is written while the others'
    are not yet committed. Otherwise it waits at the barrier before the step, then
    `start_after_s` more.
    """
    db = open_database(url, migrate=False)
    try:
        if hold_s:
            _pause_around_the_audit_insert(db, barrier, hold_s)
        else:
            barrier.wait()
            time.sleep(start_after_s)
        ArticleService(db, person).take_step(article_id, step)
        with db.engine.connect() as connection:
            isolation = connection.exec_driver_sql("SHOW transaction_isolation").scalar()
        results.put((person.name, article_id, isolation, time.monotonic()))
    except BaseException as exc:
        results.put((person.name, article_id, repr(exc), 0.0))
        raise
    finally:
        db.close()


def _pause_around_the_audit_insert(db: Database, barrier: Any, hold_s: float) -> None:
    def before(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_LOG"):
            barrier.wait()

    def after(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_LOG"):
            time.sleep(hold_s)

    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
