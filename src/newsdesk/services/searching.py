"""Searching articles and keeping the search index current."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsdesk.domain.article import ArticleSummary, Status
from newsdesk.domain.document import Document
from newsdesk.storage import search as index
from newsdesk.storage.mapping import summary_from_row
from newsdesk.storage.plain_reads import hit_rows
from newsdesk.storage.reader import Reader, connection_reader
from newsdesk.text.snippet import make_snippet

if TYPE_CHECKING:
    from newsdesk.storage.engine import Database


@dataclass(frozen=True)
class SearchHit:
    """One ranked search result with a highlighted snippet of the original text."""

    id: str
    score: float
    snippet: str
    headline: str
    status: Status
    language: str

    def to_dict(self) -> dict[str, Any]:
        """The hit with the model's field names."""
        return {
            "id": self.id,
            "score": round(self.score, 6),
            "snippet": self.snippet,
            "headline": self.headline,
            "status": self.status.value,
            "language": self.language,
        }


def search_articles(
    db: Database, query: str, *, limit: int = 20, offset: int = 0
) -> list[SearchHit]:
    """Articles that contain every word of the query (as folded), best first."""
    # A plain connection, no ORM session: `newsdesk search` starts without the ORM.
    with db.read_connection() as connection:
        return search_read(connection_reader(connection), query, limit=limit, offset=offset)


def search_read(reader: Reader, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
    """As search_articles, through a Reader (the command line's psycopg connection, for one)."""
    terms = index.query_terms(query)
    hits: list[SearchHit] = []
    found = index.search_read(reader, query, limit=limit, offset=offset)
    # The page's articles in one read: one at a time was a round trip each (2 ms apiece
    # on PostgreSQL with the machine busy, most of a search's time).
    rows = hit_rows(reader, [hit.article_id for hit in found])
    for hit in found:
        row = rows.get(hit.article_id)
        if row is None:
            continue
        snippet = make_snippet(_texts(row.headline, row.kicker, row.standfirst, row.body), terms)
        hits.append(
            SearchHit(row.id, hit.score, snippet, row.headline, Status(row.status), row.language)
        )
    return hits


def _texts(headline: str, kicker: str, standfirst: str, body: str) -> Iterator[str]:
    # The body is parsed only when the match is not in the fields above it.
    yield from (headline, kicker, standfirst)
    yield from (block.text for block in Document.from_json(body).blocks)


def search_summaries(
    db: Database,
    query: str,
    *,
    status: str | None = None,
    desk: str | None = None,
    author: str | None = None,
    held_by: str | None = None,
    limit: int = 20,
) -> list[ArticleSummary]:
    """List rows of the articles matching the query and the filters, best first.

    The filters narrow the search in the database, so `limit` counts only matching articles.
    """
    from newsdesk.storage.repositories import ArticleReads

    filters = {"status": status, "desk": desk, "author": author, "held_by": held_by}
    with db.read_connection() as connection:
        found = index.search(connection, query, limit=limit, filters=filters)
        rows = ArticleReads(connection).summaries([hit.article_id for hit in found])
    return [summary_from_row(rows[hit.article_id]) for hit in found if hit.article_id in rows]


def reindex(db: Database) -> Iterator[tuple[int, int]]:
    """Rebuild the whole index in one transaction, yielding (done, total) as it goes."""
    with db.transaction() as session:
        yield from index.rebuild(session.connection())
