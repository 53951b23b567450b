"""`newsdesk server init` makes a shared single-role database a newsroom in place, losing
nothing, and is safe to run again: a re-run refreshes what a Newsdesk upgrade changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.cli.main import main
from newsdesk.domain.article import ArticleContent
from newsdesk.errors import PermissionDeniedError
from newsdesk.services.articles import ArticleService
from newsdesk.services.tickers import TickerService
from newsdesk.services.users import add_person, disable_person, ensure_first_admin
from newsdesk.settings import Settings
from newsdesk.storage.newsroom.names import default_prefix
from newsdesk.storage.opening import open_database
from newsroom_support import Newsroom, empty_schema, single_role_desk

pytestmark = pytest.mark.postgres
NEW_TABLES = {"newsroom_steps", "newsroom_edits", "newsroom_grants", "newsroom_settings"}


@pytest.fixture
def plain() -> Iterator[Newsroom]:
    """A shared database with one role for everyone and a working history, not a newsroom."""
    with empty_schema() as room:
        single_role_desk(room)
        db = room.open(None)
        try:
            admin = room.person("admin")
            add_person(db, admin, room.name("karim"), "chief")
            add_person(db, admin, room.name("gone"), "editor")
            disable_person(db, admin, room.name("gone"))
            sara = ArticleService(db, room.person("sara"))
            karim = ArticleService(db, room.person("karim"))
            article = sara.create(ArticleContent("قبل", desk="national"))
            sara.add_note(article.id, "before")
            sara.take_step(article.id, "submit")
            karim.take_step(article.id, "claim")
            karim.take_step(article.id, "approve")
            TickerService(db, room.person("sara")).add("خبر", channel="site")
        finally:
            db.close()
        yield room


def init(room: Newsroom, *options: str) -> int:
    return room.run(None, "server", "init", "--prefix", room.prefix, *options)


def groups(room: Newsroom) -> dict[str, list[str]]:
    with room.connect(None) as conn:
        rows = conn.execute(
            "SELECT r.rolname, g.rolname FROM pg_auth_members m"
            " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member"
            " WHERE strpos(r.rolname, %s) > 0 AND NOT r.rolname LIKE 'nd\\_%%' ORDER BY 1, 2",
            (room.token,),
        ).fetchall()
    found: dict[str, list[str]] = {}
    for person, group in rows:
        found.setdefault(person, []).append(group)
    return found


def test_an_existing_database_becomes_a_newsroom_losing_nothing(plain: Newsroom) -> None:
    before = plain.contents()
    assert init(plain, "--admin", plain.name("karim")) == 0
    after = plain.contents()
    assert set(after) - set(before) == NEW_TABLES
    assert after["newsroom"] == [] or len(after["newsroom"]) == 1
    changed = {t for t in before if before[t] != after[t]}
    assert changed == {"newsroom", "users"}  # the row that says so, and karim made an admin
    karim_before = [row for row in before["users"] if plain.name("karim") in row[0]]
    karim_after = [row for row in after["users"] if plain.name("karim") in row[0]]
    assert [r for r in before["users"] if r not in karim_before] == [
        r for r in after["users"] if r not in karim_after
    ]
    assert "'admin'" in karim_after[0][2]
    p = plain.prefix
    assert groups(plain) == {
        plain.name("admin"): [f"{p}_admin"],
        plain.name("karim"): [f"{p}_admin"],
        plain.name("sara"): [f"{p}_editor"],
    }
    with plain.connect(None) as conn:
        logins = dict(
            conn.execute(
                "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(%s)",
                ([plain.name(w) for w in ("admin", "sara", "karim", "gone")],),
            ).fetchall()
        )
        owners = conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = %s", (plain.schema,)
        ).fetchall()
        functions = conn.execute(
            "SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc"
            " WHERE pronamespace = %s::regnamespace",
            (plain.schema,),
        ).fetchall()
    assert logins == {plain.name("admin"): True, plain.name("sara"): True,
                      plain.name("karim"): True, plain.name("gone"): False}  # fmt: skip
    assert owners == [(f"{p}_owner",)] and functions == [(f"{p}_owner",)]


def test_running_it_again_changes_nothing_and_restores_what_was_removed(plain: Newsroom) -> None:
    assert init(plain, "--admin", plain.name("admin")) == 0
    first = plain.contents()
    with plain.connect(None) as conn:
        conn.execute("DROP TRIGGER articles_aa_check ON articles")
        conn.execute(f"GRANT DELETE ON audit_log TO {plain.prefix}_editor")
        conn.commit()
    assert init(plain) == 0
    assert plain.contents() == first
    with plain.connect(None) as conn:
        assert conn.execute(
            "SELECT count(*) FROM pg_trigger WHERE tgname = 'articles_aa_check'"
            " AND tgrelid = 'articles'::regclass"
        ).fetchone() == (1,)
        assert conn.execute(
            "SELECT has_table_privilege(%s, 'audit_log', 'DELETE')", (f"{plain.prefix}_editor",)
        ).fetchone() == (False,)


def test_the_same_people_work_on_after_the_upgrade(plain: Newsroom) -> None:
    assert init(plain, "--admin", plain.name("admin")) == 0
    db = plain.open("karim")
    try:
        karim = ArticleService(db, plain.person("karim"))
        article = karim.summaries(status="approved")[0]
        assert karim.take_step(article.id, "publish").status.value == "published"
    finally:
        db.close()


@pytest.mark.parametrize(
    ("first", "who", "options", "code", "message"),
    [
        (True, "sara", (), 5, "may not create roles"),
        (True, None, ("--prefix", "nd_other"), 7, "is already the newsroom"),
        (False, None, ("--prefix", "Bad-Prefix"), 7, "is not a usable group prefix"),
    ],
)
def test_refusals(
    plain: Newsroom, capsys: pytest.CaptureFixture[str], first: bool, who: str | None,
    options: tuple[str, ...], code: int, message: str,
) -> None:  # fmt: skip
    if first:
        assert init(plain, "--admin", plain.name("admin")) == 0
    before = plain.contents()
    capsys.readouterr()
    argv = ("server", "init", *options) if options else ("server", "init")
    assert plain.run(who, *argv) == code
    out, err = capsys.readouterr()
    assert (out, err.count("\n")) == ("", 1) and message in err
    assert plain.contents() == before


def test_a_newsroom_needs_an_admin(capsys: pytest.CaptureFixture[str]) -> None:
    with empty_schema() as room:
        assert init(room) == 7
        assert "server init --admin NAME" in capsys.readouterr().err
        with room.connect(None) as conn:
            assert conn.execute(
                "SELECT count(*) FROM pg_roles WHERE strpos(rolname, %s) > 0", (room.token,)
            ).fetchone() == (0,)


def test_sqlite_is_a_personal_desk(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "desk.db"), "--create", "server", "init"]) == 7
    assert "a SQLite file is a personal desk" in capsys.readouterr().err


def test_a_mistyped_command_lists_server(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["servr", "init"])
    assert "'server'" in capsys.readouterr().err


def test_the_default_prefix_comes_from_the_database() -> None:
    assert default_prefix("newsroom", "public") == "newsroom"
    assert default_prefix("Le-Matin 2", "desk") == "le_matin_2_desk"
    assert default_prefix("2026", "public") == "n_2026"
    assert len(default_prefix("x" * 80, "public")) == 40


def test_editors_put_tickers_on_air_only_when_the_newsroom_says_so(plain: Newsroom) -> None:
    assert init(plain, "--admin", plain.name("admin")) == 0
    db = plain.open("sara")
    try:
        # A desk's own settings file cannot widen the rules: on a newsroom it is not asked.
        widened = TickerService(db, plain.person("sara"), Settings(editors_publish_tickers=True))
        item = widened.add("خبر عاجل", channel="site")
        with pytest.raises(PermissionDeniedError, match="may not approve ticker items"):
            widened.approve(item.id, force=True)
        assert init(plain, "--editors-publish-tickers", "on") == 0
        plain_desk = TickerService(db, plain.person("sara"), Settings())
        assert plain_desk.approve(item.id, force=True).approver == plain.name("sara")
        assert init(plain, "--editors-publish-tickers", "off") == 0
        with pytest.raises(PermissionDeniedError):
            plain_desk.withdraw(item.id)
    finally:
        db.close()


def test_a_database_owner_who_is_not_a_superuser_sets_it_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """PostgreSQL 15: CREATEROLE and owning the tables is all `server init` needs."""
    with empty_schema() as room:
        dba = room.name("dba")
        with room.connect(None) as conn:
            conn.execute(f'CREATE ROLE "{dba}" LOGIN CREATEROLE')
            conn.execute(f'ALTER SCHEMA "{room.schema}" OWNER TO "{dba}"')
            conn.commit()
        db = open_database(room.url_as("dba"))  # the tables are the owner's from the start
        try:
            ensure_first_admin(db, room.name("admin"))
        finally:
            db.close()
        assert room.run("dba", "server", "init", "--prefix", room.prefix) == 0
        assert room.run("dba", "server", "init") == 0
        assert room.run("admin", "user", "add", room.name("sara"), "--role", "editor") == 0
        assert room.run("admin", "user", "role", room.name("sara"), "chief") == 0
        assert room.run("admin", "user", "disable", room.name("sara")) == 0
        capsys.readouterr()
        assert room.run("sara", "article", "list") == 6  # she can no longer log in
        assert "not permitted to log in" in capsys.readouterr().err
