"""Reading articles without the ORM: one page of the list, and one article by id or prefix.

The command line calls these on a cold start, where importing the ORM and the models would cost
more than the query itself; `ArticleService` reads through them too. The queries are
storage.plain_reads', run through a Reader: on an open Database its connection's driver, and on
the command line's PostgreSQL path psycopg alone (cli.direct_desk).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsdesk.domain.article import Article, ArticleSummary, Status
from newsdesk.errors import InvalidInputError
from newsdesk.storage.mapping import article_from_row, summary_from_row
from newsdesk.storage.plain_reads import SORTABLE, article_row, ids_with_prefix, summary_page
from newsdesk.storage.reader import Reader, connection_reader

if TYPE_CHECKING:
    from newsdesk.storage.engine import Database

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
    if order not in SORTABLE:
        raise InvalidInputError(f"cannot sort articles by '{order}'")
    filters = {"status": status, "desk": desk, "author": author, "held_by": held_by}
    with db.read_connection() as connection:
        return page_read(
            connection_reader(connection),
            filters,
            limit,
            offset,
            order=order,
            descending=descending,
        )


def page_read(
    reader: Reader,
    filters: dict[str, str | None],
    limit: int,
    offset: int,
    *,
    order: str = "updated_at",
    descending: bool = True,
) -> list[ArticleSummary]:
    """One page of list rows read through `reader` (`order` already checked)."""
    if filters.get("status") is not None and filters["status"] not in STATUSES:
        raise InvalidInputError(f"unknown status '{filters['status']}'")
    given: dict[str, Any] = {name: value for name, value in filters.items() if value}
    rows = summary_page(reader, given, limit, offset, order, descending)
    return [summary_from_row(row) for row in rows]


def quick_article(db: Database, article_id: str) -> Article | None:
    """The article with this id, or with this unique id prefix, when a plain read can tell.

    None means "not settled here" (no article found, or several that start alike): the caller
    asks `ArticleService.get`, which says which it is.
    """
    with db.read_connection() as connection:
        return article_read(connection_reader(connection), article_id)


def article_read(reader: Reader, article_id: str) -> Article | None:
    """As quick_article, through `reader`."""
    row = article_row(reader, article_id)
    if row is None and len(article_id) >= MIN_ID_PREFIX:
        found = ids_with_prefix(reader, article_id)
        row = article_row(reader, found[0]) if len(found) == 1 else None
    return article_from_row(row) if row is not None else None
