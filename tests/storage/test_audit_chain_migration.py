"""Migration 0007: audit rows written before it are chained in id order; chained rows stay as they are."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, text

from chaintools import as_owner, audit_rows, db_check, take_steps
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.audit_chain import row_hash
from newsdesk.storage.migrate import alembic_config
from newsdesk.storage.opening import open_database
from support import ADMIN

OLD_ROWS = [
    ("a1", "sara", "2025-03-01 10:00:00", "submit", "draft", "submitted", ""),
    ("a1", "karim", "2025-03-01 11:30:00.250000", "return", "submitted", "returned", "أعد الصياغة"),
    ("a2", "karim", "2025-03-02 09:00:00", "spike", "draft", "spiked", "doublon 🗑"),
]
INSERT = text(
    "INSERT INTO audit_log (article_id, actor, at, step, from_status, to_status, note)"
    " VALUES (:a, :actor, :at, :step, :f, :t, :note)"
)


def migrate(db_url: str, target: str, *, down: bool = False) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        (command.downgrade if down else command.upgrade)(alembic_config(connection), target)
    engine.dispose()


def add_old_rows(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        for a, actor, at, step, f, t, note in OLD_ROWS:
            connection.execute(
                INSERT,
                {"a": a, "actor": actor, "at": at, "step": step, "f": f, "t": t, "note": note},
            )
    engine.dispose()


def test_rows_written_before_the_chain_are_chained_in_id_order(db_url) -> None:
    migrate(db_url, "0006")
    add_old_rows(db_url)
    db = open_database(db_url)
    try:
        rows = audit_rows(db)
        with db.engine.connect() as connection:
            stored = connection.exec_driver_sql(
                "SELECT id, article_id, actor, at, step, from_status, to_status, note,"
                " article_version, prev_hash FROM audit_log ORDER BY id"
            ).all()
        previous = ""
        for row, values in zip(rows, stored, strict=True):
            assert row.prev_hash == previous
            assert row.hash == row_hash(*values)
            previous = row.hash
        assert len(rows) == 3
        # The next steps follow the migrated rows.
        ensure_first_admin(db, ADMIN.name)
        add_person(db, ADMIN, "sara", "editor")
        add_person(db, ADMIN, "karim", "chief")
        take_steps(db)
        assert db_check(db_url).returncode == 0
    finally:
        db.close()


def test_an_edit_made_before_a_downgrade_is_not_laundered_by_the_next_upgrade(db, db_url) -> None:
    take_steps(db)
    as_owner(db, "UPDATE audit_log SET note = 'nothing to see' WHERE id = 4")
    db.close()
    migrate(db_url, "0006", down=True)
    add_old_rows(db_url)  # written at 0006, without a hash: chained by the upgrade
    migrate(db_url, "head")
    result = db_check(db_url)
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith("audit chain broken at row 4 ") and "content changed" in line
    reopened = open_database(db_url)
    try:
        assert [row.hash != "" for row in audit_rows(reopened)] == [True] * 11
    finally:
        reopened.close()
