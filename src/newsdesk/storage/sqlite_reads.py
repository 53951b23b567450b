"""The two hottest reads on SQLite, through the driver directly.

Showing one article or one page of a list is what every click does. On SQLite the query itself
takes about 50 µs, and SQLAlchemy's execution and result machinery would add several times that,
so these two reads use the driver's cursor on the same pooled connection and convert the few
typed columns themselves. PostgreSQL, and every other query, go through SQLAlchemy as usual; the
tests run both paths against the same expectations.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection

from newsdesk.storage.models import ArticleRow
from newsdesk.storage.types import UTCDateTime
from newsdesk.timeutil import as_utc

_TABLE = ArticleRow.__table__
ARTICLE_NAMES = tuple(column.name for column in _TABLE.columns)
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
_BY_ID = f"SELECT {', '.join(ARTICLE_NAMES)} FROM articles WHERE id = ?"


def driver_cursor(connection: Connection) -> sqlite3.Cursor | None:
    """A cursor of the SQLite driver under this connection, or None on another database."""
    if connection.dialect.name != "sqlite":
        return None
    return connection.connection.driver_connection.cursor()


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
    row["breaking"] = bool(row["breaking"])
    row["conflict"] = bool(row["conflict"])
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
        (
            *row[:8],
            bool(row[8]),
            datetime.fromisoformat(row[9]).replace(tzinfo=UTC),
            *row[10:13],
            bool(row[13]),
        )
        for row in rows
    ]
