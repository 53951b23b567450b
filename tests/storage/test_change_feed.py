"""The change feed's read: each stored version of a changed article once, nothing old at the start."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import text, update

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.people import Person, Role
from newsdesk.domain.workflow import Step
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.change_feed import ArticleChanges, PgListener
from newsdesk.storage.models import ArticleRow
from newsdesk.storage.opening import open_database
from support import KARIM, SARA


def test_changes_are_read_once_each_and_the_starting_point_is_not_news(db, db_url) -> None:
    sara = ArticleService(db, SARA)
    old = sara.create(ArticleContent(headline="déjà là"))
    changes = ArticleChanges(db)
    assert changes.read() == []
    other = open_database(db_url)  # another desk
    try:
        fresh = ArticleService(other, SARA).create(ArticleContent(headline="nouveau"))
        ArticleService(other, SARA).take_step(fresh.id, Step.SUBMIT)
        found = changes.read()
        assert [(c.id, c.version, c.status) for c in found] == [(fresh.id, 2, "submitted")]
        assert found[0].last_step == "submit" and found[0].author == "sara"
        assert changes.read() == []
        ArticleService(other, KARIM).take_step(fresh.id, Step.CLAIM)
        (claimed,) = changes.read()
        assert (claimed.version, claimed.last_step, claimed.updated_by) == (3, "claim", "karim")
        assert old.id not in {c.id for c in changes.read()}
    finally:
        other.close()


def test_a_write_that_commits_an_older_time_than_one_already_read_is_still_seen(db) -> None:
    sara = ArticleService(db, SARA)
    slow = sara.create(ArticleContent(headline="lente"))
    changes = ArticleChanges(db)
    quick = sara.edit(sara.create(ArticleContent(headline="rapide")).id, headline="rapide 2")
    assert [c.id for c in changes.read()] == [quick.id]
    # A transaction that took its time stamp before the quick one but committed after it.
    earlier = quick.updated_at - timedelta(seconds=5)
    with db.transaction() as session:
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == slow.id)
            .values(version=ArticleRow.version + 1, updated_at=earlier)
        )
    assert [(c.id, c.version) for c in changes.read()] == [(slow.id, 2)]
    assert changes.read() == []


@pytest.mark.postgres
def test_the_listener_hears_every_write_and_says_when_its_server_is_gone(db_url) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    db = open_database(db_url)
    ensure_first_admin(db, "admin")
    heard: list[str] = []
    listener = PgListener(db, heard.append)
    try:
        article = ArticleService(db, Person("admin", Role.ADMIN)).create(
            ArticleContent(headline="écouté")
        )
        deadline = time.monotonic() + 10
        while f"{article.id} 1" not in heard and time.monotonic() < deadline:
            time.sleep(0.05)
        assert f"{article.id} 1" in heard and listener.alive
        with db.engine.connect() as connection:  # the server ends the listening session
            connection.execute(
                text("SELECT pg_terminate_backend(:pid)"), {"pid": listener.backend_pid}
            )
        deadline = time.monotonic() + 10
        while listener.alive and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not listener.alive and heard[-1] == ""
    finally:
        listener.close()
        db.close()


def test_reading_the_articles_notices_named_reports_those_alone_each_version_once(
    db, db_url
) -> None:
    sara = ArticleService(db, SARA)
    named = sara.create(ArticleContent(headline="مسماة"))
    changes = ArticleChanges(db)
    other = open_database(db_url)  # another desk
    try:
        elsewhere = ArticleService(other, SARA)
        elsewhere.edit(named.id, headline="مسماة ٢")
        unnamed = elsewhere.create(ArticleContent(headline="غير مسماة"))
        assert [(c.id, c.version) for c in changes.read({named.id})] == [(named.id, 2)]
        assert changes.read({named.id}) == []
        assert changes.read(set()) == []
        # Without names (the listener was lost): everything since, but nothing twice.
        assert [c.id for c in changes.read()] == [unnamed.id]
    finally:
        other.close()
