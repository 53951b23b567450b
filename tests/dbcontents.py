"""Everything a database holds, row by row: "nothing changed" means equal contents, not counts."""

from __future__ import annotations

from sqlalchemy import MetaData, Table, inspect, select

from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database

Contents = dict[str, list[tuple[str, ...]]]


def contents(db: Database) -> Contents:
    """Every row of every table in the database, the search index's own included, in key order.

    Tables are read from the database itself, not from the models, so a table written behind
    the models' back is seen too. Values are compared by their repr, which keeps their types.
    """
    found: Contents = {}
    with db.reading() as session:
        connection = session.connection()
        for name in sorted(inspect(connection).get_table_names()):
            table = Table(name, MetaData(), autoload_with=connection)
            keys = list(table.primary_key.columns) or list(table.columns)
            rows = connection.execute(select(table).order_by(*keys)).all()
            found[name] = [tuple(map(repr, row)) for row in rows]
    return found


def contents_at(url: str) -> Contents:
    """The contents of the database at `url`, read through a connection of its own."""
    db = open_database(url, migrate=False)
    try:
        return contents(db)
    finally:
        db.close()
