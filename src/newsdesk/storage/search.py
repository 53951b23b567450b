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
    _write(connection, [(article_id, indexed_fields(content))], replace=True)


def index_articles(connection: Connection, articles: Sequence[tuple[str, ArticleContent]]) -> None:
    """Add or replace many articles in the index in one pass (an import of a bundle)."""
    _write(connection, [(i, indexed_fields(content)) for i, content in articles], replace=True)


def index_fields(connection: Connection, rows: Sequence[tuple[str, dict[str, str]]]) -> None:
    """As `index_articles`, with each article's fields folded already (see indexed_fields)."""
    _write(connection, rows, replace=True)


def index_new_articles(
    connection: Connection, articles: Sequence[tuple[str, ArticleContent]]
) -> None:
    """Add articles that are not in the index yet (a bulk load or a rebuild), without looking."""
    _write(connection, [(i, indexed_fields(content)) for i, content in articles], replace=False)


def _write(
    connection: Connection, rows: Sequence[tuple[str, dict[str, str]]], replace: bool
) -> None:
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        if replace:
            connection.execute(
                text(SQLITE_DELETE_ROW), [{"id": article_id} for article_id, _ in rows]
            )
        connection.execute(
            text(
                "INSERT INTO article_search (article_id, headline, kicker, standfirst, body, tags)"
                " VALUES (:id, :headline, :kicker, :standfirst, :body, :tags)"
            ),
            [{"id": article_id, **fields} for article_id, fields in rows],
        )
        return
    connection.execute(
        text(
            "INSERT INTO article_search (article_id, document)"
            " VALUES (:id, CAST(:document AS tsvector))"
            " ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document"
        ),
        [{"id": article_id, "document": pg_document(fields)} for article_id, fields in rows],
    )


# PostgreSQL keeps at most this many positions of a lexeme, each at most MAX_POSITION.
MAX_POSITIONS = 256
MAX_POSITION = 16383


def pg_document(fields: Mapping[str, str]) -> str:
    """The PostgreSQL tsvector, as text, of already folded fields.

    Written here rather than by to_tsvector: the terms are Newsdesk's own (the query side
    uses the same ones), and parsing the text a second time on the server was most of the
    cost of indexing. Positions run on from one field to the next, in PG_WEIGHT_CLASSES order.
    """
    positions: dict[str, list[str]] = {}
    at = 0
    for name, weight in PG_WEIGHT_CLASSES.items():
        for term in fields[name].split():
            at += 1
            seen = positions.setdefault(term, [])
            if len(seen) < MAX_POSITIONS:
                seen.append(f"{min(at, MAX_POSITION)}{weight}")
    return " ".join(pg_lexeme(term) + ":" + ",".join(spots) for term, spots in positions.items())


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
