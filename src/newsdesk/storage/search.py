"""The full-text index: Newsdesk's own folded terms, stored in the database's own engine.

Text is folded once by `text.normalize.search_terms` (the same on both sides), so SQLite FTS5
and PostgreSQL full-text only match whole terms and rank them; they find the same articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, select, text

from newsdesk.domain.article import ArticleContent
from newsdesk.storage.index_pool import PARALLEL_MIN, default_workers, in_order
from newsdesk.text.normalize import normalize_for_index, search_terms

FIELDS = ("headline", "kicker", "standfirst", "body", "tags")
CONTENT_COLUMNS = (
    "headline", "language", "kicker", "standfirst", "body", "byline", "dateline", "desk", "tags",
    "urgency", "breaking", "embargo_at",
)  # fmt: skip
# Every match is ranked when a query matches at most RANK_ALL articles, whatever their age: a
# precise query about something years old finds it first. Ranking every match of a very common
# word would cost time in proportion to the archive, so beyond RANK_ALL matches only the newest
# CANDIDATES are ranked (counting up to RANK_ALL + 1 matches costs little: no scores).
RANK_ALL = 5000
CANDIDATES = 2000
# How much a match in each field counts, in FIELDS order (FTS5 bm25 weights).
SQLITE_WEIGHTS = (8.0, 3.0, 4.0, 1.0, 3.0)
# PostgreSQL ranks with four weight classes: headline A, standfirst and kicker B, tags C, body D.
PG_WEIGHT_CLASSES = {"headline": "A", "kicker": "B", "standfirst": "B", "tags": "C", "body": "D"}


@dataclass(frozen=True)
class SearchRow:
    """An article that matched, with the engine's score (higher is better)."""

    article_id: str
    score: float


def indexed_fields(content: ArticleContent) -> dict[str, str]:
    """The folded terms of each indexed field."""
    return {
        "headline": normalize_for_index(content.headline),
        "kicker": normalize_for_index(content.kicker),
        "standfirst": normalize_for_index(content.standfirst),
        "body": normalize_for_index("\n".join(block.text for block in content.body.blocks)),
        "tags": normalize_for_index(" ".join(content.tags)),
    }


# FTS5 keeps each row's columns in its `article_search_content` table (`id` the row's rowid,
# `c0` the first column, article_id). FTS5 cannot look an UNINDEXED column up, so replacing one
# article's row read the whole archive (130 ms a save at 100,000 articles); an ordinary index on
# that table, kept up by SQLite as FTS5 writes it, finds the row at once.
SQLITE_ROW_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_article_search_content_c0 ON article_search_content (c0)"
)
SQLITE_DELETE_ROW = (
    "DELETE FROM article_search WHERE rowid IN"
    " (SELECT id FROM article_search_content WHERE c0 = :id)"
)


def create_index(connection: Connection) -> None:
    """Create the index structures for this database (used by the migration)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE article_search USING fts5("
            "article_id UNINDEXED, headline, kicker, standfirst, body, tags, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        connection.exec_driver_sql(SQLITE_ROW_INDEX)
        return
    connection.exec_driver_sql(
        "CREATE TABLE article_search ("
        " article_id VARCHAR(36) PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
        " document TSVECTOR NOT NULL)"
    )
    connection.exec_driver_sql(
        "CREATE INDEX ix_article_search_document ON article_search USING GIN (document)"
    )


def drop_index(connection: Connection) -> None:
    """Remove the index structures (used by the migration's downgrade)."""
    connection.exec_driver_sql("DROP TABLE IF EXISTS article_search")


def index_article(connection: Connection, article_id: str, content: ArticleContent) -> None:
    """Add or replace one article in the index."""
    dialect = connection.dialect.name
    write_index_rows(connection, [index_row(dialect, article_id, content)], replace=True)


def index_articles(connection: Connection, articles: Sequence[tuple[str, ArticleContent]]) -> None:
    """Add or replace many articles in the index in one pass (an import of a bundle)."""
    dialect = connection.dialect.name
    rows = [index_row(dialect, i, content) for i, content in articles]
    write_index_rows(connection, rows, replace=True)


def index_new_articles(
    connection: Connection, articles: Sequence[tuple[str, ArticleContent]]
) -> None:
    """Add articles that are not in the index yet (a bulk load or a rebuild), without looking."""
    dialect = connection.dialect.name
    rows = [index_row(dialect, i, content) for i, content in articles]
    write_index_rows(connection, rows, replace=False)


IndexRow = tuple[str, ...]


def index_row(dialect: str, article_id: str, content: ArticleContent) -> IndexRow:
    """One article's row of the index on this database: its folded fields, or its tsvector.

    Pure computation, so that a bulk load or a rebuild can run it in other processes.
    """
    fields = indexed_fields(content)
    if dialect == "sqlite":
        return (article_id, *(fields[name] for name in FIELDS))
    return (article_id, pg_document(fields))


SQLITE_INSERT = (
    "INSERT INTO article_search (article_id, headline, kicker, standfirst, body, tags)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
PG_UPSERT = (
    "INSERT INTO article_search (article_id, document)"
    " VALUES (:id, CAST(:document AS tsvector))"
    " ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document"
)


def write_index_rows(connection: Connection, rows: Sequence[IndexRow], replace: bool) -> None:
    """Write rows made by `index_row`; without `replace` they must be new (COPY on PostgreSQL)."""
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        if replace:
            connection.execute(text(SQLITE_DELETE_ROW), [{"id": row[0]} for row in rows])
        connection.exec_driver_sql(SQLITE_INSERT, list(rows))
        return
    if replace:
        connection.execute(text(PG_UPSERT), [{"id": i, "document": d} for i, d in rows])
        return
    raw = connection.connection.driver_connection
    assert raw is not None
    with (
        raw.cursor() as cursor,
        cursor.copy("COPY article_search (article_id, document) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


# PostgreSQL keeps at most this many positions of a lexeme, each at most MAX_POSITION.
MAX_POSITIONS = 256
MAX_POSITION = 16383


def pg_document(fields: Mapping[str, str]) -> str:
    """The PostgreSQL tsvector, as text, of already folded fields.

    Written here rather than by to_tsvector: the terms are Newsdesk's own (the query side
    uses the same ones), and parsing the text a second time on the server was most of the
    cost of indexing. Positions run on from one field to the next, in PG_WEIGHT_CLASSES order.
    """
    positions: defaultdict[str, list[str]] = defaultdict(list)
    at = 0
    quoting = False
    for name, weight in PG_WEIGHT_CLASSES.items():
        field = fields[name]
        quoting = quoting or "'" in field or "\\" in field
        terms = field.split()
        if not terms:
            continue
        labels = _position_labels(weight)[at + 1 : at + 1 + len(terms)]
        if len(labels) < len(terms):  # past MAX_POSITION every position is MAX_POSITION
            labels += [labels[-1] if labels else _position_labels(weight)[MAX_POSITION]] * (
                len(terms) - len(labels)
            )
        for term, label in zip(terms, labels, strict=True):
            positions[term].append(label)
        at += len(terms)
    lexeme = pg_lexeme if quoting else _quoted
    return " ".join(
        f"{lexeme(term)}:{','.join(spots if len(spots) <= MAX_POSITIONS else spots[:MAX_POSITIONS])}"
        for term, spots in positions.items()
    )


def _quoted(term: str) -> str:
    return f"'{term}'"


@cache
def _position_labels(weight: str) -> list[str]:
    """The labels 1A, 2A, ... up to MAX_POSITION of one weight class (index 0 unused)."""
    return [f"{at}{weight}" for at in range(MAX_POSITION + 1)]


def query_terms(query: str) -> list[str]:
    """The distinct folded terms of a query, in order."""
    return list(dict.fromkeys(search_terms(query)))


# The article columns a search may be narrowed by (each an exact match).
FILTERS = ("status", "desk", "author", "held_by")


def search(
    connection: Connection,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    filters: Mapping[str, str | None] | None = None,
) -> list[SearchRow]:
    """Articles containing every term of the query, best first (ties: newest change first).

    `filters` (FILTERS columns to exact values; None or empty means any) narrow the matches in
    the query itself, before the candidate window and the limit.
    """
    terms = query_terms(query)
    if not terms:
        return []
    given = {name: value for name, value in (filters or {}).items() if value}
    unknown = set(given) - set(FILTERS)
    if unknown:
        raise ValueError(f"cannot filter a search by {sorted(unknown)}")
    narrow = "".join(f" AND a.{name} = :f_{name}" for name in given)
    values: dict[str, Any] = {f"f_{name}": value for name, value in given.items()}
    if connection.dialect.name == "sqlite":
        # FTS5 rowids grow with every (re)index, so rowid order is newest-saved first.
        values["match"] = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        weights = ", ".join(str(w) for w in (0.0, *SQLITE_WEIGHTS))
        joined = " JOIN articles AS a ON a.id = article_search.article_id" if given else ""
        matching = f" FROM article_search{joined} WHERE article_search MATCH :match{narrow}"
        sql = text(
            "SELECT article_id, score FROM ("
            " SELECT article_search.article_id AS article_id, article_search.rowid AS recency,"
            f" -bm25(article_search, {weights}) AS score{matching}"
            " ORDER BY article_search.rowid DESC LIMIT :candidates)"
            " ORDER BY score DESC, recency DESC LIMIT :limit OFFSET :offset"
        )
        count = text(f"SELECT count(*) FROM (SELECT 1{matching} LIMIT :enough)")
    else:
        values["query"] = " & ".join(pg_lexeme(term) for term in terms)
        matching = (
            " FROM article_search AS s JOIN articles AS a ON a.id = s.article_id,"
            f" CAST(:query AS tsquery) AS q WHERE s.document @@ q{narrow}"
        )
        sql = text(
            "SELECT article_id, score FROM ("
            " SELECT s.article_id, a.updated_at AS recency, ts_rank(s.document, q) AS score"
            f"{matching} ORDER BY a.updated_at DESC LIMIT :candidates) AS c"
            " ORDER BY score DESC, recency DESC LIMIT :limit OFFSET :offset"
        )
        joined = " JOIN articles AS a ON a.id = s.article_id" if given else ""
        count = text(
            f"SELECT count(*) FROM (SELECT 1 FROM article_search AS s{joined},"
            f" CAST(:query AS tsquery) AS q WHERE s.document @@ q{narrow} LIMIT :enough) AS m"
        )
    matches = connection.execute(count, {**values, "enough": RANK_ALL + 1}).scalar_one()
    bounds = {
        "candidates": RANK_ALL if matches <= RANK_ALL else CANDIDATES,
        "limit": limit,
        "offset": offset,
    }
    result = connection.execute(sql, {**values, **bounds})
    return [SearchRow(article_id, float(score)) for article_id, score in result]


def pg_lexeme(term: str) -> str:
    """A folded term as a PostgreSQL tsquery or tsvector lexeme (quoted)."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def rebuild(
    connection: Connection, batch: int = 500, workers: int | None = None
) -> Iterator[tuple[int, int]]:
    """Re-index every article, yielding (done, total) after each batch.

    Large archives are folded in `workers` other processes (by default, one fewer than the
    cores; 0 folds here) while this one writes; all writes stay in the caller's transaction.
    """
    from newsdesk.storage.models import ArticleRow  # not at the top: a search needs no ORM

    total = connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
    _empty_index(connection)
    done = 0
    yield done, total
    table = ArticleRow.__table__
    # Only the columns every schema since 0001 has: this also runs inside the 0002 migration.
    wanted = [table.c[name] for name in ("id", *CONTENT_COLUMNS)]
    query = select(*wanted).order_by(table.c.updated_at, table.c.id)
    result = connection.execute(query.execution_options(yield_per=batch))
    if workers is None:
        workers = default_workers() if total >= PARALLEL_MIN else 0
    batches = ([tuple(row) for row in rows] for rows in result.partitions(batch))
    fold = partial(rows_from_columns, connection.dialect.name)
    for rows in in_order(fold, batches, workers):
        write_index_rows(connection, rows, replace=False)
        done += len(rows)
        yield done, total


def rows_from_columns(dialect: str, rows: Sequence[Sequence[object]]) -> list[IndexRow]:
    """The index rows of article rows given as ("id", *CONTENT_COLUMNS) values."""
    from newsdesk.storage.mapping import content_from_row

    names = ("id", *CONTENT_COLUMNS)
    made = []
    for values in rows:
        row = SimpleNamespace(**dict(zip(names, values, strict=True)))
        made.append(index_row(dialect, str(row.id), content_from_row(row)))
    return made


def _empty_index(connection: Connection) -> None:
    """Remove every row of the index, in the caller's transaction."""
    if connection.dialect.name != "sqlite":
        connection.exec_driver_sql("DELETE FROM article_search")
        compress_quickly(connection)
        return
    # FTS5 deletes a row by tokenizing its text again to find its entries: emptying the index
    # row by row cost as much as filling it. Dropping the table and making it again with the
    # SQL it was made with (this also runs inside old migrations) is a small part of that.
    made_with = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND"
        " (name = 'article_search' OR (type = 'index' AND tbl_name = 'article_search_content'))"
        " ORDER BY type = 'index', name"
    ).scalars()
    statements = list(made_with)
    connection.exec_driver_sql("DROP TABLE article_search")
    for statement in statements:
        connection.exec_driver_sql(statement)


def compress_quickly(connection: Connection) -> None:
    """Store the documents this PostgreSQL transaction writes compressed with lz4, if it can.

    Writing many documents, the server spent a fifth of its time compressing them with the
    default pglz; lz4 is several times faster both ways, and reading a mix of both is the same.
    """
    lz4 = connection.exec_driver_sql(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
    ).scalar()
    if lz4:
        connection.exec_driver_sql("SET LOCAL default_toast_compression = 'lz4'")
