"""A newsroom for one test: a schema of its own made a newsroom by `server init`, with login
roles of unique names (role names are cluster-wide), all dropped afterwards even on failure.

People: `admin` (named by server init --admin), `sara` (an editor, added before the database
became a newsroom, so init gives her a login role) and `karim` (a chief, added by the admin
with `user add` on the newsroom). Their role names are `<who>_<token>`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from conftest import PG_BASE_URL
from dbcontents import Contents, contents_at
from newsdesk.cli.main import main
from newsdesk.domain.people import Person, Role
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database

# The console script's entry point (`-m newsdesk.cli.main` would rename its logger __main__).
ENTRY = "import sys; from newsdesk.cli.main import main; sys.exit(main())"
ROLES = {"admin": Role.ADMIN, "sara": Role.EDITOR, "karim": Role.CHIEF}


def libpq(url: str) -> str:
    """A SQLAlchemy URL as libpq takes it."""
    return url.replace("postgresql+psycopg://", "postgresql://")


@dataclass
class Newsroom:
    """One newsroom: its schema, its prefix and the people in it."""

    schema: str
    token: str

    @property
    def prefix(self) -> str:
        """The group prefix given to server init."""
        return f"nd_{self.token}"

    @property
    def url(self) -> str:
        """The schema's URL as the superuser who owns the database (works by hand)."""
        return self.url_as(None)

    def name(self, who: str) -> str:
        """The role (and user) name of one of the test's people."""
        return f"{who}_{self.token}"

    def person(self, who: str) -> Person:
        """One of the test's people as the app's Person."""
        return Person(self.name(who), ROLES.get(who, Role.EDITOR))

    def url_as(self, who: str | None) -> str:
        """The schema's URL, logged in as one person (None: as the superuser)."""
        base = make_url(PG_BASE_URL)
        if who is not None:
            base = base.set(username=self.name(who))
        options = f"?options=-csearch_path%3D{self.schema}"
        return base.render_as_string(hide_password=False) + options

    def connect(self, who: str | None) -> psycopg.Connection[Any]:
        """A raw connection to the schema as one person (None: the superuser)."""
        return psycopg.connect(libpq(self.url_as(who)), connect_timeout=5)

    def open(self, who: str | None) -> Database:
        """The app's Database, connected as one person."""
        return open_database(self.url_as(who))

    def contents(self) -> Contents:
        """Every row of every table, read as the superuser (who sees every row)."""
        return contents_at(self.url)

    def cli(self, who: str, *argv: str, as_user: str | None = None) -> tuple[int, str, str]:
        """`newsdesk` in a process of its own, logged in as `who`, acting as `as_user` (or who)."""
        return self._process(who, "--as", self.name(as_user or who), *argv)

    def cli_env(self, who: str, *argv: str) -> tuple[int, str, str]:
        """`newsdesk` in a process of its own, logged in as `who`, with no --as given."""
        return self._process(who, *argv)

    def _process(self, who: str, *argv: str) -> tuple[int, str, str]:
        run = subprocess.run(
            [sys.executable, "-c", ENTRY, "--db", self.url_as(who), *argv],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PGCONNECT_TIMEOUT": "5"},
        )
        return run.returncode, run.stdout, run.stderr

    def run(self, who: str | None, *argv: str) -> int:
        """`newsdesk` in this process (quicker), logged in and acting as `who`."""
        acting = [] if who is None else ["--as", self.name(who)]
        return main(["--db", self.url_as(who), *acting, *argv])


@contextmanager
def empty_schema() -> Iterator[Newsroom]:
    """A fresh schema (not a newsroom yet); it and every role carrying its token go after."""
    token = uuid.uuid4().hex[:10]
    room = Newsroom(f"newsroom_{token}", token)
    with superuser() as conn:
        conn.execute(f'CREATE SCHEMA "{room.schema}"')
    try:
        yield room
    finally:
        drop(room)


def single_role_desk(room: Newsroom) -> None:
    """The schema as a shared database before it became a newsroom: admin and sara in it."""
    db = room.open(None)
    try:
        ensure_first_admin(db, room.name("admin"))
        add_person(db, room.person("admin"), room.name("sara"), Role.EDITOR.value)
    finally:
        db.close()


@contextmanager
def newsroom_for_test() -> Iterator[Newsroom]:
    """Make a newsroom in a fresh schema; drop the schema and every role made for it after."""
    with empty_schema() as room:
        single_role_desk(room)
        assert room.run(None, "server", "init", "--prefix", room.prefix, "--admin",
                        room.name("admin")) == 0  # fmt: skip
        assert room.run("admin", "user", "add", room.name("karim"), "--role", "chief") == 0
        yield room


def superuser() -> psycopg.Connection[Any]:
    """An autocommit connection to the test database as the superuser."""
    return psycopg.connect(libpq(PG_BASE_URL), autocommit=True, connect_timeout=5)


def drop(room: Newsroom) -> None:
    """Drop the newsroom's schema and every role whose name carries its token."""
    with superuser() as conn:
        roles = [
            name
            for (name,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE strpos(rolname, %s) > 0", (room.token,)
            )
        ]
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE usename = ANY(%s) AND pid <> pg_backend_pid()",
            (roles,),
        )
        conn.execute(f'DROP SCHEMA IF EXISTS "{room.schema}" CASCADE')
        for name in roles:
            conn.execute(f'DROP OWNED BY "{name}" CASCADE')
        # People first, then groups, then the owner (which holds ADMIN OPTION on the groups).
        for name in sorted(roles, key=lambda n: (n.endswith("_owner"), n.startswith("nd_"))):
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


def desk_window(qtbot, room: Newsroom, who: str, folder: Path) -> Any:
    """A person's main window on the newsroom, logged in as themselves, shown."""
    from newsdesk.gui.mainwindow import MainWindow
    from newsdesk.services.recovery import RecoveryStore

    db = room.open(who)
    window = MainWindow(db, room.person(who), recovery=RecoveryStore(folder / f"{who}-rec"))
    qtbot.addWidget(
        window,
        before_close_func=lambda w: ([e.discard_changes() for e in w.editors()], db.close()),
    )
    window.show()
    return window
