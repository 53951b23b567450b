"""Queue counts on a large archive: the archive's statuses are counted up to a cap only."""

from __future__ import annotations

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.workflow import Step
from newsdesk.services.articles import ArticleService, count_label
from newsdesk.storage import plain_reads
from support import KARIM, SARA


def _published(db, headline: str) -> str:
    service = ArticleService(db, SARA)
    article = service.create(ArticleContent(headline=headline))
    service.take_step(article.id, Step.SUBMIT)
    chief = ArticleService(db, KARIM)
    for step in (Step.CLAIM, Step.APPROVE, Step.PUBLISH):
        chief.take_step(article.id, step)
    return article.id


def test_published_counts_stop_past_the_cap_and_read_as_over_it(db, monkeypatch) -> None:
    monkeypatch.setattr(plain_reads, "COUNT_CAP", 2)
    for n in range(4):
        _published(db, f"خبر منشور {n}")
    counts = ArticleService(db, KARIM).counts()
    assert counts["published"] == 3 and counts["submitted"] == 0
    monkeypatch.setattr("newsdesk.services.articles.COUNT_CAP", 2)
    assert (count_label(3), count_label(2)) == ("2+", "2")


def test_held_counts_and_the_change_marker_follow_the_desk(db) -> None:
    article = ArticleService(db, SARA).create(ArticleContent(headline="مقال للمراجعة"))
    ArticleService(db, SARA).take_step(article.id, Step.SUBMIT)
    chief = ArticleService(db, KARIM)
    before = chief.change_marker()
    chief.take_step(article.id, Step.CLAIM)
    assert chief.counts(held_by="karim")["in_review"] == 1
    assert chief.counts(held_by="sara").get("in_review", 0) == 0
    after = chief.change_marker()
    assert after != before
    _published(db, "خبر آخر")
    assert chief.change_marker() != after
