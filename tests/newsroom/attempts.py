"""Trying the app's own writes as a newsroom's people, with the app's checks out of the way,
so that the database alone decides."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import newsdesk.services.articles as articles_module
import newsdesk.services.dictionary as dictionary_module
import newsdesk.services.tickers as tickers_module
from newsdesk.domain.article import Status
from newsdesk.domain.people import Role
from newsdesk.domain.workflow import RULES
from newsdesk.errors import NewsdeskError
from newsdesk.services.articles import ArticleService
from newsdesk.storage.newsroom.refusals import refusals_as_errors
from newsroom_support import ROLES, Newsroom

PEOPLE = {role: who for who, role in ROLES.items()}  # Role -> the test's person with it


def only_the_database_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch off the services' own checks of steps, edits and permissions."""
    monkeypatch.setattr(
        articles_module, "check_step", lambda role, status, step, note="": RULES[step]
    )
    monkeypatch.setattr(articles_module, "may_edit", lambda role, status, is_author: True)
    monkeypatch.setattr(articles_module, "may", lambda role, permission, **_: True)
    monkeypatch.setattr(tickers_module, "may_publish", lambda role, editors_publish=False: True)
    monkeypatch.setattr(dictionary_module, "may", lambda role, permission, **_: True)


def place(room: Newsroom, author: str, status: Status, *, held_by: str | None = None) -> str:
    """An article in `status` by `author`, written by hand as the database's owner."""
    article_id = str(uuid.uuid4())
    with room.connect(None) as conn:
        conn.execute(
            "INSERT INTO articles (id, headline, language, kicker, standfirst, body, byline,"
            " dateline, desk, tags, urgency, breaking, status, restore_status, version, author,"
            " created_at, updated_at, updated_by, held_by, held_since)"
            " VALUES (%s, 'x', 'en', '', '', '', '', '', '', '[]', 5, false, %s, %s, 1, %s,"
            " now(), now(), %s, %s, CASE WHEN %s::text IS NULL THEN NULL ELSE now() END)",
            (article_id, status.value, Status.SUBMITTED.value if status == Status.SPIKED else None,
             room.name(author), room.name(author), held_by, held_by),
        )  # fmt: skip
    return article_id


def database_allows(action: Callable[[], Any]) -> bool:
    """Whether the action went through; only the database's refusals count as a no."""
    try:
        with refusals_as_errors():
            action()
    except NewsdeskError:
        return False
    return True


@contextmanager
def services(room: Newsroom) -> Iterator[dict[Role, ArticleService]]:
    """An ArticleService for each role, each on a database connection of its own person."""
    dbs = {role: room.open(who) for role, who in PEOPLE.items()}
    try:
        yield {role: ArticleService(db, room.person(PEOPLE[role])) for role, db in dbs.items()}
    finally:
        for db in dbs.values():
            db.close()


def someone_else(role: Role) -> str:
    """A person of the test who does not have `role`."""
    return "karim" if role != Role.CHIEF else "sara"


def reads_every_audit_row(room: Newsroom, who: str) -> bool:
    """Whether `who` sees every audit row (there must be rows by others)."""
    with room.connect(None) as owner, room.connect(who) as conn:
        total = owner.execute("SELECT count(*) FROM audit_log").fetchone()
        others = owner.execute(
            "SELECT count(*) FROM audit_log WHERE actor <> %s", (room.name(who),)
        ).fetchone()
        assert others is not None and others[0] > 0
        return conn.execute("SELECT count(*) FROM audit_log").fetchone() == total
