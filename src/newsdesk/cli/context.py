"""What every command needs: the parsed options, the open database and the acting user."""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from newsdesk.settings import (
    NamedUser,
    Settings,
    default_database_url,
    fallback_user,
    login_name,
    named_user,
)

if TYPE_CHECKING:
    from newsdesk.domain.people import Person
    from newsdesk.services.direct_desk import DirectDesk
    from newsdesk.storage.engine import Database
    from newsdesk.storage.reader import Reader


@dataclass
class CommandContext:
    """The options of one command run, with the database opened on first use."""

    args: argparse.Namespace
    settings: Settings = field(default_factory=Settings.load)

    @property
    def as_json(self) -> bool:
        """Whether output should be machine-readable JSON."""
        return bool(getattr(self.args, "json", False))

    @property
    def visual(self) -> bool:
        """Whether Arabic should be printed in visual order for terminals without bidi."""
        return bool(getattr(self.args, "visual", False))

    @property
    def named(self) -> NamedUser | None:
        """Who --as or NEWSDESK_USER names for this run, if anyone."""
        return named_user(getattr(self.args, "as_user", None))

    @property
    def database_url(self) -> str:
        """The database --db, NEWSDESK_DB or the settings name; empty for the default file."""
        return getattr(self.args, "db", None) or default_database_url(self.settings)

    @property
    def may_create(self) -> bool:
        """Whether a missing SQLite file may be made: asked for, or the default database."""
        asked = getattr(self.args, "create", False) or getattr(self.args, "creates_database", False)
        return bool(asked) or not self.database_url

    def open_database(self) -> Database:
        """Open and migrate the named database; a missing file named by mistake is refused."""
        from newsdesk.cli.login import ask_at_terminal
        from newsdesk.storage.opening import MissingDatabaseError, open_database

        try:
            return open_database(
                self.database_url, password=ask_at_terminal, create=self.may_create
            )
        except MissingDatabaseError as missing:
            where = shlex.quote(str(missing.path))
            advice = f"to create one there: newsdesk db init --db {where} (or add --create)"
            raise MissingDatabaseError(missing.path, advice) from None

    @cached_property
    def db(self) -> Database:
        """The database named by --db / NEWSDESK_DB / settings, opened, migrated and settled.

        On a newsroom a foreign --as is refused here, before any command works.
        """
        from newsdesk.services.identity import open_desk
        from newsdesk.services.newsroom_settings import with_newsroom_settings

        database = self.open_database()
        try:
            open_desk(database, self.named, login_name())
            with_newsroom_settings(database, self.settings)  # the newsroom's, shared by all desks
        except BaseException:
            database.close()
            raise
        return database

    @cached_property
    def actor(self) -> Person:
        """The acting user: the login role on a newsroom; else --as, NEWSDESK_USER, settings."""
        from newsdesk.services.identity import acting_person

        return acting_person(self.db, self.named, fallback_user(self.settings))

    @cached_property
    def direct(self) -> DirectDesk | None:
        """On PostgreSQL, the database read through psycopg alone, when reading settles it.

        Opening it settles the desk as `db` does (a foreign --as refused on a newsroom, the
        newsroom's settings laid over this desk's); None means `db` must open it.
        """
        from newsdesk.services.direct_desk import open_direct_desk

        return open_direct_desk(self.database_url, self.named, self.settings)

    @contextmanager
    def reading(self, *, as_person: bool = True) -> Iterator[Reader]:
        """A Reader for a command that only reads, the acting person settled first if asked.

        On PostgreSQL it is psycopg's own connection when that can be; else the opened
        database's connection.
        """
        direct = self.direct
        if direct is None:
            from newsdesk.storage.reader import connection_reader

            if as_person:
                self.actor  # noqa: B018 -- an unknown --as is refused before anything is read
            with self.db.read_connection() as connection:
                yield connection_reader(connection)
            return
        with direct.faults_told():
            if as_person and "actor" not in self.__dict__:
                self.__dict__["actor"] = direct.person(self.named, fallback_user(self.settings))
            yield direct.reader

    def close(self) -> None:
        """Release the database if it was opened."""
        if self.__dict__.get("direct") is not None:
            self.__dict__["direct"].close()
        if "db" in self.__dict__:
            self.db.close()
