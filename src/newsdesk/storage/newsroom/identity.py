"""Who is connected, and whether the database is a newsroom: small reads other layers ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from newsdesk.storage.engine import Database

if TYPE_CHECKING:
    from newsdesk.storage.models import NewsroomRow

_ROW = text(
    "SELECT id, group_prefix, owner_role, initialised_at, initialised_by FROM newsroom WHERE id = 1"
)


def newsroom_row(connection: Connection) -> NewsroomRow | None:
    """The newsroom row on this PostgreSQL connection, or None (no table yet, or no row)."""
    if connection.dialect.name != "postgresql":
        return None
    if connection.execute(text("SELECT to_regclass('newsroom')")).scalar() is None:
        return None
    found = connection.execute(_ROW).first()
    if found is None:
        return None
    from newsdesk.storage.models import NewsroomRow  # on a newsroom only: a desk needs no ORM

    return NewsroomRow(**found._asdict())


def newsroom_of(db: Database) -> NewsroomRow | None:
    """The database's newsroom row: None for SQLite and for a database not set up as a newsroom."""
    if db.is_sqlite:
        return None
    with db.engine.connect() as connection:
        return newsroom_row(connection)


def session_role(db: Database) -> str:
    """The PostgreSQL role this connection logged in as (`session_user`)."""
    with db.engine.connect() as connection:
        return str(connection.execute(text("SELECT session_user")).scalar_one())


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
