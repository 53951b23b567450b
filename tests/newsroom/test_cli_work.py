"""Each person's allowed work through the CLI, in processes of their own, logged in as
themselves; and `--as` (or NEWSDESK_USER) naming someone else gets past nothing."""

from __future__ import annotations

import json

import pytest

from newsroom_support import Newsroom

pytestmark = pytest.mark.postgres


def ok(room: Newsroom, who: str, *argv: str) -> str:
    code, out, err = room.cli(who, *argv)
    assert code == 0, err
    return out


def status_of(room: Newsroom, article_id: str) -> tuple[str, str, str]:
    with room.connect(None) as conn:
        row = conn.execute(
            "SELECT status, updated_by, last_step FROM articles WHERE id = %s", (article_id,)
        ).fetchone()
    assert row is not None
    return row


def test_editor_and_chief_work_through_the_cli(newsroom: Newsroom) -> None:
    sara, karim = newsroom.name("sara"), newsroom.name("karim")
    made = json.loads(ok(newsroom, "sara", "article", "new", "--headline", "مطر", "--json"))
    first = made["id"]
    assert made["author"] == sara
    ok(newsroom, "sara", "article", "edit", first, "--headline", "مطر غزير")
    ok(newsroom, "sara", "article", "submit", first)
    assert status_of(newsroom, first) == ("submitted", sara, "submit")
    for step in ("claim", "approve", "publish"):
        ok(newsroom, "karim", "article", step, first)
        assert status_of(newsroom, first)[1:] == (karim, step)
    assert status_of(newsroom, first)[0] == "published"

    second = json.loads(ok(newsroom, "sara", "article", "new", "--headline", "ثان", "--json"))["id"]
    ok(newsroom, "sara", "article", "submit", second)
    ok(newsroom, "karim", "article", "return", second, "--note", "أقصر")
    assert status_of(newsroom, second) == ("returned", karim, "return")
    ok(newsroom, "karim", "article", "spike", second)
    ok(newsroom, "karim", "article", "restore", second)
    assert status_of(newsroom, second) == ("returned", karim, "restore")


def test_admin_adds_a_person_with_a_password(newsroom: Newsroom, tmp_path) -> None:
    secret = tmp_path / "password"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    name = newsroom.name("nadia")
    out = ok(newsroom, "admin", "user", "add", name, "--role", "editor", "--password-file",
             str(secret))  # fmt: skip
    assert out == f"added {name} (editor)\n"
    with newsroom.connect(None) as conn:
        stored = conn.execute(
            "SELECT rolpassword, rolcanlogin FROM pg_authid WHERE rolname = %s", (name,)
        ).fetchone()
        group = conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
            (name,),
        ).fetchall()
    assert stored[0].startswith("SCRAM-SHA-256$") and "correct horse" not in stored[0]
    assert stored[1] is True
    assert group == [(f"{newsroom.prefix}_editor",)]
    made = json.loads(ok(newsroom, "nadia", "article", "new", "--headline", "x", "--json"))
    assert made["author"] == name


@pytest.mark.parametrize("how", ["--as", "NEWSDESK_USER"])
def test_acting_as_someone_else_gets_past_nothing(
    newsroom: Newsroom, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = json.loads(ok(newsroom, "sara", "article", "new", "--headline", "x", "--json"))["id"]
    ok(newsroom, "sara", "article", "submit", article)
    before = newsroom.contents()
    attempts = [
        ("karim", ("article", "approve", article)),
        ("admin", ("user", "add", newsroom.name("mallory"), "--role", "admin")),
    ]
    if how == "--as":
        attempts += [
            ("karim", ("article", "spike", article)),
            ("admin", ("user", "role", newsroom.name("sara"), "admin")),
        ]
    for pretend, argv in attempts:
        if how == "--as":
            code, out, err = newsroom.cli("sara", *argv, as_user=pretend)
        else:
            monkeypatch.setenv("NEWSDESK_USER", newsroom.name(pretend))
            code, out, err = newsroom.cli_env("sara", *argv)
        assert (code, out, err.count("\n")) == (5, "", 1), (argv, err)
    assert newsroom.contents() == before
