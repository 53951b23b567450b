"""On SQLite an article's row of the search index is found through an index, not a full read."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from newsdesk.domain.article import ArticleContent
from newsdesk.services.articles import ArticleService
from newsdesk.storage.search import SQLITE_DELETE_ROW
from newsdesk.text.normalize import normalize_for_index
from support import SARA


@pytest.fixture
def sqlite_db(db, db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("the FTS5 row index is SQLite's")
    return db


def test_replacing_an_articles_row_looks_it_up_by_index(sqlite_db) -> None:
    with sqlite_db.engine.connect() as connection:
        plan = connection.execute(text("EXPLAIN QUERY PLAN " + SQLITE_DELETE_ROW), {"id": "x"}).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_article_search_content_c0" in details, details
    assert "SCAN article_search_content" not in details, details


def test_each_save_leaves_one_row_with_the_newest_words(sqlite_db) -> None:
    service = ArticleService(sqlite_db, SARA)
    first = service.create(ArticleContent(headline="سدود سوس ماسة"))
    other = service.create(ArticleContent(headline="أمطار الرباط"))
    service.edit(first.id, headline="تحلية مياه شتوكة")
    service.edit(first.id, if_version=2, headline="تحلية مياه أكادير")
    with sqlite_db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT article_id, headline FROM article_search ORDER BY article_id")
        ).all()
    expected = [(first.id, "تحلية مياه أكادير"), (other.id, "أمطار الرباط")]
    assert sorted(rows) == sorted((i, normalize_for_index(h)) for i, h in expected)
