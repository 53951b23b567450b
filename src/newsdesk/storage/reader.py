"""Plain SQL on any connection: one small interface over SQLite's cursor, psycopg and SQLAlchemy.

The hot reads (a page of the list, one article, a search) are written once, in SQL with
`:name` parameters, against `Reader`. SQLite's driver takes that style as it is; psycopg takes
`%(name)s`, into which `pyformat` rewrites it. Nothing here imports SQLAlchemy: the command
line reads a PostgreSQL newsroom through psycopg alone (see storage.pg_direct).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Connection

Params = Mapping[str, Any]
# A `:name` parameter; not the second colon of a `::` cast, nor a colon inside a word.
_NAMED = re.compile(r"(?<![:\w]):(\w+)")


class Reader(Protocol):
    """Runs one statement and gives its rows as tuples."""

    dialect: str  # "sqlite" or "postgresql"
    cache_key: object  # what per-database caches are kept under (weakly referenced)

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        """Every row of `sql` (with `:name` parameters) run with `params`."""
        ...


@cache
def pyformat(sql: str) -> str:
    """`sql` with its `:name` parameters written as psycopg's `%(name)s` (and `%` doubled)."""
    return _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))


class SqliteReader:
    """A Reader on SQLite's own cursor: no SQLAlchemy between the query and its rows."""

    dialect = "sqlite"

    def __init__(self, cursor: sqlite3.Cursor, cache_key: object):
        self.cursor = cursor
        self.cache_key = cache_key

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        """Every row, as the driver gives it."""
        return self.cursor.execute(sql, dict(params or {})).fetchall()


class DriverReader:
    """A Reader on a PostgreSQL DB-API connection (psycopg), in the connection's transaction."""

    dialect = "postgresql"

    def __init__(self, connection: Any, cache_key: object):
        self.connection = connection
        self.cache_key = cache_key

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        """Every row, as psycopg gives it (times and flags already typed)."""
        with self.connection.cursor() as cursor:
            cursor.execute(pyformat(sql), dict(params or {}))
            return cursor.fetchall() if cursor.description is not None else []


def connection_reader(connection: Connection) -> Reader:
    """The Reader under a SQLAlchemy connection: its driver's, in the connection's transaction."""
    driver = connection.connection.driver_connection
    if connection.dialect.name == "sqlite":
        assert isinstance(driver, sqlite3.Connection)
        return SqliteReader(driver.cursor(), connection.engine)
    # Through SQLAlchemy's execution, so that the connection's transaction begins as it would.
    return _SqlAlchemyReader(connection)


class _SqlAlchemyReader:
    dialect = "postgresql"

    def __init__(self, connection: Connection):
        self.connection = connection
        self.cache_key: object = connection.engine

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        result = self.connection.exec_driver_sql(pyformat(sql), dict(params or {}))
        return [tuple(row) for row in result] if result.returns_rows else []
