"""What the database says about who is connected: newsroom or personal desk, and the login role.

A PostgreSQL database is a newsroom once its `newsroom` table has a row (written by
`newsdesk server init`); there the person acting is the role PostgreSQL authenticated. A SQLite
file, or a PostgreSQL database without that row, is a personal desk.
"""

from __future__ import annotations

from sqlalchemy.exc import ProgrammingError

from newsdesk.storage.engine import Database
from newsdesk.storage.identity_reads import Newsroom, newsroom_values, server_name
from newsdesk.storage.reader import connection_reader

__all__ = ["Newsroom", "reached_newsroom"]


def reached_newsroom(db: Database) -> Newsroom | None:
    """The newsroom `db` is, as this desk reaches it, or None for a personal desk."""
    if db.is_sqlite:
        return None
    with db.engine.connect() as connection:
        server = server_name(connection.connection.dbapi_connection)
        try:
            row = newsroom_values(connection_reader(connection))
        except ProgrammingError:
            # A role that may not read the marker is on a newsroom that hides it: fail closed.
            return Newsroom(server, "")
        return Newsroom(server, row["group_prefix"]) if row is not None else None
