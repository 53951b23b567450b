"""The list page, one article by id, a page of search hits and the queue's counts, in plain SQL
on either database.

Showing one article or one page of a list is what every click does, and what the command line
does on a cold start. The queries are written once here and run through a `Reader`: SQLite's
own cursor, psycopg's, or SQLAlchemy's connection underneath, so that a command which only
reads needs neither the ORM nor the models (nor, on PostgreSQL, SQLAlchemy), and a desk's
window is ready (counts, queue, list) before anything loads the ORM. The few typed
columns are converted here: SQLite keeps times as text and flags as 0/1; psycopg gives them
typed already, and every time is brought to UTC, as the models' column type does.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

from newsdesk.domain.article import Status
from newsdesk.storage.reader import Reader
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
# The columns of a list row, in order: the one list every read path selects (see repositories).
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
# The UTC times and the flags among them (also held to the models).
TIME_NAMES = frozenset(("embargo_at", "created_at", "updated_at", "published_at", "held_since"))
FLAG_NAMES = frozenset(("breaking", "conflict"))
# What a page of search hits shows of each article (a snippet's texts), in this order.
HIT_NAMES = ("id", "headline", "language", "kicker", "standfirst", "body", "status")

# Statuses an article ends in, which grow with the archive; the others are the desks' work.
ARCHIVE_STATUSES = (Status.PUBLISHED.value, Status.SPIKED.value)
WORKING_STATUSES = tuple(s.value for s in Status if s.value not in ARCHIVE_STATUSES)
COUNT_CAP = 9999
# The columns a page may be sorted by (each a plain column name, safe to write into SQL).
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
_WORKING = {f"working{n}": status for n, status in enumerate(WORKING_STATUSES)}
_IN_WORKING = f"status IN ({', '.join(':' + name for name in _WORKING)})"

_BY_ID = f"SELECT {', '.join(ARTICLE_NAMES)} FROM articles WHERE id = :id"
_SUMMARY_KINDS = tuple(
    "time" if name in TIME_NAMES else "flag" if name in FLAG_NAMES else "" for name in SUMMARY_NAMES
)


def _time(value: str | datetime | None) -> datetime | None:
    if value is None or value == "":
        return None
    return as_utc(datetime.fromisoformat(value) if isinstance(value, str) else value)


def _typed(kind: str, value: Any) -> Any:
    return _time(value) if kind == "time" else bool(value) if kind == "flag" else value


def article_row(reader: Reader, article_id: str) -> SimpleNamespace | None:
    """The article row with exactly this id, with attribute access like a SQLAlchemy row."""
    found = reader.rows(_BY_ID, {"id": article_id})
    if not found:
        return None
    row = dict(zip(ARTICLE_NAMES, found[0], strict=True))
    for name in TIME_NAMES:
        row[name] = _time(row[name])
    for name in FLAG_NAMES:
        row[name] = bool(row[name])
    return SimpleNamespace(**row)


def summary_page(
    reader: Reader,
    filters: dict[str, str],
    limit: int,
    offset: int,
    order: str = "updated_at",
    descending: bool = True,
) -> list[tuple[Any, ...]]:
    """One page of summary rows (SUMMARY_NAMES order); `order` is a checked column name."""
    direction = "DESC" if descending else "ASC"
    where = " AND ".join(f"{name} = :{name}" for name in filters)
    columns = ", ".join(SUMMARY_NAMES)
    ordering = f" ORDER BY {order} {direction}, id {direction}"
    params: dict[str, Any] = {**filters, "limit": limit, "offset": offset}
    split = reader.dialect == "sqlite" and "desk" in filters and "status" not in filters
    if order == "updated_at" and split:
        # SQLite: the desk's index runs (desk, status, updated_at): one branch per status each
        # reads at most a page from it, where one query over the desk would sort all its articles.
        branches = (
            f"SELECT * FROM (SELECT {columns} FROM articles WHERE {where} AND status = :s{n}"
            f"{ordering} LIMIT :enough)"
            for n in range(len(STATUS_NAMES))
        )
        sql = " UNION ALL ".join(branches) + f"{ordering} LIMIT :limit OFFSET :offset"
        params |= {f"s{n}": status for n, status in enumerate(STATUS_NAMES)}
        params["enough"] = limit + offset
    else:
        sql = (
            f"SELECT {columns} FROM articles"
            + (f" WHERE {where}" if where else "")
            + f"{ordering} LIMIT :limit OFFSET :offset"
        )
    return [
        tuple(_typed(kind, value) for kind, value in zip(_SUMMARY_KINDS, row, strict=True))
        for row in reader.rows(sql, params)
    ]


def ids_with_prefix(reader: Reader, prefix: str, limit: int = 2) -> list[str]:
    """Up to `limit` ids that start with `prefix` exactly."""
    if reader.dialect == "sqlite":
        # A range on the index rather than LIKE, which SQLite cannot answer from it (LIKE
        # ignores case): a million ids are not scanned to find the one a prefix names.
        sql = "SELECT id FROM articles WHERE id >= :low AND id < :high ORDER BY id LIMIT :limit"
        params: dict[str, Any] = {"low": prefix, "high": prefix + "\U0010ffff", "limit": limit}
    else:  # LIKE with the prefix escaped, as the ORM does
        escaped = prefix.replace("/", "//").replace("%", "/%").replace("_", "/_")
        sql = "SELECT id FROM articles WHERE id LIKE :pattern ESCAPE '/' LIMIT :limit"
        params = {"pattern": escaped + "%", "limit": limit}
    return [str(row[0]) for row in reader.rows(sql, params)]


def hit_rows(reader: Reader, ids: list[str]) -> dict[str, SimpleNamespace]:
    """By id, what a page of search hits shows of these articles (HIT_NAMES), in one read."""
    if not ids:
        return {}
    marks = ", ".join(f":id{n}" for n in range(len(ids)))
    sql = f"SELECT {', '.join(HIT_NAMES)} FROM articles WHERE id IN ({marks})"
    found = reader.rows(sql, {f"id{n}": article_id for n, article_id in enumerate(ids)})
    return {row[0]: SimpleNamespace(**dict(zip(HIT_NAMES, row, strict=True))) for row in found}


def plain_counts(
    reader: Reader, *, desk: str | None = None, held_by: str | None = None
) -> dict[str, int]:
    """How many articles there are in each status that has any (of one desk or holder if given).

    The archive's statuses are counted up to COUNT_CAP + 1 only (more means "over
    COUNT_CAP"): counting them all would read the whole archive at every refresh.
    """
    narrow = {name: value for name, value in (("desk", desk), ("held_by", held_by)) if value}
    where = "".join(f" AND {name} = :{name}" for name in narrow)
    working = f"SELECT status, count(*) FROM articles WHERE {_IN_WORKING}{where} GROUP BY status"
    found = {s: int(n) for s, n in reader.rows(working, {**_WORKING, **narrow})}
    capped = (
        f"SELECT count(*) FROM (SELECT 1 FROM articles WHERE status = :status{where}"
        " LIMIT :cap) AS capped"
    )
    for archived in ARCHIVE_STATUSES:
        values = {**narrow, "status": archived, "cap": COUNT_CAP + 1}
        found[archived] = int(reader.rows(capped, values)[0][0])
    return {name: count for name, count in found.items() if count}


def plain_change_marker(reader: Reader) -> tuple[int, str]:
    """A value that changes whenever an article is added or changed.

    The number of articles at work and the newest change: both read through an index, never
    the whole archive (articles are never deleted; a change sets updated_at).
    """
    count = reader.rows(f"SELECT count(*) FROM articles WHERE {_IN_WORKING}", _WORKING)[0][0]
    newest = reader.rows("SELECT max(updated_at) FROM articles")[0][0]
    return int(count), str(_time(newest))
