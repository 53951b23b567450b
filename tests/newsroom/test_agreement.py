"""The database's checks and the domain's tables agree, tried as real login roles.

Each case goes through the app's own write path (ArticleService, TickerService) with the
services' checks switched off, so the database alone decides; its answer must be the domain's
for every role × step × status, every role × status × authorship for edits, and every
permission the database enforces.
"""

from __future__ import annotations

import pytest

from newsdesk.domain.article import Status
from newsdesk.domain.people import Role
from newsdesk.domain.permissions import GRANTS, Permission, may
from newsdesk.domain.workflow import Step, WorkflowError, check_step, may_edit
from newsdesk.services.dictionary import DictionaryService
from newsdesk.services.tickers import TickerService
from newsdesk.storage.newsroom import people as newsroom_people
from newsroom.attempts import (
    PEOPLE,
    database_allows,
    only_the_database_decides,
    place,
    reads_every_audit_row,
    services,
    someone_else,
)
from newsroom_support import Newsroom

pytestmark = pytest.mark.postgres


def domain_allows(role: Role, status: Status, step: Step) -> bool:
    try:
        check_step(role, status, step, "a note")
    except WorkflowError:
        return False
    return True


def test_every_role_step_and_status(newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch) -> None:
    only_the_database_decides(monkeypatch)
    disagree = []
    with services(newsroom) as by_role:
        for role, service in by_role.items():
            for status in Status:
                for step in Step:
                    article = place(newsroom, PEOPLE[role], status)
                    db = database_allows(lambda s=service, a=article, t=step: s.take_step(a, t, "a note"))  # fmt: skip
                    if db != domain_allows(role, status, step):
                        disagree.append(f"{role.value} {step.value} from {status.value}: db {db}")
    assert disagree == []


def test_a_return_needs_its_note_in_the_database_too(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    only_the_database_decides(monkeypatch)
    with services(newsroom) as by_role:
        article = place(newsroom, "sara", Status.SUBMITTED)
        assert not database_allows(lambda: by_role[Role.CHIEF].take_step(article, Step.RETURN, " "))
        assert database_allows(lambda: by_role[Role.CHIEF].take_step(article, Step.RETURN, "why"))


def test_every_role_status_and_authorship_for_edits(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    only_the_database_decides(monkeypatch)
    disagree = []
    with services(newsroom) as by_role:
        for role, service in by_role.items():
            for status in Status:
                for own in (True, False):
                    author = PEOPLE[role] if own else someone_else(role)
                    article = place(newsroom, author, status)
                    db = database_allows(lambda s=service, a=article: s.edit(a, headline="changed"))
                    if db != may_edit(role, status, own):
                        disagree.append(f"{role.value} edit {status.value} own={own}: db {db}")
    assert disagree == []


def test_the_permissions_the_database_enforces(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    only_the_database_decides(monkeypatch)
    with newsroom.connect(None) as conn:
        rows = set(conn.execute("SELECT permission, role FROM newsroom_grants").fetchall())
    assert rows == {(p.value, r.value) for p in GRANTS for r in Role if may(r, p)}
    disagree = []
    owner = newsroom.open(None)  # puts the word back for each role to try removing
    with services(newsroom) as by_role:
        for role, service in by_role.items():
            other = someone_else(role)
            held = place(newsroom, other, Status.IN_REVIEW, held_by=newsroom.name(other))
            theirs = place(newsroom, other, Status.DRAFT)
            tickers = TickerService(service.db, service.actor)
            item = tickers.add("خبر", channel="site").id
            words = DictionaryService(service.db, service.actor)
            DictionaryService(owner, service.actor).add(["الرباط"])
            checks = {
                Permission.BREAK_LEASE: lambda s=service, a=held: s.break_lease(a),
                Permission.SUBMIT_OTHERS: lambda s=service, a=theirs: s.take_step(a, Step.SUBMIT),
                Permission.PUBLISH_TICKERS: lambda t=tickers, i=item: t.approve(i, force=True),
                Permission.MANAGE_USERS: lambda s=service, r=role: newsroom_people.add_person(
                    s.db, newsroom.name(f"new{r.value}"), "editor", "", None
                ),
                Permission.ADD_WORDS: lambda w=words, r=role: w.add([f"كلمة{r.value}"]),
                Permission.REMOVE_WORDS: lambda w=words: w.remove(["الرباط"]),
            }
            for permission, action in checks.items():
                if database_allows(action) != may(role, permission):
                    disagree.append(f"{role.value} {permission.value}")
    owner.close()
    for role, who in PEOPLE.items():  # every role has audit rows of its own by now
        if reads_every_audit_row(newsroom, who) != may(role, Permission.READ_AUDIT):
            disagree.append(f"{role.value} {Permission.READ_AUDIT.value}")
    assert disagree == []
