"""A bundle's new rows go to the database one statement per table, NULLs and all."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import event, select

from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.bulk import BULK_CACHE_KIB, BulkRows, Table, roomy_cache
from newsdesk.storage.engine import Database
from newsdesk.storage.models import RevisionRow
from newsdesk.storage.opening import open_database
from newsdesk.storage.repositories import DeskRepository

AT = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def _article(rows: BulkRows, article_id: str) -> None:
    rows.add(
        Table.ARTICLES,
        id=article_id,
        status="submitted",
        restore_status=None,
        version=1,
        author="admin",
        created_at=AT,
        updated_at=AT,
        updated_by="admin",
        headline=f"Headline {article_id}",
        language="en",
        desk="national",
    )


def _revision(rows: BulkRows, article_id: str, number: int, claimed_step: str | None) -> None:
    rows.add(
        Table.REVISIONS,
        article_id=article_id,
        revision=number,
        version=1,
        author="admin",
        at=AT,
        step="carried" if claimed_step else "import",
        note="",
        status="submitted",
        snapshot="{}",
        claimed_sender="reporter",
        claimed_author=None if claimed_step else "reporter",
        claimed_at=AT,
        claimed_step=claimed_step,
    )


def _write_counting(db: Database, rows: BulkRows) -> list[str]:
    statements: list[str] = []

    def seen(_conn, _cursor, statement, _params, _context, _many) -> None:
        if statement.lstrip().upper().startswith(("INSERT INTO ARTICLES", "INSERT INTO REVISIONS")):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.transaction() as session:
            DeskRepository(session).ensure("national")
            rows.write(session)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return statements


def test_rows_with_and_without_values_go_in_one_statement_per_table(tmp_path) -> None:
    db = open_database(str(tmp_path / "desk.db"))
    ensure_first_admin(db, "admin")
    rows = BulkRows()
    for n in range(40):
        _article(rows, f"a{n}")
    for n in range(40):
        # A carried revision claims a step, the import's own claims none: alternating.
        _revision(rows, f"a{n}", 1, "saved")
        _revision(rows, f"a{n}", 2, None)
    statements = _write_counting(db, rows)
    assert len(statements) == 2
    with db.reading() as session:
        stored = session.execute(
            select(RevisionRow.revision, RevisionRow.claimed_step, RevisionRow.claimed_author)
            .where(RevisionRow.article_id == "a7")
            .order_by(RevisionRow.revision)
        ).all()
    assert [tuple(r) for r in stored] == [(1, "saved", None), (2, None, "reporter")]
    db.close()


def test_the_roomy_cache_lasts_the_write_only(tmp_path) -> None:
    db = open_database(str(tmp_path / "desk.db"))

    def cache_size(session) -> int:
        return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar())

    with db.transaction() as session:
        before = cache_size(session)
        with roomy_cache(session):
            assert cache_size(session) == -BULK_CACHE_KIB
        assert cache_size(session) == before != -BULK_CACHE_KIB
    with db.transaction() as session:
        assert cache_size(session) == before
    db.close()
