"""The change feed's read: each stored version of a changed article once, nothing old at the start."""

from __future__ import annotations

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.workflow import Step
from newsdesk.services.articles import ArticleService
from newsdesk.storage.change_feed import ArticleChanges
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
