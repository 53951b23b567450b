"""On a newsroom the database decides who changes the newsroom's settings, and in whose name."""

from __future__ import annotations

import pytest

from newsdesk.errors import PermissionDeniedError
from newsdesk.services.newsroom_settings import save_newsroom_settings, with_newsroom_settings
from newsdesk.settings import Settings
from newsroom_support import Newsroom

pytestmark = pytest.mark.postgres


def _write(room: Newsroom, who: str, name: str, value: str, by: str) -> bool:
    """Whether the database lets `who` store a setting by hand, naming `by` as its author."""
    import psycopg

    with room.connect(who) as connection:
        try:
            connection.execute(
                "INSERT INTO shared_settings (name, value, updated_by) VALUES (%s, %s, %s) "
                "ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, "
                "updated_by = EXCLUDED.updated_by",
                (name, value, room.name(by)),
            )
            connection.commit()
        except psycopg.errors.InsufficientPrivilege:
            return False
    return True


def test_an_admins_settings_reach_every_desk(newsroom: Newsroom, tmp_path) -> None:
    admin_db, sara_db = newsroom.open("admin"), newsroom.open("sara")
    try:
        changes = {"timezone": "Europe/Paris", "disabled_lint_rules": ["spacing.double"]}
        save_newsroom_settings(
            newsroom.person("admin"), Settings(), changes, tmp_path / "a.json", db=admin_db
        )
        seen = with_newsroom_settings(sara_db, Settings())
        assert (seen.timezone, seen.disabled_lint_rules) == ("Europe/Paris", ["spacing.double"])
        with pytest.raises(PermissionDeniedError):
            save_newsroom_settings(
                newsroom.person("sara"), Settings(), {"lease_minutes": 1}, db=sara_db
            )
    finally:
        admin_db.close()
        sara_db.close()


def test_only_an_admin_writes_them_by_hand_and_only_in_their_own_name(newsroom: Newsroom) -> None:
    assert _write(newsroom, "admin", "lease_minutes", "20", "admin")
    assert not _write(newsroom, "admin", "lease_minutes", "21", "karim")  # in another's name
    assert not _write(newsroom, "karim", "lease_minutes", "5", "karim")
    assert not _write(newsroom, "sara", "timezone", '"UTC"', "sara")
    sara_db = newsroom.open("sara")
    try:
        assert with_newsroom_settings(sara_db, Settings()).lease_minutes == 20
    finally:
        sara_db.close()
