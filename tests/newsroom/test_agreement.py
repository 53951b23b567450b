"""The database's checks and the domain's tables agree, tried as real login roles.

Each case goes through the app's own write path (ArticleService, TickerService) with the
domain's check switched off in the service, so the database alone decides; its answer must be
the domain's for every role × step × status, every role × status × authorship for edits, and
every permission the database enforces.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import newsdesk.services.articles as articles_module
import newsdesk.services.tickers as tickers_module
from newsdesk.domain.article import Status
from newsdesk.domain.people import Role
from newsdesk.domain.permissions import GRANTS, Permission, may
from newsdesk.domain.workflow import RULES, Step, WorkflowError, check_step, may_edit
from newsdesk.errors import NewsdeskError
from newsdesk.services.articles import ArticleService
from newsdesk.services.tickers import TickerService
from newsdesk.storage.newsroom import people as newsroom_people
from newsdesk.storage.newsroom.refusals import refusals_as_errors
from newsroom_support import ROLES, Newsroom

pytestmark = pytest.mark.postgres
PEOPLE = {role: who for who, role in ROLES.items()}  # Role -> the test's person with it


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


def database_allows(action: Any) -> bool:
    """Whether the action went through; only the database's refusals count as a no."""
    try:
        with refusals_as_errors():
            action()
    except NewsdeskError:
        return False
    return True


@contextmanager
def services(room: Newsroom) -> Iterator[dict[Role, ArticleService]]:
    dbs = {role: room.open(who) for role, who in PEOPLE.items()}
    try:
        yield {role: ArticleService(db, room.person(PEOPLE[role])) for role, db in dbs.items()}
    finally:
        for db in dbs.values():
            db.close()


def test_every_role_step_and_status(newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        articles_module, "check_step", lambda role, status, step, note="": RULES[step]
    )
    disagree = []
    with services(newsroom) as by_role:
        for role, service in by_role.items():
            for status in Status:
                for step in Step:
                    try:
                        check_step(role, status, step, "a note")
                        domain = True
                    except WorkflowError:
                        domain = False
                    article = place(newsroom, PEOPLE[role], status)
                    db = database_allows(
                        lambda s=service, a=article, st=step: s.take_step(a, st, "a note")
                    )
                    if db != domain:
                        disagree.append(
                            f"{role.value} {step.value} from {status.value}: database {db}"
                        )
    assert disagree == []


def test_a_return_needs_its_note_in_the_database_too(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        articles_module, "check_step", lambda role, status, step, note="": RULES[step]
    )
    with services(newsroom) as by_role:
        article = place(newsroom, "sara", Status.SUBMITTED)
        assert not database_allows(lambda: by_role[Role.CHIEF].take_step(article, Step.RETURN, " "))
        assert database_allows(lambda: by_role[Role.CHIEF].take_step(article, Step.RETURN, "why"))


def test_every_role_status_and_authorship_for_edits(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(articles_module, "may_edit", lambda role, status, is_author: True)
    disagree = []
    with services(newsroom) as by_role:
        for role, service in by_role.items():
            for status in Status:
                for own in (True, False):
                    author = PEOPLE[role] if own else ("karim" if role != Role.CHIEF else "sara")
                    article = place(newsroom, author, status)
                    db = database_allows(lambda s=service, a=article: s.edit(a, headline="changed"))
                    if db != may_edit(role, status, own):
                        disagree.append(
                            f"{role.value} edit {status.value} own={own}: database {db}"
                        )
    assert disagree == []


def test_the_permissions_the_database_enforces(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(articles_module, "may", lambda role, permission, **_: True)
    monkeypatch.setattr(tickers_module, "may_publish", lambda role, editors_publish=False: True)
    with newsroom.connect(None) as conn:
        rows = set(conn.execute("SELECT permission, role FROM newsroom_grants").fetchall())
    assert rows == {(p.value, r.value) for p in GRANTS for r in Role if may(r, p)}
    disagree = []
    with services(newsroom) as by_role:
        for role, service in by_role.items():
            other = "karim" if role != Role.CHIEF else "sara"
            held = place(newsroom, other, Status.IN_REVIEW, held_by=newsroom.name(other))
            theirs = place(newsroom, other, Status.DRAFT)
            tickers = TickerService(service.db, service.actor)
            item = TickerService(service.db, service.actor).add("خبر", channel="site").id
            checks = {
                Permission.BREAK_LEASE: lambda s=service, a=held: s.break_lease(a),
                Permission.SUBMIT_OTHERS: lambda s=service, a=theirs: s.take_step(a, Step.SUBMIT),
                Permission.PUBLISH_TICKERS: lambda t=tickers, i=item: t.approve(i, force=True),
                Permission.MANAGE_USERS: lambda s=service, r=role: newsroom_people.add_person(
                    s.db, newsroom.name(f"new{r.value}"), "editor", "", None
                ),
            }
            for permission, action in checks.items():
                if database_allows(action) != may(role, permission):
                    disagree.append(f"{role.value} {permission.value}")
    for role, who in PEOPLE.items():  # every role has audit rows of its own by now
        if reads_every_audit_row(newsroom, who) != may(role, Permission.READ_AUDIT):
            disagree.append(f"{role.value} {Permission.READ_AUDIT.value}")
    assert disagree == []


def reads_every_audit_row(room: Newsroom, who: str) -> bool:
    """Whether `who` sees every audit row (there are rows by others by now)."""
    with room.connect(None) as owner, room.connect(who) as conn:
        total = owner.execute("SELECT count(*) FROM audit_log").fetchone()
        others = owner.execute(
            "SELECT count(*) FROM audit_log WHERE actor <> %s", (room.name(who),)
        ).fetchone()
        assert others is not None and others[0] > 0
        return conn.execute("SELECT count(*) FROM audit_log").fetchone() == total
