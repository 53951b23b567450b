"""`user role`, `user disable` and `user password` on a personal desk: the users table changes,
admins only, never away from the last admin; a personal desk keeps no passwords."""

from __future__ import annotations

import pytest

from clitools import Cli
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.opening import open_database


def test_a_personal_desk_changes_roles_in_its_users_table(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    db = open_database(url)
    ensure_first_admin(db, "admin")
    db.close()
    cli = Cli(url, capsys)
    cli("user", "add", "sara", "--role", "editor", user="admin")
    cli("user", "add", "karim", "--role", "chief", user="admin")
    cli("user", "role", "karim", "admin", user="admin")
    cli("user", "disable", "sara", user="admin")
    assert cli.fails(5, "user", "role", "sara", "admin", user="sara").endswith(
        "the editor role may not change roles\n"
    )
    assert "last admin" not in cli.fails(4, "user", "disable", "nobody", user="admin")
    cli("user", "disable", "admin", user="karim")
    assert "karim is the last admin" in cli.fails(7, "user", "role", "karim", "chief", user="karim")
    assert "no passwords" in cli.fails(7, "user", "password", "karim", user="karim")
    people = {p["name"]: p["role"] for p in cli.json("user", "list", user="karim")}
    assert people == {"admin": "admin", "karim": "admin", "sara": "editor"}
