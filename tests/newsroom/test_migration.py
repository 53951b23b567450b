"""Migrations on a newsroom: only a member of its owner role runs them, as that role; anyone
else is told in one line to ask the owner."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection

import newsdesk.storage.opening as opening
from newsdesk.storage.migrate import head_revision
from newsdesk.storage.newsroom.migration import NEEDS_OWNER
from newsroom_support import Newsroom

pytestmark = pytest.mark.postgres


def set_schema_back(room: Newsroom) -> None:
    with room.connect(None) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0005'")
        conn.commit()


@pytest.mark.parametrize("who", ["sara", "karim", "admin"])
def test_a_person_is_sent_to_the_owner(
    newsroom: Newsroom, who: str, capsys: pytest.CaptureFixture[str]
) -> None:
    set_schema_back(newsroom)
    before = newsroom.contents()
    capsys.readouterr()
    assert newsroom.run(who, "article", "list") == 6
    assert capsys.readouterr() == ("", f"newsdesk: error: {NEEDS_OWNER}\n")
    assert newsroom.contents() == before


def test_the_owner_migrates_as_the_owner_role_and_the_rules_are_installed_again(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    def later_migration(connection: Connection) -> None:
        # What a later Newsdesk's migration might do: add a function, rebuild a table's triggers.
        connection.exec_driver_sql(
            "CREATE FUNCTION newsdesk_later() RETURNS int LANGUAGE sql AS 'SELECT 1'"
        )
        connection.exec_driver_sql("DROP TRIGGER articles_aa_check ON articles")
        connection.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{head_revision()}'")

    set_schema_back(newsroom)
    monkeypatch.setattr(opening, "upgrade_to_head", later_migration)
    db = newsroom.open(None)
    try:
        with db.engine.connect() as connection:  # the pooled connection the migration used
            acting = connection.exec_driver_sql("SELECT current_user = session_user").scalar()
    finally:
        db.close()
    with newsroom.connect(None) as conn:
        owner = conn.execute(
            "SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'newsdesk_later'"
        ).fetchone()
        triggers = conn.execute(
            "SELECT count(*) FROM pg_trigger WHERE tgname = 'articles_aa_check'"
        ).fetchone()
    assert owner == (f"{newsroom.prefix}_owner",)
    assert triggers == (1,)
    assert acting is True  # the owner role was taken for the migration's transaction only
