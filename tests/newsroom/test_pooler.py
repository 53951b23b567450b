"""Desks behind a transaction-pooling PgBouncer: their work goes through it, their change feed
straight to the server, and nothing they do depends on keeping one server session."""

from __future__ import annotations

import time

import pytest
from sqlalchemy.engine import make_url

from conftest import PG_BASE_URL
from newsdesk.domain.article import ArticleContent
from newsdesk.errors import StorageError
from newsdesk.services.articles import ArticleService
from newsdesk.services.searching import search_summaries
from newsdesk.storage.change_feed import PgListener
from newsdesk.storage.opening import open_database
from newsdesk.storage.pooling import split_settings
from newsroom_support import Newsroom
from pgbouncer_support import pgbouncer

POOLED = "postgresql+psycopg://sara@bouncer.lan:6432/newsroom?sslmode=require"


def test_the_pooler_settings_leave_the_url_and_say_where_the_feed_listens() -> None:
    plain, settings = split_settings(
        make_url(POOLED + "&pooler=transaction&listen_host=db.lan&listen_port=5432")
    )
    assert plain == make_url(POOLED)
    assert settings.transaction_pooling
    assert settings.connect_args() == {"prepare_threshold": None}
    assert settings.listen_url == make_url(
        "postgresql+psycopg://sara@db.lan:5432/newsroom?sslmode=require"
    )
    same, nothing = split_settings(make_url(POOLED))
    assert same == make_url(POOLED) and nothing.listen_url is None
    assert nothing.connect_args() == {}


@pytest.mark.parametrize(
    "query, refusal",
    [
        ("&pooler=transaction", "needs listen_host, listen_port or listen_dbname"),
        ("&pooler=statement&listen_port=5432", "the only pooler setting"),
        ("&listen_port=five", "not a port number"),
    ],
)
def test_a_pooled_url_that_would_lose_the_feed_or_is_malformed_is_refused(
    query: str, refusal: str
) -> None:
    with pytest.raises(StorageError, match=refusal):
        open_database(POOLED + query)


@pytest.mark.postgres
def test_two_desks_of_one_person_share_one_pooled_server_session_and_hear_each_other(
    newsroom: Newsroom, need_tool
) -> None:
    need_tool("pgbouncer")
    sara = newsroom.name("sara")
    # One server connection for all of sara's desks: each transaction may land on the session
    # another desk's transaction just left, prepared statements and all.
    with pgbouncer(PG_BASE_URL, [sara], pool_mode="transaction", pool_size=1) as port:
        server = make_url(PG_BASE_URL)
        pooled = server.set(username=sara, port=port).render_as_string(hide_password=False)
        url = f"{pooled}?pooler=transaction&listen_port={server.port or 5432}"
        writer_db, reader_db = open_database(url), open_database(url)
        heard: list[str] = []
        listener = PgListener(reader_db, heard.append)
        try:
            writer = ArticleService(writer_db, newsroom.person("sara"))
            reader = ArticleService(reader_db, newsroom.person("sara"))
            article = writer.create(ArticleContent(headline="عبر المجمع"))
            own = reader.create(ArticleContent(headline="مسودة أخرى"))
            # More than psycopg's five runs of each statement, alternating between the desks.
            for n in range(8):
                writer.edit(article.id, headline=f"عبر المجمع {n}")
                reader.edit(own.id, headline=f"مسودة أخرى {n}")
            for _ in range(6):
                assert reader.get(article.id).version == 9
                assert [s.id for s in reader.summaries(author=sara, limit=1)] == [own.id]
                assert [s.id for s in search_summaries(writer_db, "المجمع")] == [article.id]
            expected = {f"{article.id} {version}" for version in range(1, 10)}
            deadline = time.monotonic() + 10
            while not expected <= set(heard) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert expected <= set(heard)
            assert listener.alive
        finally:
            listener.close()
            writer_db.close()
            reader_db.close()
