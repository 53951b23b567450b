"""The audit log's hash chain on both databases: its canonical form, its links, its walk."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise

from chaintools import as_owner, audit_rows, take_steps
from newsdesk.storage.audit_chain import (
    BreakKind,
    canonical,
    format_at,
    row_hash,
    verify_chain,
)
from newsdesk.storage.repositories import ArticleRepository

AT = datetime(2026, 1, 2, 3, 4, 5, 60, tzinfo=UTC)


def test_the_canonical_form_is_length_prefixed_fields_in_order() -> None:
    text = canonical(7, "a1", "سارة", AT, "submit", "draft", "submitted", "", None, "")
    assert text == ("1:72:a14:سارة27:2026-01-02T03:04:05.000060Z6:submit5:draft9:submitted0:0:0:")
    # Lengths are in code points: an emoji outside the BMP is one, as PostgreSQL counts it.
    assert canonical(1, "a", "b", AT, "s", "f", "t", "🚢", 3, "ab").endswith("1:🚢1:32:ab")
    expected = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert row_hash(7, "a1", "سارة", AT, "submit", "draft", "submitted", "", None, "") == expected


def test_times_are_written_in_utc_with_microseconds_whatever_they_came_as() -> None:
    casablanca = timezone(timedelta(hours=1))
    assert format_at(datetime(2026, 1, 2, 4, 4, 5, tzinfo=casablanca)) == (
        "2026-01-02T03:04:05.000000Z"
    )
    assert format_at(datetime(2026, 1, 2, 3, 4, 5)) == "2026-01-02T03:04:05.000000Z"
    assert format_at("2026-01-02 03:04:05.000060") == format_at(AT)


def test_no_field_can_borrow_from_the_next() -> None:
    # Without the lengths, "ab" + "c" and "a" + "bc" would hash the same.
    one = row_hash(1, "ab", "c", AT, "s", "f", "t", "", None, "")
    two = row_hash(1, "a", "bc", AT, "s", "f", "t", "", None, "")
    assert one != two


def test_a_chain_built_by_workflow_steps_holds(db) -> None:
    ids = take_steps(db)
    rows = audit_rows(db)
    assert [row.id for row in rows] == list(range(1, 9))
    assert rows[0].prev_hash == ""
    assert all(later.prev_hash == earlier.hash for earlier, later in pairwise(rows))
    # Each step records the article's version after it.
    published = [row.article_version for row in rows if row.article_id == ids[0]]
    assert published == sorted(published) and None not in published
    with db.engine.connect() as connection:
        report = verify_chain(connection)
    assert (report.ok, report.rows, report.broken_links, report.problems()) == (True, 8, 0, [])


def test_an_empty_log_is_a_whole_chain(db) -> None:
    with db.engine.connect() as connection:
        report = verify_chain(connection)
    assert (report.ok, report.rows) == (True, 0)


def test_several_audit_rows_in_one_transaction_chain_in_order(db) -> None:
    take_steps(db)
    with db.transaction() as session:
        repo = ArticleRepository(session)
        repo.add_audit("x1", "sara", AT, "submit", "draft", "submitted", "", 1)
        repo.add_audit("x1", "karim", AT, "claim", "submitted", "in_review", "", 2)
        repo.add_audit("x2", "admin", AT, "import", "", "submitted", "sent by omar")
    assert [row.article_id for row in audit_rows(db)[-3:]] == ["x1", "x1", "x2"]
    with db.engine.connect() as connection:
        assert verify_chain(connection).ok


def test_each_kind_of_tampering_is_named_at_the_right_row(db) -> None:
    take_steps(db)
    as_owner(db, "UPDATE audit_log SET actor = 'sara' WHERE id = 5")
    with db.engine.connect() as connection:
        report = verify_chain(connection)
    assert report.first_break is not None
    broken = report.first_break
    assert (broken.row_id, broken.kind, broken.step, broken.previous_id) == (
        5,
        BreakKind.CONTENT_CHANGED,
        "approve",
        4,
    )
    assert report.broken_links == 1
    assert report.problems() == [
        f"audit chain broken at row 5 (article {broken.article_id[:8]}, step approve): "
        "content changed since it was written (its hash does not match it)"
    ]
