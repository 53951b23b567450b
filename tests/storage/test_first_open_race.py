"""Eight desks opening a brand-new database at the same moment: every one of them succeeds."""

from __future__ import annotations

import pytest

from newsdesk.storage.migrate import head_revision
from newsdesk.storage.opening import open_database, schema_state
from racing import open_at_once, race

DESKS = 8


@pytest.mark.parametrize("round_", range(2))
def test_eight_desks_open_a_new_database_together(db_url: str, round_: int) -> None:
    reported = race(open_at_once, [(db_url,)] * DESKS)
    assert reported == ["ok"] * DESKS
    database = open_database(db_url)
    try:
        assert schema_state(database) == head_revision()
    finally:
        database.close()
