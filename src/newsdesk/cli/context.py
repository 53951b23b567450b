"""What every command needs: the parsed options, the open database and the acting user."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from functools import cached_property

from newsdesk.domain.people import Person
from newsdesk.services.users import ensure_first_admin, find_person
from newsdesk.settings import Settings, default_database_url, default_user, login_name
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database


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

    @cached_property
    def db(self) -> Database:
        """The database named by --db / NEWSDESK_DB / settings, opened and migrated."""
        url = getattr(self.args, "db", None) or default_database_url(self.settings)
        database = open_database(url)
        ensure_first_admin(database, login_name())
        return database

    @cached_property
    def actor(self) -> Person:
        """The acting user named by --as / NEWSDESK_USER / settings / the login name."""
        name = getattr(self.args, "as_user", None) or default_user(self.settings)
        return find_person(self.db, name)

    def close(self) -> None:
        """Release the database if it was opened."""
        if "db" in self.__dict__:
            self.db.close()
