"""The newsroom's settings are kept in the database: what an admin sets, every desk follows."""

from __future__ import annotations

import pytest

from newsdesk.errors import PermissionDeniedError
from newsdesk.services.newsroom_settings import save_newsroom_settings, with_newsroom_settings
from newsdesk.settings import Settings
from newsdesk.storage.opening import open_database
from support import ADMIN, SARA


def test_what_an_admin_sets_reaches_another_desk_of_the_database(db, db_url, tmp_path) -> None:
    mine = tmp_path / "admin.json"
    changes = {"timezone": "Europe/Paris", "lease_minutes": 25, "house_spellings": ["مسؤول"]}
    save_newsroom_settings(ADMIN, Settings(), changes, mine, db=db)
    other = open_database(db_url)  # another desk: its own connection, its own settings file
    try:
        seen = with_newsroom_settings(other, Settings(spell_check=False, lease_minutes=60))
    finally:
        other.close()
    assert (seen.timezone, seen.lease_minutes, seen.house_spellings) == (
        "Europe/Paris",
        25,
        ["مسؤول"],
    )
    assert seen.spell_check is False  # a person's own setting is theirs
    assert Settings.load(mine).timezone == "Europe/Paris"  # the admin's desk file follows too


def test_an_editor_changes_nothing(db, tmp_path) -> None:
    with pytest.raises(PermissionDeniedError):
        save_newsroom_settings(SARA, Settings(), {"lease_minutes": 5}, tmp_path / "s.json", db=db)
    assert with_newsroom_settings(db, Settings()).lease_minutes == 60
    assert not (tmp_path / "s.json").exists()


def test_a_stored_value_of_the_wrong_kind_is_ignored(db, tmp_path) -> None:
    from sqlalchemy import text

    save_newsroom_settings(ADMIN, Settings(), {"lease_minutes": 30}, tmp_path / "a.json", db=db)
    with db.transaction() as session:
        session.execute(
            text(
                "INSERT INTO shared_settings (name, value, updated_by) VALUES "
                "('headline_max_chars', '\"long\"', 'admin'), ('timezone', 'not json', 'admin'),"
                " ('house_spellings', '[1, 2]', 'admin')"
            )
        )
    seen = with_newsroom_settings(db, Settings())
    assert seen.lease_minutes == 30
    assert (seen.headline_max_chars, seen.timezone, seen.house_spellings) == (
        110,
        "Africa/Casablanca",
        [],
    )
