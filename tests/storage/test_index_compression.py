"""A PostgreSQL re-index stores its documents compressed with lz4 when the server has it.

Saving an article keeps the server's default compression; only the rebuild's own transaction
asks for lz4, which is quicker to write (storage.search.compress_quickly). A server built
without lz4 (which then asks for nothing) is not tested: the test server has lz4 and there is no
honest way to take it away.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Connection

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.storage import search
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import content_from_row
from newsdesk.storage.models import ArticleRow
from searchtools import add_indexed

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_url", ["postgresql"], indirect=True),
]

ARTICLES = 6


def _long_articles(db: Database) -> list[str]:
    """Articles, indexed as saved, whose documents are long enough for the server to compress."""
    start = datetime(2024, 3, 1, tzinfo=UTC)
    body = " ".join(f"الاقتصاد{n} économie{n}" for n in range(1_500))
    articles = [
        (
            f"long-{n}",
            ArticleContent(
                headline=f"الحكومة تعلن ميزانية {n}",
                language="ar",
                body=Document.from_plain_text(f"{body} {n}"),
            ),
            start + timedelta(hours=n),
        )
        for n in range(ARTICLES)
    ]
    add_indexed(db, articles)
    return [article_id for article_id, _, _ in articles]


def _compressions(connection: Connection) -> dict[str, str | None]:
    """How each article's stored document is compressed (None: stored as it is)."""
    rows = connection.exec_driver_sql(
        "SELECT article_id, pg_column_compression(document) FROM article_search"
    )
    return {str(article_id): method for article_id, method in rows}


def _server_has_lz4(connection: Connection) -> bool:
    enumvals = connection.exec_driver_sql(
        "SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'"
    ).scalar()
    return bool(enumvals) and "lz4" in enumvals


def _compression_now(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SHOW default_toast_compression").scalar_one())


def _server_default(connection: Connection) -> str:
    """The compression a new session of the server starts with."""
    return str(
        connection.exec_driver_sql(
            "SELECT reset_val FROM pg_settings WHERE name = 'default_toast_compression'"
        ).scalar_one()
    )


def test_a_rebuild_stores_lz4_documents_and_saving_keeps_the_servers_default(
    db: Database,
) -> None:
    ids = _long_articles(db)
    with db.transaction() as session:
        connection = session.connection()
        if not _server_has_lz4(connection):
            pytest.skip("this PostgreSQL server was built without lz4")
        default = _server_default(connection)
        if default == "lz4":
            pytest.skip("this PostgreSQL server compresses with lz4 anyway")
        saved = _compressions(connection)
    # pglz gives up on a document whose first kilobyte repeats nothing: then it is stored whole.
    assert sorted(saved) == ids and set(saved.values()) <= {default, None}

    with db.transaction() as session:
        heard = list(search.rebuild(session.connection(), batch=4, workers=0))
    assert heard[-1] == (ARTICLES, ARTICLES)
    with db.transaction() as session:
        connection = session.connection()
        assert _compressions(connection) == dict.fromkeys(ids, "lz4")
        # SET LOCAL: the next transaction on the connection is back to the server's default.
        assert _compression_now(connection) == default
        row = session.get(ArticleRow, ids[0])
        assert row is not None
        search.index_article(connection, row.id, content_from_row(row))
        assert _compressions(connection)[ids[0]] == saved[ids[0]]
    with db.reading() as session:
        found = search.search(session.connection(), "الاقتصاد1499", limit=10)
        assert sorted(hit.article_id for hit in found) == ids
