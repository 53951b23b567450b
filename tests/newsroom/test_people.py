"""People on a newsroom change only through the database's people functions, and only by an
admin: `user add`, `user role`, `user disable`, `user password` (one's own, or an admin)."""

from __future__ import annotations

import psycopg
import pytest

from newsroom_support import Newsroom

pytestmark = pytest.mark.postgres


def groups_of(room: Newsroom, name: str) -> list[str]:
    with room.connect(None) as conn:
        rows = conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s ORDER BY 1",
            (name,),
        ).fetchall()
    return [group for (group,) in rows]


def test_an_admin_changes_a_role_and_the_group_follows(
    newsroom: Newsroom, capsys: pytest.CaptureFixture[str]
) -> None:
    karim = newsroom.name("karim")
    assert newsroom.run("admin", "user", "role", karim, "editor") == 0
    assert capsys.readouterr().out == f"{karim} is now editor\n"
    assert groups_of(newsroom, karim) == [f"{newsroom.prefix}_editor"]
    with newsroom.connect(None) as conn:
        assert conn.execute("SELECT role FROM users WHERE name = %s", (karim,)).fetchone() == (
            "editor",
        )


def test_a_disabled_person_can_no_longer_log_in(
    newsroom: Newsroom, capsys: pytest.CaptureFixture[str]
) -> None:
    sara = newsroom.name("sara")
    assert newsroom.run("admin", "user", "disable", sara) == 0
    assert groups_of(newsroom, sara) == []
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        newsroom.connect("sara")
    with newsroom.connect(None) as conn:
        assert conn.execute("SELECT disabled FROM users WHERE name = %s", (sara,)).fetchone() == (
            True,
        )


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (("user", "role", "{admin}", "editor"), 7, "{admin} is the newsroom's last admin"),
        (("user", "disable", "{admin}"), 7, "{admin} is the newsroom's last admin"),
        (("user", "add", "postgres", "--role", "admin"), 7, "the database already has a role"),
        (("user", "add", "{sara}", "--role", "admin"), 7, "a user called '{sara}' already exists"),
        (("user", "add", "ص" * 40, "--role", "editor"), 7, "is too long for a newsroom login"),
        (("user", "role", "nobody_{token}", "chief"), 4, "no user called 'nobody_{token}'"),
    ],
)
def test_refused_changes_are_one_line_and_change_nothing(
    newsroom: Newsroom, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], code: int,
    message: str,
) -> None:  # fmt: skip
    names = {
        "admin": newsroom.name("admin"),
        "sara": newsroom.name("sara"),
        "token": newsroom.token,
    }
    before = newsroom.contents()
    capsys.readouterr()
    assert newsroom.run("admin", *(part.format(**names) for part in argv)) == code
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert message.format(**names) in err
    assert newsroom.contents() == before


def test_passwords_one_own_or_an_admin_sets_them(
    newsroom: Newsroom, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    secret = tmp_path / "secret"
    secret.write_text("s3cret words\n", encoding="utf-8")
    sara, karim = newsroom.name("sara"), newsroom.name("karim")
    assert newsroom.run("sara", "user", "password", sara, "--password-file", str(secret)) == 0
    assert newsroom.run("admin", "user", "password", karim, "--password-file", str(secret)) == 0
    capsys.readouterr()
    assert newsroom.run("sara", "user", "password", karim, "--password-file", str(secret)) == 5
    assert "may not set other people's passwords" in capsys.readouterr().err
    with newsroom.connect(None) as conn:
        stored = dict(
            conn.execute(
                "SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY(%s)",
                ([sara, karim],),
            ).fetchall()
        )
    assert all(value.startswith("SCRAM-SHA-256$") for value in stored.values())
    assert stored[sara] != stored[karim]  # salted, each its own
    assert newsroom.run("sara", "user", "password", sara) == 7  # no file and no terminal


def test_without_a_password_the_person_is_added_and_told(
    newsroom: Newsroom, capsys: pytest.CaptureFixture[str]
) -> None:
    name = newsroom.name("omar")
    capsys.readouterr()
    assert newsroom.run("admin", "user", "add", name, "--role", "chief") == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"added {name} (chief)",
        f"{name} has no password: log in by certificate or Kerberos, or set one with: "
        f"newsdesk user password {name}",
    ]
    assert groups_of(newsroom, name) == [f"{newsroom.prefix}_chief"]
