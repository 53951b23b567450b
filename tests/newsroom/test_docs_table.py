"""The table of what each role may do in docs/newsroom-server.md says what the application's
tables say, and what the database really does when each role tries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from newsdesk.domain.article import Status
from newsdesk.domain.people import Role
from newsdesk.domain.permissions import Permission, may
from newsdesk.domain.workflow import RULES, WORK_IN_PROGRESS, Step, may_edit, may_take
from newsdesk.services.articles import ArticleService
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

DOC = Path(__file__).resolve().parents[2] / "docs" / "newsroom-server.md"
SECTION = "## What each role may do"
BACK = "the status it had before"
PERMISSION_ROWS = (
    Permission.BREAK_LEASE,
    Permission.PUBLISH_TICKERS,
    Permission.MANAGE_USERS,
    Permission.ADD_WORDS,
    Permission.REMOVE_WORDS,
)
LIVE = [s for s in Status if s != Status.SPIKED]
Table = dict[str, tuple[str, dict[Role, str]]]


def doc_table() -> Table:
    """key → (what, the cell of each role), from the documented table."""
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index(SECTION) :].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("| `")]
    table: Table = {}
    for line in lines:
        key, what, *cells = (cell.strip() for cell in line.strip("|").split("|"))
        table[key.strip("`")] = (what, dict(zip(Role, cells, strict=True)))
    return table


def step_what(step: Step) -> str:
    rule = RULES[step]
    sources = ", ".join(s.value for s in Status if s in rule.sources)
    return f"{sources} → {rule.target.value if rule.target else BACK}"


def expected(key: str, role: Role) -> str:
    """What the application's tables say the cell must be."""
    if key in {step.value for step in Step}:
        if not may_take(role, Step(key)):
            return "no"
        if key == Step.SUBMIT and not may(role, Permission.SUBMIT_OTHERS):
            return "own"
        return "yes"
    if key == "edit":
        if all(may_edit(role, s, False) for s in LIVE) and not may_edit(role, Status.SPIKED, True):
            return "any but spiked"
        own = {s for s in Status if may_edit(role, s, True) and not may_edit(role, s, False)}
        assert own == set(WORK_IN_PROGRESS), own
        return "own, while draft or returned"
    if key == Permission.READ_AUDIT:
        return "all" if may(role, Permission.READ_AUDIT) else "own rows"
    if key == "password":
        return "anyone's" if may(role, Permission.MANAGE_USERS) else "own"
    if key == "history":
        return "no"
    return "yes" if may(role, Permission(key)) else "no"


def test_the_table_says_what_the_application_does() -> None:
    table = doc_table()
    keys = {s.value for s in Step} | {p.value for p in PERMISSION_ROWS}
    assert keys | {"edit", "read_audit", "password", "history"} == set(table)
    for step in Step:
        assert table[step.value][0].startswith(step_what(step)), step
    wrong = [
        f"{key} {role.value}: {cells[role]!r}, expected {expected(key, role)!r}"
        for key, (_what, cells) in table.items()
        for role in Role
        if cells[role] != expected(key, role)
    ]
    assert wrong == []


@pytest.mark.postgres
def test_the_table_says_what_the_database_does(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    only_the_database_decides(monkeypatch)
    table = doc_table()
    wrong = []
    with services(newsroom) as by_role:
        for role, service in by_role.items():
            for key, (_what, cells) in table.items():
                if key == Permission.READ_AUDIT:
                    continue  # once every role has written audit rows, below
                found = observed(newsroom, service, role, key)
                if found != cells[role]:
                    wrong.append(
                        f"{key} {role.value}: documented {cells[role]!r}, database {found!r}"
                    )
    for role, who in PEOPLE.items():
        found = "all" if reads_every_audit_row(newsroom, who) else "own rows"
        if found != table["read_audit"][1][role]:
            wrong.append(f"read_audit {role.value}: database {found!r}")
    assert wrong == []


def observed(room: Newsroom, service: ArticleService, role: Role, key: str) -> str:
    """What the database lets this role do for one row of the table."""
    me, other = PEOPLE[role], someone_else(role)

    def tried(author: str, status: Status, action: Callable[[str], object]) -> bool:
        return database_allows(lambda: action(place(room, author, status)))

    if key in {step.value for step in Step}:
        step = Step(key)
        source = next(s for s in Status if s in RULES[step].sources)

        def take(a: str) -> object:
            return service.take_step(a, step, "a note")

        own, others = tried(me, source, take), tried(other, source, take)
        return "yes" if own and others else "own" if own else "no"
    if key == "edit":

        def edit(a: str) -> object:
            return service.edit(a, headline="changed")

        if tried(other, Status.SUBMITTED, edit) and not tried(other, Status.SPIKED, edit):
            return "any but spiked"
        mine = [tried(me, s, edit) for s in (Status.DRAFT, Status.RETURNED, Status.SUBMITTED)]
        return "own, while draft or returned" if mine == [True, True, False] else "no"
    if key == Permission.BREAK_LEASE:
        held = place(room, other, Status.IN_REVIEW, held_by=room.name(other))
        return "yes" if database_allows(lambda: service.break_lease(held)) else "no"
    if key == Permission.PUBLISH_TICKERS:
        tickers = TickerService(service.db, service.actor)
        item = tickers.add("خبر", channel="site").id
        return "yes" if database_allows(lambda: tickers.approve(item, force=True)) else "no"
    if key == Permission.MANAGE_USERS:
        name = room.name(f"doc{role.value}")
        added = database_allows(
            lambda: newsroom_people.add_person(service.db, name, "editor", "", None)
        )
        return "yes" if added else "no"
    if key in (Permission.ADD_WORDS, Permission.REMOVE_WORDS):
        words = DictionaryService(service.db, service.actor)
        word = f"كلمة{role.value}{key}"
        if key == Permission.ADD_WORDS:
            return "yes" if database_allows(lambda: words.add([word])) else "no"
        owner = room.open(None)  # the word is there, whoever may add it
        try:
            DictionaryService(owner, service.actor).add([word])
        finally:
            owner.close()
        return "yes" if database_allows(lambda: words.remove([word])) else "no"
    if key == "password":
        if database_allows(lambda: newsroom_people.set_password(service.db, room.name(other), "x")):
            return "anyone's"
        own = database_allows(lambda: newsroom_people.set_password(service.db, room.name(me), "x"))
        return "own" if own else "no"
    if key == "history":
        return "yes" if rewrites_history(room, me) else "no"
    raise AssertionError(f"no check for the row {key}")


def rewrites_history(room: Newsroom, who: str) -> bool:
    """Whether any UPDATE or DELETE of revisions, notes or audit rows goes through."""
    with room.connect(who) as conn:
        for sql in ("UPDATE revisions SET note = 'x'", "DELETE FROM revisions",
                    "UPDATE article_notes SET text = 'x'", "DELETE FROM audit_log",
                    "UPDATE audit_log SET note = 'x'"):  # fmt: skip
            try:
                conn.execute(sql)
                conn.commit()
                return True
            except psycopg.Error:
                conn.rollback()
    return False
