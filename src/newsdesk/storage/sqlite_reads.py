"""The two hottest reads on SQLite, through the driver directly.

Showing one article or one page of a list is what every click does. On SQLite the query itself
takes about 50 µs, and SQLAlchemy's execution and result machinery would add several times that,
so these two reads use the driver's cursor on the same pooled connection and convert the few
typed columns themselves. PostgreSQL, and every other query, go through SQLAlchemy as usual; the
tests run both paths against the same expectations.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Boolean, Connection

from newsdesk.storage.models import ArticleRow
from newsdesk.storage.types import UTCDateTime
from newsdesk.timeutil import as_utc

_TABLE = ArticleRow.__table__
ARTICLE_NAMES = tuple(column.name for column in _TABLE.columns)
# The columns of a list row, in order: the one list both read paths select (see repositories).
SUMMARY_NAMES = (
    "id",
    "headline",
    "language",
    "status",
    "version",
    "desk",
    "author",
    "urgency",
    "breaking",
    "updated_at",
    "held_by",
    "word_count",
    "lint_errors",
    "conflict",
)
_TIMES = frozenset(c.name for c in _TABLE.columns if isinstance(c.type, UTCDateTime))
_FLAGS = frozenset(c.name for c in _TABLE.columns if isinstance(c.type, Boolean))
# How each summary column's stored value becomes its Python value (most are taken as stored).
_SUMMARY_TYPES = tuple(
    "time" if name in _TIMES else "flag" if name in _FLAGS else "" for name in SUMMARY_NAMES
)
_BY_ID = f"SELECT {', '.join(ARTICLE_NAMES)} FROM articles WHERE id = ?"


def driver_cursor(connection: Connection) -> sqlite3.Cursor | None:
    """A cursor of the SQLite driver under this connection, or None on another database."""
    if connection.dialect.name != "sqlite":
        return None
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver.cursor()


def _time(value: str | None) -> datetime | None:
    return as_utc(datetime.fromisoformat(value)) if value else None


def article_by_id(cursor: sqlite3.Cursor, article_id: str) -> SimpleNamespace | None:
    """The article row with this id, with attribute access like a SQLAlchemy row."""
    values = cursor.execute(_BY_ID, (article_id,)).fetchone()
    if values is None:
        return None
    row = dict(zip(ARTICLE_NAMES, values, strict=True))
    for name in _TIMES:
        row[name] = _time(row[name])
    for name in _FLAGS:
        row[name] = bool(row[name])
    return SimpleNamespace(**row)


def summary_page(
    cursor: sqlite3.Cursor,
    filters: dict[str, str],
    limit: int,
    offset: int,
    order: str = "updated_at",
    descending: bool = True,
) -> list[tuple[Any, ...]]:
    """One page of summary rows (SUMMARY_NAMES order); `order` is a checked column name."""
    direction = "DESC" if descending else "ASC"
    where = " AND ".join(f"{name} = ?" for name in filters)
    sql = (
        f"SELECT {', '.join(SUMMARY_NAMES)} FROM articles"
        + (f" WHERE {where}" if where else "")
        + f" ORDER BY {order} {direction}, id {direction} LIMIT ? OFFSET ?"
    )
    rows = cursor.execute(sql, (*filters.values(), limit, offset)).fetchall()
    return [
        tuple(
            _time(value) if kind == "time" else bool(value) if kind == "flag" else value
            for kind, value in zip(_SUMMARY_TYPES, row, strict=True)
        )
        for row in rows
    ]
