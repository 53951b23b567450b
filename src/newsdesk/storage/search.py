"""The full-text index: Newsdesk's own folded terms, stored in the database's own engine.

Text is folded once by `text.normalize.search_terms` (the same on both sides), so SQLite FTS5
and PostgreSQL full-text only match whole terms and rank them; they find the same articles.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text

from newsdesk.domain.article import ArticleContent
from newsdesk.text.normalize import normalize_for_index, search_terms

FIELDS = ("headline", "kicker", "standfirst", "body", "tags")
CONTENT_COLUMNS = (
    "headline", "language", "kicker", "standfirst", "body", "byline", "dateline", "desk", "tags",
    "urgency", "breaking", "embargo_at",
)  # fmt: skip
# Ranking every match of a very common word costs time in proportion to the archive; a newsroom
# wants the best of the recent matches, so only the newest CANDIDATES matches are ranked.
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


def create_index(connection: Connection) -> None:
    """Create the index structures for this database (used by the migration)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE article_search USING fts5("
            "article_id UNINDEXED, headline, kicker, standfirst, body, tags, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
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
    _write(connection, [(article_id, indexed_fields(content))], replace=True)


def index_articles(connection: Connection, articles: Sequence[tuple[str, ArticleContent]]) -> None:
    """Add or replace many articles in the index in one pass (an import of a bundle)."""
    _write(connection, [(i, indexed_fields(content)) for i, content in articles], replace=True)


def _write(
    connection: Connection, rows: Sequence[tuple[str, dict[str, str]]], replace: bool
) -> None:
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        if replace:
            connection.execute(
                text("DELETE FROM article_search WHERE article_id = :id"),
                [{"id": article_id} for article_id, _ in rows],
            )
        connection.execute(
            text(
                "INSERT INTO article_search (article_id, headline, kicker, standfirst, body, tags)"
                " VALUES (:id, :headline, :kicker, :standfirst, :body, :tags)"
            ),
            [{"id": article_id, **fields} for article_id, fields in rows],
        )
        return
    vector = " || ".join(
        f"setweight(to_tsvector('simple', :{name}), '{weight}')"
        for name, weight in PG_WEIGHT_CLASSES.items()
    )
    connection.execute(
        text(
            f"INSERT INTO article_search (article_id, document) VALUES (:id, {vector})"
            " ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document"
        ),
        [{"id": article_id, **fields} for article_id, fields in rows],
    )


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
    if connection.dialect.name == "sqlite":
        # FTS5 rowids grow with every (re)index, so rowid order is newest-saved first.
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        weights = ", ".join(str(w) for w in (0.0, *SQLITE_WEIGHTS))
        joined = " JOIN articles AS a ON a.id = article_search.article_id" if given else ""
        sql = text(
            "SELECT article_id, score FROM ("
            " SELECT article_search.article_id AS article_id, article_search.rowid AS recency,"
            f" -bm25(article_search, {weights}) AS score"
            f" FROM article_search{joined} WHERE article_search MATCH :match{narrow}"
            " ORDER BY article_search.rowid DESC LIMIT :candidates)"
            " ORDER BY score DESC, recency DESC LIMIT :limit OFFSET :offset"
        )
        params: dict[str, Any] = {"match": match}
    else:
        sql = text(
            "SELECT article_id, score FROM ("
            " SELECT s.article_id, a.updated_at AS recency, ts_rank(s.document, q) AS score"
            " FROM article_search AS s JOIN articles AS a ON a.id = s.article_id,"
            " plainto_tsquery('simple', :query) AS q"
            f" WHERE s.document @@ q{narrow} ORDER BY a.updated_at DESC LIMIT :candidates) AS c"
            " ORDER BY score DESC, recency DESC LIMIT :limit OFFSET :offset"
        )
        params = {"query": " ".join(terms)}
    bounds = {"candidates": CANDIDATES, "limit": limit, "offset": offset}
    values = {f"f_{name}": value for name, value in given.items()}
    result = connection.execute(sql, {**params, **bounds, **values})
    return [SearchRow(article_id, float(score)) for article_id, score in result]


def rebuild(connection: Connection, batch: int = 500) -> Iterator[tuple[int, int]]:
    """Re-index every article, yielding (done, total) after each batch."""
    from newsdesk.storage.mapping import content_from_row
    from newsdesk.storage.models import ArticleRow  # not at the top: a search needs no ORM

    total = connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
    connection.exec_driver_sql("DELETE FROM article_search")
    done = 0
    yield done, total
    table = ArticleRow.__table__
    # Only the columns every schema since 0001 has: this also runs inside the 0002 migration.
    wanted = [table.c[name] for name in ("id", *CONTENT_COLUMNS)]
    query = select(*wanted).order_by(table.c.updated_at, table.c.id)
    result = connection.execute(query.execution_options(yield_per=batch))
    for rows in result.partitions(batch):
        _write(
            connection,
            [(row.id, indexed_fields(content_from_row(row))) for row in rows],
            replace=False,
        )
        done += len(rows)
        yield done, total
