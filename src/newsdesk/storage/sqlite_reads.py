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

from sqlalchemy import Connection

from newsdesk.domain.article import Status
from newsdesk.timeutil import as_utc

STATUS_NAMES = tuple(status.value for status in Status)

# The columns of `articles` in the model's order (a test holds this to storage.models): written
# out, so that a command which only reads needs neither the ORM nor the models.
ARTICLE_NAMES = (
    "id", "headline", "language", "kicker", "standfirst", "body", "byline", "dateline", "desk",
    "tags", "urgency", "breaking", "embargo_at", "status", "restore_status", "version", "author",
    "created_at", "updated_at", "updated_by", "published_at", "held_by", "held_since",
    "word_count", "lint_errors", "conflict", "last_step", "last_from_status", "source_sender",
)  # fmt: skip
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
# The UTC times and the flags among them, stored as text and as 0/1 (also held to the models).
TIME_NAMES = frozenset(("embargo_at", "created_at", "updated_at", "published_at", "held_since"))
FLAG_NAMES = frozenset(("breaking", "conflict"))
_TIMES, _FLAGS = TIME_NAMES, FLAG_NAMES
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
    columns = ", ".join(SUMMARY_NAMES)
    ordering = f" ORDER BY {order} {direction}, id {direction}"
    params: tuple[Any, ...] = tuple(filters.values())
    if order == "updated_at" and "desk" in filters and "status" not in filters:
        # The desk's index runs (desk, status, updated_at): one branch per status each reads at
        # most a page from it, where one query over the desk would sort all its articles.
        branch = f"SELECT {columns} FROM articles WHERE {where} AND status = ?{ordering} LIMIT ?"
        sql = (
            " UNION ALL ".join(f"SELECT * FROM ({branch})" for _ in STATUS_NAMES)
            + f"{ordering} LIMIT ? OFFSET ?"
        )
        params = tuple(v for status in STATUS_NAMES for v in (*params, status, limit + offset))
    else:
        sql = (
            f"SELECT {columns} FROM articles"
            + (f" WHERE {where}" if where else "")
            + f"{ordering} LIMIT ? OFFSET ?"
        )
    rows = cursor.execute(sql, (*params, limit, offset)).fetchall()
    return [
        tuple(
            _time(value) if kind == "time" else bool(value) if kind == "flag" else value
            for kind, value in zip(_SUMMARY_TYPES, row, strict=True)
        )
        for row in rows
    ]


def ids_with_prefix(cursor: sqlite3.Cursor, prefix: str, limit: int = 2) -> list[str]:
    """Up to `limit` ids that start with `prefix` exactly, found on the primary key's index."""
    # A range on the index rather than LIKE, which SQLite cannot answer from it (LIKE ignores
    # case): a million ids are not scanned to find the one an 8-character prefix names.
    upper = prefix + "\U0010ffff"
    rows = cursor.execute(
        "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
        (prefix, upper, limit),
    ).fetchall()
    return [str(row[0]) for row in rows]
