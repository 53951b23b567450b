"""What the database says about who is connected: newsroom or personal desk, and the login role.

A PostgreSQL database is a newsroom once its `newsroom` table has a row (written by
`newsdesk server init`); there the person acting is the role PostgreSQL authenticated. A SQLite
file, or a PostgreSQL database without that row, is a personal desk.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import ProgrammingError

from newsdesk.storage.engine import Database
from newsdesk.storage.login import LoginTarget
from newsdesk.storage.newsroom.identity import newsroom_row


@dataclass(frozen=True)
class Newsroom:
    """A newsroom as this desk reaches it."""

    server: str  # host/database, as people read it
    group_prefix: str  # "" when the newsroom row cannot be read by this role


def reached_newsroom(db: Database) -> Newsroom | None:
    """The newsroom `db` is, as this desk reaches it, or None for a personal desk."""
    if db.is_sqlite:
        return None
    with db.engine.connect() as connection:
        server = _server(connection.connection.dbapi_connection)
        try:
            row = newsroom_row(connection)
        except ProgrammingError:
            # A role that may not read the marker is on a newsroom that hides it: fail closed.
            return Newsroom(server, "")
        return Newsroom(server, row.group_prefix) if row is not None else None


def _server(dbapi_connection: object) -> str:
    info = getattr(dbapi_connection, "info", None)

    def value(name: str) -> str:
        return str(getattr(info, name, "") or "")

    return LoginTarget(value("user"), value("host"), value("port"), value("dbname")).server
