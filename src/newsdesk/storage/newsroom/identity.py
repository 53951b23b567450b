"""Who is connected, and whether the database is a newsroom: small reads other layers ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection

from newsdesk.storage.engine import Database
from newsdesk.storage.identity_reads import newsroom_values, session_user
from newsdesk.storage.reader import connection_reader

if TYPE_CHECKING:
    from newsdesk.storage.models import NewsroomRow


def newsroom_row(connection: Connection) -> NewsroomRow | None:
    """The newsroom row on this PostgreSQL connection, or None (no table yet, or no row)."""
    found = newsroom_values(connection_reader(connection))
    if found is None:
        return None
    from newsdesk.storage.models import NewsroomRow  # on a newsroom only: a desk needs no ORM

    return NewsroomRow(**found)


def newsroom_of(db: Database) -> NewsroomRow | None:
    """The database's newsroom row: None for SQLite and for a database not set up as a newsroom."""
    if db.is_sqlite:
        return None
    with db.engine.connect() as connection:
        return newsroom_row(connection)


def session_role(db: Database) -> str:
    """The PostgreSQL role this connection logged in as (`session_user`)."""
    with db.engine.connect() as connection:
        return session_user(connection_reader(connection))


def newsroom_settings_on(db: Database) -> frozenset[str] | None:
    """The settings a newsroom switched on (`server init --editors-publish-tickers on`), or None
    when the database is not a newsroom (a desk's own settings file decides there)."""
    if db.is_sqlite:
        return None
    with db.engine.connect() as connection:
        if newsroom_row(connection) is None:
            return None
        from newsdesk.storage.newsroom.rule_tables import settings_on

        return settings_on(connection)
