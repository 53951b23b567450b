"""The list page and one article by id in plain SQL on any database, read without the models.

sqlite_reads goes through SQLite's own cursor; this is the same two reads through SQLAlchemy's
core for PostgreSQL, whose driver already gives times and flags their Python types (times are
brought to UTC, as the models' column type does).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, Row, bindparam, text

from newsdesk.storage.sqlite_reads import ARTICLE_NAMES, SUMMARY_NAMES, TIME_NAMES
from newsdesk.timeutil import as_utc

_BY_ID = text(f"SELECT {', '.join(ARTICLE_NAMES)} FROM articles WHERE id = :id")
_SUMMARY_TIMES = tuple(i for i, name in enumerate(SUMMARY_NAMES) if name in TIME_NAMES)


def plain_page(
    connection: Connection,
    filters: dict[str, str],
    limit: int,
    offset: int,
    order: str = "updated_at",
    descending: bool = True,
) -> list[tuple[Any, ...]]:
    """One page of summary rows (SUMMARY_NAMES order); `order` is a checked column name."""
    direction = "DESC" if descending else "ASC"
    where = " AND ".join(f"{name} = :{name}" for name in filters)
    sql = text(
        f"SELECT {', '.join(SUMMARY_NAMES)} FROM articles"
        + (f" WHERE {where}" if where else "")
        + f" ORDER BY {order} {direction}, id {direction} LIMIT :limit OFFSET :offset"
    )
    rows = connection.execute(sql, {**filters, "limit": limit, "offset": offset}).all()
    pages = []
    for row in rows:
        values = list(row)
        for index in _SUMMARY_TIMES:
            if values[index] is not None:
                values[index] = as_utc(values[index])
        pages.append(tuple(values))
    return pages


def plain_article(connection: Connection, article_id: str) -> SimpleNamespace | None:
    """The article row with exactly this id, with attribute access like a SQLAlchemy row."""
    found = connection.execute(_BY_ID, {"id": article_id}).first()
    if found is None:
        return None
    row = dict(zip(ARTICLE_NAMES, found, strict=True))
    for name in TIME_NAMES:
        if row[name] is not None:
            row[name] = as_utc(row[name])
    return SimpleNamespace(**row)


def plain_ids_with_prefix(connection: Connection, prefix: str, limit: int = 2) -> list[str]:
    """Up to `limit` ids that start with `prefix` (LIKE with the prefix escaped, as the ORM does)."""
    escaped = prefix.replace("/", "//").replace("%", "/%").replace("_", "/_")
    rows = connection.execute(
        text("SELECT id FROM articles WHERE id LIKE :pattern ESCAPE '/' LIMIT :limit"),
        {"pattern": escaped + "%", "limit": limit},
    ).all()
    return [str(row[0]) for row in rows]


_HITS = text(
    "SELECT id, headline, language, kicker, standfirst, body, status FROM articles WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def plain_hit_rows(connection: Connection, ids: list[str]) -> dict[str, Row[Any]]:
    """By id, what a page of search hits shows of these articles (a snippet's texts), in one read."""
    if not ids:
        return {}
    return {row.id: row for row in connection.execute(_HITS, {"ids": ids})}
