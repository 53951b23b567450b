"""A schema owner who edits the audit log by hand is caught by the next `newsdesk db check`.

Each test builds a chain by real workflow steps, changes it with raw SQL as the owner of the
tables would (on PostgreSQL getting past the chain trigger where a row is slipped in), then runs
the real `newsdesk db check` program and expects one line naming the first broken link.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from chaintools import as_owner, audit_rows, db_check, db_check_json, take_steps
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.audit_chain import row_hash
from newsdesk.storage.migrate import head_revision
from newsdesk.storage.opening import open_database
from support import ADMIN

FORGED_AT = datetime(2026, 1, 1, tzinfo=UTC)


def expect_one_problem(url: str, line: str) -> None:
    result = db_check(url)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines() == [line]
    assert "newsdesk: error: database check found 1 problem(s)" in result.stderr
    assert "Traceback" not in result.stderr


def where(db, row_id: int) -> str:
    row = next(row for row in audit_rows(db) if row.id == row_id)
    return f"audit chain broken at row {row_id} (article {row.article_id[:8]}, step {row.step})"


def slip_in(db, row_id: int, prev_hash: str, hash_: str) -> None:
    """Insert an audit row with this id and these hashes, past the trigger on PostgreSQL."""
    insert = (
        "INSERT INTO audit_log (id, article_id, actor, at, step, from_status, to_status, note,"
        f" prev_hash, hash) VALUES ({row_id}, 'forged', 'karim', '2026-01-01 00:00:00',"
        f" 'approve', 'submitted', 'approved', '', '{prev_hash}', '{hash_}')"
    )
    if db.is_sqlite:
        as_owner(db, insert)
    else:
        as_owner(
            db,
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_zz_chain",
            insert,
            "ALTER TABLE audit_log ENABLE TRIGGER audit_log_zz_chain",
        )


def test_an_untouched_chain_passes(db, db_url) -> None:
    take_steps(db)
    result = db_check(db_url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == (
        f"ok: schema {head_revision()}, audit chain of 8 rows intact, no problems found\n"
    )


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE audit_log SET note = 'approved after a call' WHERE id = 5",
        "UPDATE audit_log SET actor = 'admin' WHERE id = 5",
        "UPDATE audit_log SET at = at - interval '1 day' WHERE id = 5",
        "UPDATE audit_log SET to_status = 'published' WHERE id = 5",
    ],
    ids=["note", "actor", "time", "status"],
)
def test_a_hand_edited_row_is_named(db, db_url, change) -> None:
    take_steps(db)
    if db.is_sqlite and "interval" in change:
        change = "UPDATE audit_log SET at = datetime(at, '-1 day') WHERE id = 5"
    text = where(db, 5)
    as_owner(db, change)
    expect_one_problem(
        db_url, f"{text}: content changed since it was written (its hash does not match it)"
    )


def test_a_deleted_row_is_named_by_the_row_after_it(db, db_url) -> None:
    take_steps(db)
    text = where(db, 6)
    as_owner(db, "DELETE FROM audit_log WHERE id = 5")
    expect_one_problem(db_url, f"{text}: row removed between row 4 and it")
    report = db_check_json(db_url)["audit_chain"]
    assert report["first_break"]["kind"] == "row removed"
    assert (report["first_break"]["id"], report["rows"]) == (6, 7)


def test_deleting_the_first_rows_is_seen(db, db_url) -> None:
    take_steps(db)
    text = where(db, 3)
    as_owner(db, "DELETE FROM audit_log WHERE id < 3")
    expect_one_problem(db_url, f"{text}: row removed before it (it is now the first row)")


def test_a_row_added_by_hand_is_named(db, db_url) -> None:
    take_steps(db)
    slip_in(db, 9, "", "")
    expect_one_problem(db_url, f"{where(db, 9)}: row inserted (it is not part of the chain)")


def test_a_row_slipped_in_with_a_hash_of_its_own_making_is_named(db, db_url) -> None:
    take_steps(db)
    rows = audit_rows(db)
    # Make room after row 4, then add a row chained to it as the chain would have done.
    as_owner(
        db,
        "UPDATE audit_log SET id = -id WHERE id > 4",
        "UPDATE audit_log SET id = 1 - id WHERE id < 0",
    )
    prev = rows[3].hash
    forged = row_hash(
        5, "forged", "karim", FORGED_AT, "approve", "submitted", "approved", "", None, prev
    )
    slip_in(db, 5, prev, forged)
    # The rows moved up carry their old ids in their hashes: they are broken links too.
    line = f"{where(db, 5)}: row inserted (it is not part of the chain)"
    expect_one_problem(db_url, f"{line}; 3 more broken links after it")


def test_swapped_hashes_are_named_at_the_first_of_the_two(db, db_url) -> None:
    take_steps(db)
    rows = audit_rows(db)
    text = where(db, 3)
    as_owner(
        db,
        f"UPDATE audit_log SET hash = '{rows[3].hash}' WHERE id = 3",
        f"UPDATE audit_log SET hash = '{rows[2].hash}' WHERE id = 4",
    )
    line = f"{text}: content changed since it was written (its hash does not match it)"
    expect_one_problem(db_url, f"{line}; 1 more broken link after it")


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_disabled_chain_trigger_is_a_problem(db, db_url) -> None:
    take_steps(db)
    as_owner(db, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_zz_chain")
    expect_one_problem(
        db_url,
        "audit chain trigger audit_log_zz_chain is disabled: new audit rows are not chained",
    )


@pytest.mark.parametrize(
    "value",
    ["'yesterday'", "'2026-13-45 99:99:99.999999'", "42", "NULL", "x'00ff'"],
    ids=["words", "no-such-time", "number", "null", "blob"],
)
def test_a_value_no_writer_writes_is_a_changed_row_not_a_crash(tmp_path, value) -> None:
    # SQLite keeps whatever it is given: the check must name the row, not fall over.
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    db = open_database(url)
    try:
        ensure_first_admin(db, ADMIN.name)
        add_person(db, ADMIN, "sara", "editor")
        add_person(db, ADMIN, "karim", "chief")
        take_steps(db)
        text = where(db, 5)
        column = "article_version" if value == "NULL" else "at"
        as_owner(db, f"UPDATE audit_log SET {column} = {value} WHERE id = 5")
    finally:
        db.close()
    expect_one_problem(
        url, f"{text}: content changed since it was written (its hash does not match it)"
    )
