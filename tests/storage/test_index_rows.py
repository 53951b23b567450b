"""The fast ways of writing the search index write what the plain ways wrote.

PostgreSQL documents are compared with a plain rendering of the same positions; a rebuild
folded in a worker process writes the index a rebuild in one process writes, byte for byte,
and one that fails half-way leaves the index as it was.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Connection, insert

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document, DocumentError
from newsdesk.services.searching import search_articles
from newsdesk.storage import search
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import content_from_row
from newsdesk.storage.models import ArticleRow

ARABIC = "قالَ الرَّئِيسُ إنّ الحكومـــة ستُطلِق برنامجاً للمسؤولين والمسئولين في ٢٠٢٤ و2025"
FRENCH = "La CNSS et l’ONU annoncent qu'aujourd'hui 641 000 artisans ; l'État, les hôpitaux"


def plain_document(fields: dict[str, str]) -> str:
    """The tsvector text as first written: one position at a time."""
    positions: dict[str, list[str]] = {}
    at = 0
    for name, weight in search.PG_WEIGHT_CLASSES.items():
        for term in fields[name].split():
            at += 1
            seen = positions.setdefault(term, [])
            if len(seen) < search.MAX_POSITIONS:
                seen.append(f"{min(at, search.MAX_POSITION)}{weight}")
    return " ".join(
        search.pg_lexeme(term) + ":" + ",".join(spots) for term, spots in positions.items()
    )


def fields_of(headline: str, body: str, tags: str = "") -> dict[str, str]:
    return {"headline": headline, "kicker": "", "standfirst": "", "body": body, "tags": tags}


@pytest.mark.parametrize(
    "fields",
    [
        search.indexed_fields(
            ArticleContent(
                headline=ARABIC, standfirst=FRENCH, body=Document.from_plain_text(ARABIC + FRENCH)
            )
        ),
        fields_of("", ""),
        # A term more often than PostgreSQL keeps, and positions past the last it keeps.
        fields_of("a b a", " ".join(["t"] * 300 + [f"w{n}" for n in range(17_000)]), "a t"),
        fields_of("b z", " ".join(["z"] * 16_390), "z"),
        # Quotes and backslashes are not in folded terms, but a caller may pass them.
        fields_of("it's back\\slash", "l'a", "'"),
    ],
)
def test_postgresql_documents_are_the_plain_ones(fields: dict[str, str]) -> None:
    assert search.pg_document(fields) == plain_document(fields)


def _add_articles(db: Database, count: int) -> list[str]:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    ids = [f"article-{n:03d}" for n in range(count)]
    rows = [
        {
            "id": article_id,
            "headline": f"{ARABIC if n % 5 else FRENCH} {n}",
            "language": "fr" if n % 5 == 0 else "ar",
            "standfirst": FRENCH if n % 2 else ARABIC,
            "body": Document.from_plain_text(f"{ARABIC}\n{FRENCH}\n{n * 7}").to_json(),
            "tags": '["الاقتصاد", "Économie"]' if n % 3 == 0 else "[]",
            "status": "published",
            "version": 1,
            "author": "admin",
            "created_at": start + timedelta(hours=n),
            "updated_at": start + timedelta(hours=n),
            "updated_by": "admin",
            "published_at": start + timedelta(hours=n),
        }
        for n, article_id in enumerate(ids)
    ]
    with db.transaction() as session:
        session.execute(insert(ArticleRow), rows)
    return ids


def _index_contents(connection: Connection) -> list[tuple[object, ...]]:
    if connection.dialect.name == "sqlite":
        sql = (
            "SELECT article_id, headline, kicker, standfirst, body, tags FROM article_search"
            " ORDER BY article_id"
        )
    else:
        sql = "SELECT article_id, document::text FROM article_search ORDER BY article_id"
    return [tuple(row) for row in connection.exec_driver_sql(sql)]


def _rebuild(db: Database, workers: int) -> list[tuple[int, int]]:
    with db.transaction() as session:
        return list(search.rebuild(session.connection(), batch=7, workers=workers))


def _index_each_as_saved(db: Database) -> list[tuple[object, ...]]:
    with db.transaction() as session:
        connection = session.connection()
        for row in session.query(ArticleRow).all():
            search.index_article(connection, row.id, content_from_row(row))
        return _index_contents(connection)


@pytest.mark.parametrize("workers", [0, 1])
def test_a_rebuild_writes_the_index_that_saving_each_article_writes(
    db: Database, workers: int
) -> None:
    ids = _add_articles(db, 40)
    as_saved = _index_each_as_saved(db)
    found = [hit.id for hit in search_articles(db, "المسؤول hôpital", limit=50)]
    heard = _rebuild(db, workers=workers)
    with db.reading() as session:
        assert _index_contents(session.connection()) == as_saved
    assert [hit.id for hit in search_articles(db, "المسؤول hôpital", limit=50)] == found
    assert len(as_saved) == 40 and sorted(found) == ids
    assert heard[0] == (0, 40) and heard[-1] == (40, 40)
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)


def test_a_rebuild_that_fails_half_way_leaves_the_index_as_it_was(db: Database) -> None:
    _add_articles(db, 30)
    _rebuild(db, workers=0)
    with db.reading() as session:
        before = _index_contents(session.connection())
    with db.transaction() as session:  # an article the folding cannot read, late in the order
        session.connection().exec_driver_sql(
            "UPDATE articles SET body = '{not json' WHERE id = 'article-025'"
        )
    with pytest.raises(DocumentError):
        _rebuild(db, workers=1)
    with db.reading() as session:
        assert _index_contents(session.connection()) == before
        assert len(search.search(session.connection(), "المسؤول", limit=50)) == 30


def test_rebuilding_an_empty_sqlite_index_changes_no_schema(db: Database) -> None:
    # A new database empties its index in its first migration while other desks wait to open
    # it: no table is dropped and made again then.
    if db.engine.dialect.name != "sqlite":
        pytest.skip("only SQLite's index is made again to empty it")

    def schema_version() -> int:
        with db.reading() as session:
            return int(session.connection().exec_driver_sql("PRAGMA schema_version").scalar_one())

    before = schema_version()
    assert _rebuild(db, workers=0) == [(0, 0)]
    assert schema_version() == before
    _add_articles(db, 3)
    _rebuild(db, workers=0)  # fills the index
    _rebuild(db, workers=0)
    assert schema_version() > before  # a full index is emptied by making the table again
