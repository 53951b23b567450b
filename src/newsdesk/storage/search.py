"""The full-text index: Newsdesk's own folded terms, stored in the database's own engine.

Text is folded once by `text.normalize.search_terms` (the same on both sides), so SQLite FTS5
and PostgreSQL full-text only match whole terms and rank them; they find the same articles.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from newsdesk.domain.article import ArticleContent
from newsdesk.storage.reader import Reader, connection_reader
from newsdesk.text.normalize import normalize_for_index, search_terms

if TYPE_CHECKING:
    # The searches run through a Reader and import no SQLAlchemy: the command line searches
    # a PostgreSQL newsroom through psycopg alone. Writing the index goes through SQLAlchemy.
    from sqlalchemy import Connection

FIELDS = ("headline", "kicker", "standfirst", "body", "tags")
CONTENT_COLUMNS = (
    "headline", "language", "kicker", "standfirst", "body", "byline", "dateline", "desk", "tags",
    "urgency", "breaking", "embargo_at",
)  # fmt: skip
# Every match is ranked when a query matches at most RANK_ALL articles, whatever their age: a
# precise query about something years old finds it first. Ranking every match of a very common
# word would cost time in proportion to the archive, so beyond RANK_ALL matches only the newest
# CANDIDATES are ranked, and more cheaply (see _sqlite_newest; PostgreSQL: PG_NEWEST).
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
    return folded_row(dialect, article_id, indexed_fields(content))


def folded_row(dialect: str, article_id: str, fields: Mapping[str, str]) -> IndexRow:
    """As `index_row`, from the article's fields folded already (see indexed_fields)."""
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
    from sqlalchemy import text

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
    reader = connection_reader(connection)
    return search_read(reader, query, limit=limit, offset=offset, filters=filters)


def search_read(
    reader: Reader,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    filters: Mapping[str, str | None] | None = None,
) -> list[SearchRow]:
    """As `search`, through a Reader (the command line's psycopg connection, for one)."""
    terms = query_terms(query)
    if not terms:
        return []
    given = {name: value for name, value in (filters or {}).items() if value}
    unknown = set(given) - set(FILTERS)
    if unknown:
        raise ValueError(f"cannot filter a search by {sorted(unknown)}")
    found = Found(terms, given, limit, offset)
    if reader.dialect == "sqlite":
        return _sqlite_search(reader, found)
    return _pg_search(reader, found)


@dataclass(frozen=True)
class Found:
    """What one search asks for: its folded terms, its filters and the page wanted."""

    terms: list[str]
    given: dict[str, str]
    limit: int
    offset: int

    def narrowing(self) -> tuple[str, dict[str, Any]]:
        """The filters' SQL condition on `a` (the articles) and its values."""
        narrow = "".join(f" AND a.{name} = :f_{name}" for name in self.given)
        return narrow, {f"f_{name}": value for name, value in self.given.items()}


def _sqlite_search(connection: Reader, found: Found) -> list[SearchRow]:
    narrow, values = found.narrowing()
    values["match"] = " ".join(_fts5_phrase(term) for term in found.terms)
    joined = " JOIN articles AS a ON a.id = article_search.article_id" if found.given else ""
    matching = f" FROM article_search{joined} WHERE article_search MATCH :match{narrow}"
    # Counting stops at RANK_ALL + 1 matches and reads no text: well under a millisecond.
    count = f"SELECT count(*) FROM (SELECT 1{matching} LIMIT :enough)"
    matches = _one(connection, count, {**values, "enough": RANK_ALL + 1})
    if matches > RANK_ALL:
        return _sqlite_newest(connection, found, matching, values)
    # FTS5 rowids grow with every (re)index, so rowid order is newest-saved first. The article
    # id is read for the page only: it lives in FTS5's content table, a look-up per row
    # (8 us each: 25 ms of 35 when all 3,000 matches of a query were ranked).
    weights = ", ".join(str(w) for w in (0.0, *SQLITE_WEIGHTS))
    sql = (
        f"SELECT ({SQLITE_ID_OF} = p.recency), p.score FROM ("
        " SELECT recency, score FROM ("
        f" SELECT article_search.rowid AS recency, -bm25(article_search, {weights}) AS score"
        f"{matching} ORDER BY article_search.rowid DESC LIMIT :candidates)"
        " ORDER BY score DESC, recency DESC LIMIT :limit OFFSET :offset) AS p"
        " ORDER BY p.score DESC, p.recency DESC"
    )
    bounds = {"candidates": RANK_ALL, "limit": found.limit, "offset": found.offset}
    result = connection.rows(sql, {**values, **bounds})
    return [SearchRow(article_id, float(score)) for article_id, score in result]


def _one(reader: Reader, sql: str, params: Mapping[str, Any]) -> Any:
    """The one value of a one-row, one-column query."""
    return reader.rows(sql, params)[0][0]


SQLITE_ID_OF = "SELECT t.article_id FROM article_search AS t WHERE t.rowid"


# Beyond RANK_ALL matches FTS5's bm25 is not used: before scoring any row it counts the articles
# containing each term (most of the archive for a common word: 9-14 ms at 200,000, per term,
# growing with the archive). The newest CANDIDATES are ranked instead by the fields of theirs
# that hold each term, read through FTS5 column filters from the oldest candidate's rowid on
# (a fraction of a ms each); the newest first among equals.
def _sqlite_newest(
    connection: Reader, found: Found, matching: str, values: dict[str, Any]
) -> list[SearchRow]:
    newest = connection.rows(
        f"SELECT article_search.rowid{matching} ORDER BY article_search.rowid DESC LIMIT :n",
        {**values, "n": CANDIDATES},
    )
    scores = dict.fromkeys((row[0] for row in newest), 0.0)
    oldest = min(scores, default=0)
    for field, weight in zip(FIELDS, SQLITE_WEIGHTS, strict=True):
        if field == "body":
            continue  # every candidate holds every term somewhere: the body adds nothing
        for term in found.terms:
            holding = connection.rows(
                "SELECT rowid FROM article_search"
                " WHERE article_search MATCH :match AND rowid >= :oldest",
                {"match": f"{{{field}}} : {_fts5_phrase(term)}", "oldest": oldest},
            )
            for (rowid,) in holding:
                if rowid in scores:
                    scores[rowid] += weight
    ranked = sorted(scores.items(), key=lambda item: (item[1], item[0]), reverse=True)
    page = ranked[found.offset : found.offset + found.limit]
    marks = ", ".join(f":r{n}" for n in range(len(page)))
    ids = (
        connection.rows(
            f"SELECT rowid, article_id FROM article_search WHERE rowid IN ({marks})",
            {f"r{n}": rowid for n, (rowid, _) in enumerate(page)},
        )
        if page
        else []
    )
    article_ids: dict[int, str] = {rowid: article_id for rowid, article_id in ids}
    return [SearchRow(article_ids[rowid], score) for rowid, score in page if rowid in article_ids]


def _fts5_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


# PostgreSQL's planner guesses how many articles hold a term it has no statistics for (one
# outside the thousand commonest) at several thousand, and would then read the whole index
# table rather than the GIN index: a place named in a hundred articles took 1.4 s at 200,000.
# Counting and ranking the matches of a query that is not common go through the GIN index.
PG_NO_SEQSCAN = (  # for this transaction; gives the setting it had (left to right)
    "SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)"
)
# The share of indexed articles holding each of the commonest lexemes, from the last ANALYZE.
PG_TERM_SHARES = (
    "SELECT c.reltuples, CAST(CAST(st.most_common_elems AS text) AS text[]),"
    " st.most_common_elem_freqs FROM pg_stats AS st"
    " JOIN pg_class AS c ON c.oid = to_regclass('article_search')"
    " WHERE st.schemaname = current_schema() AND st.tablename = 'article_search'"
    " AND st.attname = 'document'"
)
# They change only when the table is analysed: read again at most every PG_SHARES_FOR seconds
# (reading them took 1 ms, a third of a precise search).
PG_SHARES_FOR = 60.0
_pg_shares: WeakKeyDictionary[Any, tuple[float, float, dict[str, float]]] = WeakKeyDictionary()
# A query is taken to have more than RANK_ALL matches without counting them when the statistics
# put each of its terms in COMMON_MARGIN times RANK_ALL articles or more, and the matches found
# among the newest PG_NEWEST articles, scaled to the archive, come to as many (two common words
# seldom found together are counted). Counting exactly costs time in proportion to the terms'
# articles: through the GIN index 18 ms at 200,000 for a word in four articles of five, 8-12 ms
# for two words in one article of eight each; by reading tsvectors, thousands of them.
COMMON_MARGIN = 2.0
# Beyond RANK_ALL matches PostgreSQL ranks the matches among the newest PG_NEWEST articles.
# Each article looked at costs a read of its whole tsvector (10-20 us): walking down to the
# newest 2,000 matches of words found together in one article of fourteen reads 27,000. When the
# newest PG_NEWEST hold fewer matches than the page needs, the walk goes on until it has them
# (up to the newest CANDIDATES matches, as on SQLite).
PG_NEWEST = 500


def _pg_search(connection: Reader, found: Found) -> list[SearchRow]:
    narrow, values = found.narrowing()
    values["query"] = " & ".join(pg_lexeme(term) for term in found.terms)
    enough = COMMON_MARGIN * RANK_ALL
    archive = 0.0 if found.given else _pg_common(connection, found.terms, enough)
    if archive:
        rows, seen = _pg_newest(connection, found, narrow, values)
        if seen * archive / PG_NEWEST >= enough:
            return _pg_page(connection, found, narrow, values, rows)
    joined = " JOIN articles AS a ON a.id = s.article_id" if found.given else ""
    count = (
        f"SELECT count(*) FROM (SELECT 1 FROM article_search AS s{joined},"
        f" CAST(:query AS tsquery) AS q WHERE s.document @@ q{narrow} LIMIT :enough) AS m"
    )
    was = _one(connection, PG_NO_SEQSCAN, {})
    try:
        matches = _one(connection, count, {**values, "enough": RANK_ALL + 1})
        if matches <= RANK_ALL:
            return _pg_ranked(connection, found, narrow, values, None)
    finally:
        connection.rows("SELECT set_config('enable_seqscan', :was, true)", {"was": was})
    rows, _ = _pg_newest(connection, found, narrow, values)
    return _pg_page(connection, found, narrow, values, rows)


def _pg_common(connection: Reader, terms: list[str], enough: float) -> float:
    """The articles indexed, if the statistics put `enough` of them in each term's matches."""
    archive, shares = _pg_term_shares(connection)
    if not all(term in shares for term in terms):
        return 0.0  # a term outside the commonest: it may have few matches
    return archive if archive * min(shares[term] for term in terms) >= enough else 0.0


def _pg_term_shares(connection: Reader) -> tuple[float, dict[str, float]]:
    now = time.monotonic()
    known = _pg_shares.get(connection.cache_key)
    if known is None or now - known[0] > PG_SHARES_FOR:
        found = connection.rows(PG_TERM_SHARES)
        row = found[0] if found else None
        shares = {} if row is None else dict(zip(row[1], row[2], strict=False))
        known = (now, float(row[0]) if row else 0.0, shares)
        _pg_shares[connection.cache_key] = known
    return known[1], known[2]


def _pg_newest(
    connection: Reader, found: Found, narrow: str, values: dict[str, Any]
) -> tuple[list[tuple[Any, ...]], int]:
    """The page of the matches among the newest PG_NEWEST articles, and how many there were."""
    sql = (
        "SELECT article_id, score, seen FROM ("
        " SELECT a.id AS article_id, a.updated_at AS recency, ts_rank(m.document, q) AS score,"
        " count(*) OVER () AS seen"
        " FROM (SELECT a.id, a.updated_at FROM articles AS a WHERE true"
        f"{narrow} ORDER BY a.updated_at DESC LIMIT :newest) AS a,"
        " CAST(:query AS tsquery) AS q,"
        # A lateral look-up of each article's row (OFFSET 0 keeps it one): joined freely,
        # the planner read the whole index table for a common word (2 s at 200,000).
        " LATERAL (SELECT s.document FROM article_search AS s"
        " WHERE s.article_id = a.id AND s.document @@ q OFFSET 0) AS m) AS c"
        " ORDER BY score DESC, recency DESC LIMIT :limit OFFSET :offset"
    )
    page = {"newest": PG_NEWEST, "limit": found.limit, "offset": found.offset}
    rows = connection.rows(sql, {**values, **page})
    return rows, (int(rows[0][2]) if rows else 0)


def _pg_page(
    connection: Reader,
    found: Found,
    narrow: str,
    values: dict[str, Any],
    rows: list[tuple[Any, ...]],
) -> list[SearchRow]:
    if len(rows) < found.limit:  # too few matches among the newest: the newest that fill it
        wanted = min(found.offset + found.limit, CANDIDATES)
        return _pg_ranked(connection, found, narrow, values, wanted)
    return [SearchRow(article_id, float(score)) for article_id, score, _seen in rows]


def _pg_ranked(
    connection: Reader,
    found: Found,
    narrow: str,
    values: dict[str, Any],
    candidates: int | None,
) -> list[SearchRow]:
    """Rank every match (`candidates` None: there are at most RANK_ALL) or the newest few."""
    bounds = {"candidates": candidates, "limit": found.limit, "offset": found.offset}
    if candidates is None:
        # Only the best (and any tied with the last of them) are joined to their article for
        # its date: joining every match first cost half as much again as ranking them.
        joined = " JOIN articles AS a ON a.id = s.article_id" if found.given else ""
        sql = (
            "SELECT c.article_id, c.score FROM ("
            " SELECT s.article_id, ts_rank(s.document, q) AS score"
            f" FROM article_search AS s{joined}, CAST(:query AS tsquery) AS q"
            f" WHERE s.document @@ q{narrow}"
            " ORDER BY score DESC FETCH FIRST :top ROWS WITH TIES) AS c"
            " JOIN articles AS r ON r.id = c.article_id"
            " ORDER BY c.score DESC, r.updated_at DESC LIMIT :limit OFFSET :offset"
        )
        bounds["top"] = found.offset + found.limit
    else:
        sql = (
            "SELECT article_id, score FROM ("
            " SELECT s.article_id, a.updated_at AS recency, ts_rank(s.document, q) AS score"
            " FROM article_search AS s JOIN articles AS a ON a.id = s.article_id,"
            f" CAST(:query AS tsquery) AS q WHERE s.document @@ q{narrow}"
            " ORDER BY a.updated_at DESC LIMIT :candidates) AS c"
            " ORDER BY score DESC, recency DESC LIMIT :limit OFFSET :offset"
        )
    result = connection.rows(sql, {**values, **bounds})
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
    from sqlalchemy import select, text

    from newsdesk.storage.index_pool import PARALLEL_MIN, default_workers, in_order
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
    # An empty index (a new database being made) needs no change of schema while other desks
    # wait to open it.
    if connection.exec_driver_sql("SELECT 1 FROM article_search LIMIT 1").first() is None:
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
