"""Moving an existing search index to the FTS5 tokenizer Newsdesk now makes it with (0014)."""

from __future__ import annotations

import logging

from sqlalchemy import Connection, func, select

from newsdesk.storage.progress import REINDEX, Progress, ignore
from newsdesk.storage.search import (
    CONTENT_COLUMNS,
    SQLITE_TOKENIZER,
    create_index,
    rebuild,
    rows_from_columns,
    write_index_rows,
)
from newsdesk.text.normalize import FTS5_SEPARATORS

log = logging.getLogger(__name__)
# Progress goes to the log at most this often: a big archive takes minutes.
LOG_EVERY = 50_000


def retokenize(
    connection: Connection, tokenizer: str = SQLITE_TOKENIZER, progress: Progress = ignore
) -> None:
    """Make SQLite's index again with `tokenizer` and refill it, in the caller's transaction.

    The articles are only read. On PostgreSQL, which has no tokenizer of its own here, only
    the articles whose words the folding now ends at an FTS5_SEPARATORS letter are indexed again.
    """
    if connection.dialect.name != "sqlite":
        _reindex_separated(connection)
        return
    if tokenizer_of(connection) == tokenizer:
        return
    connection.exec_driver_sql("DROP TABLE article_search")
    create_index(connection, tokenizer)
    logged = 0
    for done, total in rebuild(connection):
        progress(REINDEX, done, total)
        if done - logged >= LOG_EVERY or (done == total and total):
            log.info("search index made again: %d of %d articles", done, total)
            logged = done


def tokenizer_of(connection: Connection) -> str | None:
    """The tokenizer SQLite's index was made with (None when it names none)."""
    made_with = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE name = 'article_search'"
    ).scalar_one()
    _, found, rest = str(made_with).partition("tokenize = '")
    return rest.partition("'")[0] if found else None


def _reindex_separated(connection: Connection) -> None:
    from newsdesk.storage.models import ArticleRow  # not at the top: a search needs no ORM

    table = ArticleRow.__table__
    indexed = func.concat_ws(
        " ", *(table.c[name] for name in ("headline", "kicker", "standfirst", "body", "tags"))
    )
    query = select(*(table.c[name] for name in ("id", *CONTENT_COLUMNS))).where(
        indexed.op("~")(f"[{FTS5_SEPARATORS}]")
    )
    rows = [tuple(row) for row in connection.execute(query)]
    write_index_rows(connection, rows_from_columns(connection.dialect.name, rows), replace=True)
    log.info("search index: %d articles with New Tai Lue or Vedic signs indexed again", len(rows))
