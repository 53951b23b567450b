"""Queries with more than RANK_ALL matches rank only the newest ones, cheaply; a query whose
words are common but seldom together is still counted, and all its matches ranked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.services.searching import search_articles
from newsdesk.storage import search
from newsdesk.storage.engine import Database
from newsdesk.storage.reader import connection_reader
from searchtools import add_indexed

START = datetime(2020, 1, 1, tzinfo=UTC)


def _content(headline: str, body: str) -> ArticleContent:
    return ArticleContent(headline=headline, body=Document.from_plain_text(body))


def _daily(
    name: str, contents: list[ArticleContent], count: int, first_day: int
) -> list[tuple[str, ArticleContent, datetime]]:
    """`count` articles, a day apart from `first_day` on, taking `contents` in turn."""
    return [
        (f"{name}-{n:03d}", contents[n % len(contents)], START + timedelta(days=first_day + n))
        for n in range(count)
    ]


def _small_windows(monkeypatch: pytest.MonkeyPatch, rank_all: int) -> None:
    # The same rules as at a million articles, at the scale of a test.
    monkeypatch.setattr(search, "RANK_ALL", rank_all)
    monkeypatch.setattr(search, "CANDIDATES", 20)
    monkeypatch.setattr(search, "PG_NEWEST", 20)


def _analyze(db: Database) -> None:
    if not db.is_sqlite:  # PostgreSQL's statistics are what a search reads to skip a count
        with db.transaction() as session:
            session.execute(text("ANALYZE article_search"))


@pytest.mark.parametrize("analyzed", [False, True])
def test_a_common_word_ranks_the_newest_matches_by_their_headlines(
    db: Database, monkeypatch: pytest.MonkeyPatch, analyzed: bool
) -> None:
    _small_windows(monkeypatch, rank_all=10)
    plain = _content("تقرير اليوم", "اجتمعت الحكومة اليوم في الرباط لدراسة عدة مشاريع.")
    headed = _content("الحكومة تجتمع في الرباط", "اجتمعت الحكومة اليوم في الرباط.")
    articles = [("old-headline", headed, START), *_daily("plain", [plain], 60, first_day=1)]
    articles.insert(50, ("new-headline", headed, START + timedelta(days=50, hours=12)))
    add_indexed(db, articles)
    if analyzed:
        _analyze(db)
    hits = [hit.id for hit in search_articles(db, "الحكومة", limit=10)]
    assert hits[0] == "new-headline"
    assert hits[1:] == [f"plain-{n:03d}" for n in range(59, 50, -1)]
    shown = [hit.id for hit in search_articles(db, "الحكومة", limit=10, offset=10)]
    assert "old-headline" not in shown and len(shown) == 10
    with db.read_connection() as connection:  # filters narrow the same window
        published = search.search(connection, "الحكومة", limit=10, filters={"status": "published"})
        assert [row.article_id for row in published] == hits
        assert search.search(connection, "الحكومة", filters={"status": "draft"}) == []


def test_common_words_seldom_together_have_all_their_matches_ranked(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_windows(monkeypatch, rank_all=20)
    best = _content("الحكومة تقدم الميزانية", "ناقشت الحكومة مشروع الميزانية في البرلمان.")
    both = _content("تقرير", "ناقشت الحكومة مشروع الميزانية.")
    one = _content("تقرير", "اجتمعت الحكومة اليوم في الرباط.")
    other = _content("تقرير", "نوقشت الميزانية اليوم في البرلمان.")
    add_indexed(
        db,
        [
            ("best", best, START),  # the oldest: only ranking every match finds it first
            *_daily("both", [both], 14, first_day=1),
            *_daily("single", [other, one], 200, first_day=30),
        ],
    )
    _analyze(db)
    if not db.is_sqlite:
        with db.read_connection() as connection:  # the statistics call the query common
            enough = search.COMMON_MARGIN * search.RANK_ALL
            assert search._pg_common(
                connection_reader(connection), search.query_terms("الحكومة الميزانية"), enough
            )
    hits = [hit.id for hit in search_articles(db, "الحكومة الميزانية", limit=5)]
    assert hits[0] == "best" and len(hits) == 5


def test_a_search_leaves_the_planner_settings_as_it_found_them(db: Database) -> None:
    if db.is_sqlite:
        return
    add_indexed(db, [("one", _content("الحكومة", "اجتمعت الحكومة اليوم."), START)])
    with db.read_connection() as connection:
        assert [row.article_id for row in search.search(connection, "الحكومة")] == ["one"]
        assert connection.execute(text("SHOW enable_seqscan")).scalar_one() == "on"


def test_postgresql_statistics_are_read_again_once_they_may_have_changed(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.is_sqlite:
        return
    monkeypatch.setattr(search, "RANK_ALL", 10)
    plain = _content("تقرير اليوم", "اجتمعت الحكومة اليوم في الرباط.")
    add_indexed(db, _daily("plain", [plain], 60, first_day=1))
    terms = search.query_terms("الحكومة")

    def common() -> float:
        with db.read_connection() as connection:
            return search._pg_common(connection_reader(connection), terms, 20)

    assert not common()  # never analysed: no statistics, every query counted
    _analyze(db)
    assert not common()  # read a moment ago
    monkeypatch.setattr(search, "PG_SHARES_FOR", 0.0)
    assert common() >= 60
