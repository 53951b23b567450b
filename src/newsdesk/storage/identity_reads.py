"""Who is connected and whether the database is a newsroom, read through a Reader.

The SQL is written once here, for the reads on an open Database (storage.identity,
storage.newsroom.identity) and for the command line's psycopg connection alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsdesk.storage.login_target import LoginTarget
from newsdesk.storage.reader import Reader

NEWSROOM_TABLE = "SELECT to_regclass('newsroom')"
NEWSROOM_NAMES = ("id", "group_prefix", "owner_role", "initialised_at", "initialised_by")
NEWSROOM_ROW = f"SELECT {', '.join(NEWSROOM_NAMES)} FROM newsroom WHERE id = 1"
SESSION_USER = "SELECT session_user"


@dataclass(frozen=True)
class Newsroom:
    """A newsroom as this desk reaches it."""

    server: str  # host/database, as people read it
    group_prefix: str  # "" when the newsroom row cannot be read by this role


def newsroom_values(reader: Reader) -> dict[str, Any] | None:
    """The newsroom row's columns on PostgreSQL, or None (SQLite, no table yet, or no row)."""
    if reader.dialect != "postgresql" or reader.rows(NEWSROOM_TABLE)[0][0] is None:
        return None
    found = reader.rows(NEWSROOM_ROW)
    return dict(zip(NEWSROOM_NAMES, found[0], strict=True)) if found else None


def session_user(reader: Reader) -> str:
    """The PostgreSQL role this connection logged in as (`session_user`)."""
    return str(reader.rows(SESSION_USER)[0][0])


def server_name(dbapi_connection: object) -> str:
    """host/database of a psycopg connection, as people read it."""
    info = getattr(dbapi_connection, "info", None)

    def value(name: str) -> str:
        return str(getattr(info, name, "") or "")

    return LoginTarget(value("user"), value("host"), value("port"), value("dbname")).server
