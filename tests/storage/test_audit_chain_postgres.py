"""PostgreSQL's chain trigger: the same bytes as Python, one chain under concurrent steps."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import text

from chaintools import as_owner, audit_rows, step_at_once, take_steps
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.workflow import Step
from newsdesk.services.articles import ArticleService
from newsdesk.storage.audit_chain import row_hash, verify_chain
from newsdesk.storage.opening import open_database
from racing import race
from support import KARIM, SARA

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_url", ["postgresql"], indirect=True),
]

INSERT = text(
    "INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note,"
    " article_version) VALUES (:article_id, :actor, CAST(:at AS timestamptz), :step,"
    " 'draft', 'submitted', :note, :version)"
    " RETURNING id, article_id, actor, at, step, from_status, to_status, note,"
    " article_version, prev_hash, hash"
)
# Content where a byte, a character or a time written differently on one side would show.
TRICKY = [
    ("a1", "سارة", "2026-01-02 03:04:05+00", "submit", "", None),
    ("a2", "karim", "2026-01-02 03:04:05.000001+00", "return", "أعد الصياغة، من فضلك 🙏🚢", 7),
    ("a3", "omar", "2026-01-02 05:04:05.5+02", "approve", "tab\there\nline\r\x01\x1f\x7f", 12),
    ("a4", "zoé", "1999-12-31 23:59:59.999999-05", "spike", "3:abc0:\u200f\u0651\u064e", 0),
    ("", "", "2026-06-30 12:00:00+00", "", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 e\u0301", 2_147_483_647),
]


def psycopg_url(db_url: str) -> str:
    return db_url.replace("postgresql+psycopg://", "postgresql://")


def test_the_trigger_and_python_hash_the_same_bytes(db) -> None:
    with db.engine.begin() as connection:
        # The session's own time zone must not change the text the trigger hashes.
        connection.exec_driver_sql("SET TIME ZONE 'Asia/Tokyo'")
        written = [
            connection.execute(
                INSERT,
                {"article_id": a, "actor": who, "at": at, "step": s, "note": n, "version": v},
            ).one()
            for a, who, at, s, n, v in TRICKY
        ]
    for row in written:
        assert row.hash == row_hash(*row[:10]), row
    assert [row.note for row in written] == [case[4] for case in TRICKY]
    assert written[0].at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    with db.engine.connect() as connection:
        report = verify_chain(connection)
    assert (report.ok, report.rows) == (True, len(TRICKY))


def test_ids_follow_one_another_and_are_drawn_by_the_trigger(db) -> None:
    take_steps(db)
    with db.engine.begin() as connection:
        # An id given by hand is replaced by the next one from the sequence.
        connection.execute(
            text(
                "INSERT INTO audit_log (id, article_id, actor, at, step, from_status, to_status,"
                " note) VALUES (1000, 'x', 'admin', now(), 'submit', 'draft', 'submitted', '')"
            )
        )
    assert [row.id for row in audit_rows(db)] == list(range(1, 10))


def test_the_app_runs_read_committed_whatever_the_server_default(db, db_url) -> None:
    strict = f"{db_url}%20-cdefault_transaction_isolation%3Dserializable"
    desk = open_database(strict)
    try:
        with desk.engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW transaction_isolation").scalar() == (
                "read committed"
            )
        take_steps(desk)
    finally:
        desk.close()
    with psycopg.connect(psycopg_url(strict)) as raw:
        assert raw.execute("SHOW transaction_isolation").fetchone() == ("serializable",)


def test_an_audit_row_from_an_older_snapshot_is_refused_not_forked(db, db_url) -> None:
    take_steps(db)
    url = psycopg_url(db_url)
    insert = (
        "INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note)"
        " VALUES (%s, 'admin', now(), 'submit', 'draft', 'submitted', '')"
    )
    with psycopg.connect(url) as late, psycopg.connect(url, autocommit=True) as early:
        late.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        late.execute("SELECT count(*) FROM audit_log")  # its snapshot is taken here
        early.execute(insert, ("early",))
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState) as refused:
            late.execute(insert, ("late",))
        late.rollback()
    assert str(refused.value).splitlines()[0] == (
        "audit rows are written under READ COMMITTED only, not REPEATABLE READ"
    )
    with db.engine.connect() as connection:
        report = verify_chain(connection)
    assert (report.ok, report.rows) == (True, 9)


def submitted_articles(db, count: int) -> list[str]:
    service = ArticleService(db, SARA)
    ids = [service.create(ArticleContent(headline=f"خبر {n}")).id for n in range(count)]
    for article_id in ids:
        service.take_step(article_id, Step.SUBMIT)
    return ids


def test_concurrent_steps_in_separate_processes_make_one_chain(db, db_url) -> None:
    ids = submitted_articles(db, 3)
    # Each desk inserts its audit row while the others have inserted theirs and not committed.
    runs = [(db_url, article_id, KARIM, "claim", 0.5, 0.0) for article_id in ids]
    reported = race(step_at_once, runs)
    assert sorted(r[2] for r in reported) == ["read committed"] * 3, reported
    rows = audit_rows(db)
    assert len(rows) == 6 and len({row.prev_hash for row in rows}) == 6
    with db.engine.connect() as connection:
        report = verify_chain(connection)
    assert (report.ok, report.rows) == (True, 6), report.problems()


def test_a_step_slowed_before_the_chain_lands_after_a_quicker_one(db, db_url) -> None:
    [theirs] = submitted_articles(db, 1)
    mine = ArticleService(db, SARA).create(ArticleContent(headline="مسودة")).id
    # A newsroom trigger that fires before the chain's (aa before zz) and is slow for sara.
    as_owner(
        db,
        "CREATE FUNCTION slow_for_sara() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " IF NEW.actor = 'sara' THEN PERFORM pg_sleep(1.5); END IF; RETURN NEW; END $$",
        "CREATE TRIGGER audit_log_aa_slow BEFORE INSERT ON audit_log"
        " FOR EACH ROW EXECUTE FUNCTION slow_for_sara()",
    )
    runs = [
        (db_url, mine, SARA, "submit", 0.0, 0.0),
        (db_url, theirs, KARIM, "claim", 0.0, 0.5),
    ]
    race(step_at_once, runs)
    rows = audit_rows(db)
    # karim's row, committed first, comes first in the chain: id order is commit order.
    assert [(row.actor, row.step) for row in rows[-2:]] == [("karim", "claim"), ("sara", "submit")]
    with db.engine.connect() as connection:
        report = verify_chain(connection)
    assert report.ok, report.problems()
