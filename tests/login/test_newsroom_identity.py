"""On a newsroom the person acting is the PostgreSQL login role; --as cannot change it.

On the shared trust server, in the test schema made a newsroom by hand (tests/login/
trust_newsroom.py): the CLI and the desktop start-up act as session_user, refuse --as and
NEWSDESK_USER naming anyone else, ignore the settings file's user, refuse a role that is not a
person or is disabled, and never create a first admin. The same schema without the newsroom row
is a personal desk, where --as works as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from clitools import Cli
from conftest import PG_BASE_URL, PG_SCHEMA
from login.trust_newsroom import TrustNewsroom, admin_sql, trust_newsroom
from newsdesk.errors import PermissionDeniedError
from newsdesk.services.identity import acting_person, open_desk
from newsdesk.settings import NamedUser, Settings
from newsdesk.storage.opening import open_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def newsroom() -> Iterator[TrustNewsroom]:
    with trust_newsroom() as made:
        yield made


@pytest.fixture
def personal_desk() -> Iterator[TrustNewsroom]:
    with trust_newsroom(newsroom=False) as made:
        yield made


@pytest.fixture
def cli(capsys) -> Cli:
    return Cli("unused", capsys)


def run_as(cli: Cli, url: str, *argv: str) -> tuple[int, str, str]:
    """`newsdesk --db URL ARGV` in-process."""
    cli.db_url = url
    return cli(*argv, ok=False)


def test_the_login_role_is_the_acting_person(newsroom, cli) -> None:
    code, out, err = run_as(
        cli, newsroom.url("sara"), "article", "new", "--headline", "خبر", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["author"] == newsroom.role("sara")
    # Naming oneself is no change of identity.
    code, out, err = run_as(
        cli, newsroom.url("karim"), "--as", newsroom.role("karim"), "audit", "--json"
    )
    assert code == 0, err


def test_as_another_person_is_refused_with_exit_5(newsroom, cli) -> None:
    code, out, err = run_as(
        cli, newsroom.url("sara"), "--as", newsroom.role("karim"), "article", "list"
    )
    assert (code, out) == (5, "")
    assert err == (
        f"newsdesk: error: on the newsroom 127.0.0.1/test you act as the PostgreSQL role you log "
        f"in as ({newsroom.role('sara')}); --as cannot change that\n"
    )


def test_even_a_command_with_no_actor_refuses_a_foreign_as(newsroom, cli) -> None:
    code, _out, err = run_as(cli, newsroom.url("sara"), "--as", "admin", "user", "list")
    assert code == 5 and "--as cannot change that" in err


def test_newsdesk_user_naming_another_person_is_refused(newsroom, cli, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_USER", newsroom.role("karim"))
    code, out, err = run_as(cli, newsroom.url("sara"), "article", "list")
    assert (code, out, err.count("\n")) == (5, "", 1)
    assert err.endswith(f"({newsroom.role('sara')}); NEWSDESK_USER cannot change that\n")


def test_the_settings_files_user_is_ignored(newsroom, cli) -> None:
    Settings(user=newsroom.role("karim")).save()
    code, out, err = run_as(
        cli, newsroom.url("sara"), "article", "new", "--headline", "x", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["author"] == newsroom.role("sara")


def test_a_role_that_is_not_a_person_is_refused(newsroom, cli) -> None:
    code, out, err = run_as(cli, newsroom.url("stranger"), "article", "list")
    assert (code, out, err.count("\n")) == (5, "", 1)
    assert f"as {newsroom.role('stranger')}, who is not one of its people" in err
    assert err.rstrip().endswith("ask an admin to add you")


def test_a_disabled_person_is_refused(newsroom, cli) -> None:
    code, out, err = run_as(cli, newsroom.url("gone"), "article", "list")
    assert (code, out, err.count("\n")) == (5, "", 1)
    assert f"{newsroom.role('gone')} is disabled on the newsroom" in err and "ask an admin" in err


def test_no_first_admin_is_made_on_a_newsroom(newsroom) -> None:
    import psycopg

    url = PG_BASE_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DELETE FROM {PG_SCHEMA}.users")
    db = open_database(newsroom.url("stranger"))
    try:
        assert open_desk(db, None, "root") is False
        with pytest.raises(PermissionDeniedError, match="not one of its people"):
            acting_person(db, None, "root")
        with db.reading() as session:
            assert session.execute(text("SELECT count(*) FROM users")).scalar() == 0
    finally:
        db.close()


def test_a_personal_desk_on_postgresql_keeps_as(personal_desk, cli, monkeypatch) -> None:
    code, out, err = run_as(
        cli,
        personal_desk.url("sara"),
        "--as",
        personal_desk.role("karim"),
        "article",
        "new",
        "--headline",
        "x",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["author"] == personal_desk.role("karim")
    monkeypatch.setenv("NEWSDESK_USER", "admin")
    db = open_database(personal_desk.url("sara"))
    try:
        assert acting_person(db, NamedUser("admin", "NEWSDESK_USER"), "x").name == "admin"
    finally:
        db.close()


@pytest.mark.gui
def test_the_desktop_app_acts_as_the_login_role(newsroom, frame, monkeypatch) -> None:
    from newsdesk.app import open_newsroom

    window = frame
    with pytest.raises(PermissionDeniedError, match="--as cannot change that"):
        open_newsroom(window, newsroom.url("sara"), newsroom.role("karim"))
    monkeypatch.setenv("NEWSDESK_USER", "admin")
    with pytest.raises(PermissionDeniedError, match="NEWSDESK_USER cannot change that"):
        open_newsroom(window, newsroom.url("sara"))
    monkeypatch.delenv("NEWSDESK_USER")
    with pytest.raises(PermissionDeniedError, match="is disabled"):
        open_newsroom(window, newsroom.url("gone"))
    assert not window.attached
    Settings(user="admin").save()  # ignored on a newsroom
    window._settings = None  # read again from the file
    assert window.settings.user == "admin"
    open_newsroom(window, newsroom.url("sara"))
    assert window.attached and window.person.name == newsroom.role("sara")


def test_a_role_that_may_not_read_the_marker_is_still_on_a_newsroom(newsroom, cli) -> None:
    admin_sql(f"REVOKE SELECT ON {PG_SCHEMA}.newsroom FROM {newsroom.role('sara')}")
    code, _out, err = run_as(
        cli, newsroom.url("sara"), "--as", newsroom.role("karim"), "article", "list"
    )
    assert code == 5 and "--as cannot change that" in err
