"""Every write the app makes still passes under the newsroom's triggers, as the person's own role."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.services.articles import ArticleService
from newsdesk.services.tickers import TickerService
from newsroom_support import Newsroom

pytestmark = pytest.mark.postgres


@contextmanager
def service(room: Newsroom, who: str) -> Iterator[ArticleService]:
    db = room.open(who)
    try:
        yield ArticleService(db, room.person(who))
    finally:
        db.close()


def test_the_whole_workflow_as_each_person(newsroom: Newsroom) -> None:
    with service(newsroom, "sara") as sara, service(newsroom, "karim") as karim:
        article = sara.create(ArticleContent("Rain in Rabat", desk="national"))
        sara.edit(article.id, headline="Rain in Rabat and Sale")
        sara.add_note(article.id, "photos follow")
        sara.take_step(article.id, "submit")
        karim.take_step(article.id, "claim")
        karim.edit(article.id, standfirst="Storms")
        karim.take_step(article.id, "return", "shorter please")
        sara.edit(article.id, headline="Rain")
        sara.take_step(article.id, "submit")
        karim.take_step(article.id, "approve")
        karim.take_step(article.id, "spike")
        karim.take_step(article.id, "restore")
        final = karim.take_step(article.id, "publish")
        assert final.status == Status.PUBLISHED
        steps = [r.step for r in karim.history(article.id)]
        assert steps == ["created", "saved", "submit", "claim", "saved", "return", "saved",
                         "submit", "approve", "spike", "restore", "publish"]  # fmt: skip
        assert [n.author for n in karim.notes(article.id)][:1] == [newsroom.name("sara")]


def test_leases_conflicts_and_revisions(newsroom: Newsroom) -> None:
    with service(newsroom, "sara") as sara, service(newsroom, "karim") as karim:
        article = sara.create(ArticleContent("Lease"))
        sara.take_step(article.id, "submit")
        karim.take_step(article.id, "claim")
        karim.break_lease(article.id)
        karim.break_lease(article.id)  # nothing held: still recorded, as the app does
        mine = sara.create(ArticleContent("Mine"))
        sara.edit(mine.id, headline="Mine 2")
        with pytest.raises(Exception, match="conflict"):
            sara.edit(mine.id, if_version=1, headline="Stale")
        sara.restore_revision(mine.id, 1)


def test_tickers_as_each_person(newsroom: Newsroom) -> None:
    sara_db, karim_db = newsroom.open("sara"), newsroom.open("karim")
    try:
        sara = TickerService(sara_db, newsroom.person("sara"))
        karim = TickerService(karim_db, newsroom.person("karim"))
        first = sara.add("خبر عاجل", channel="site")
        second = sara.add("خبر ثان", channel="site")
        sara.edit(first.id, text="خبر عاجل جدا")
        karim.approve(first.id, force=True)
        karim.move(second.id, 0)
        sara.add("ثالث", channel="site", breaking=True)
        sara.withdraw(second.id)
        karim.renew(first.id)
        karim.withdraw(first.id)
    finally:
        sara_db.close()
        karim_db.close()
