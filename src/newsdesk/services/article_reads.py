"""Reading articles without the ORM: one page of the list, and one article by id or prefix.

The command line calls these on a cold start, where importing the ORM and the models would cost
more than the query itself; `ArticleService` reads through them too. On SQLite they go through
the driver's cursor (storage.sqlite_reads); on PostgreSQL through plain SQL (storage.plain_reads).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from newsdesk.domain.article import Article, ArticleSummary, Status
from newsdesk.errors import InvalidInputError
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import article_from_row, summary_from_row
from newsdesk.storage.plain_reads import (
    SORTABLE,
    plain_article,
    plain_ids_with_prefix,
    plain_page,
)
from newsdesk.storage.sqlite_reads import (
    article_by_id,
    driver_cursor,
    ids_with_prefix,
    summary_page,
)

MIN_ID_PREFIX = 4
STATUSES = frozenset(s.value for s in Status)


def article_page(
    db: Database,
    *,
    status: str | None = None,
    desk: str | None = None,
    author: str | None = None,
    held_by: str | None = None,
    limit: int = 50,
    offset: int = 0,
    order: str = "updated_at",
    descending: bool = True,
) -> list[ArticleSummary]:
    """One page of list rows, newest change first unless another (checked) order is asked for."""
    if status is not None and status not in STATUSES:
        raise InvalidInputError(f"unknown status '{status}'")
    filters = {"status": status, "desk": desk, "author": author, "held_by": held_by}
    given = {name: value for name, value in filters.items() if value}
    if order not in SORTABLE:
        raise InvalidInputError(f"cannot sort articles by '{order}'")
    rows: Sequence[Sequence[Any]]
    with db.read_connection() as connection:
        cursor = driver_cursor(connection)
        if cursor is not None:
            rows = summary_page(cursor, given, limit, offset, order, descending)
        else:
            rows = plain_page(connection, given, limit, offset, order, descending)
    return [summary_from_row(row) for row in rows]


def quick_article(db: Database, article_id: str) -> Article | None:
    """The article with this id, or with this unique id prefix, when a plain read can tell.

    None means "not settled here" (no article found, or several that start alike): the caller
    asks `ArticleService.get`, which says which it is.
    """
    with db.read_connection() as connection:
        cursor = driver_cursor(connection)
        if cursor is None:  # PostgreSQL
            get = partial(plain_article, connection)
            prefixed = partial(plain_ids_with_prefix, connection)
        else:
            get, prefixed = partial(article_by_id, cursor), partial(ids_with_prefix, cursor)
        row = get(article_id)
        if row is None and len(article_id) >= MIN_ID_PREFIX:
            found = prefixed(article_id)
            row = get(found[0]) if len(found) == 1 else None
    return article_from_row(row) if row is not None else None
