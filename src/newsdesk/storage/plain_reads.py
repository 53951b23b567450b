"""The list page, one article by id and the queue's counts in plain SQL on any database,
read without the models.

sqlite_reads goes through SQLite's own cursor; the page and the article are the same two reads
through SQLAlchemy's core for PostgreSQL, whose driver already gives times and flags their
Python types (times are brought to UTC, as the models' column type does). The counts and the
change marker serve both databases: a desk shows them before anything needs the ORM.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import BindParameter, Connection, Row, bindparam, column, text

from newsdesk.domain.article import Status
from newsdesk.storage.sqlite_reads import ARTICLE_NAMES, SUMMARY_NAMES, TIME_NAMES
from newsdesk.storage.types import UTCDateTime
from newsdesk.timeutil import as_utc

# Statuses an article ends in, which grow with the archive; the others are the desks' work.
ARCHIVE_STATUSES = (Status.PUBLISHED.value, Status.SPIKED.value)
WORKING_STATUSES = tuple(s.value for s in Status if s.value not in ARCHIVE_STATUSES)
COUNT_CAP = 9999
# The columns a page may be sorted by (each is a plain column name, safe to write into SQL).
SORTABLE = frozenset(
    {
        "urgency",
        "headline",
        "desk",
        "author",
        "status",
        "updated_at",
        "held_by",
        "word_count",
        "lint_errors",
    }
)
_WORKING: BindParameter[list[str]] = bindparam(
    "working", value=list(WORKING_STATUSES), expanding=True
)
_AT_WORK = text("SELECT count(*) FROM articles WHERE status IN :working").bindparams(_WORKING)
_NEWEST = text("SELECT max(updated_at) AS newest FROM articles").columns(
    column("newest", UTCDateTime())
)

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


def plain_counts(
    connection: Connection, *, desk: str | None = None, held_by: str | None = None
) -> dict[str, int]:
    """How many articles there are in each status that has any (of one desk or holder if given).

    The archive's statuses are counted up to COUNT_CAP + 1 only (more means "over
    COUNT_CAP"): counting them all would read the whole archive at every refresh.
    """
    narrow = {name: value for name, value in (("desk", desk), ("held_by", held_by)) if value}
    where = "".join(f" AND {name} = :{name}" for name in narrow)
    working = text(
        f"SELECT status, count(*) FROM articles WHERE status IN :working{where} GROUP BY status"
    ).bindparams(_WORKING)
    found = {s: int(n) for s, n in connection.execute(working, narrow).all()}
    capped = text(
        f"SELECT count(*) FROM (SELECT 1 FROM articles WHERE status = :status{where}"
        " LIMIT :cap) AS capped"
    )
    for archived in ARCHIVE_STATUSES:
        values = {**narrow, "status": archived, "cap": COUNT_CAP + 1}
        found[archived] = int(connection.execute(capped, values).scalar_one())
    return {name: count for name, count in found.items() if count}


def plain_change_marker(connection: Connection) -> tuple[int, str]:
    """A value that changes whenever an article is added or changed.

    The number of articles at work and the newest change: both read through an index, never
    the whole archive (articles are never deleted; a change sets updated_at).
    """
    count = connection.execute(_AT_WORK).scalar_one()
    newest = connection.execute(_NEWEST).scalar_one()
    return int(count), str(newest)
