"""The reads without the ORM give what the ORM's reads give, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.domain.workflow import Step
from newsdesk.services.article_reads import article_page, quick_article
from newsdesk.services.articles import ArticleService
from newsdesk.services.searching import search_articles
from newsdesk.storage.mapping import article_from_row, summary_from_row
from newsdesk.storage.models import ArticleRow
from newsdesk.storage.repositories import SUMMARY_COLUMNS
from support import ADMIN


def test_plain_reads_match_the_models(db) -> None:
    service = ArticleService(db, ADMIN)
    made = [
        service.create(
            ArticleContent(
                headline=f"الجفاف في الرباط {n}",
                body=Document.from_plain_text("فقرة عن الجفاف"),
                desk="sports" if n % 2 else "national",
                breaking=n == 1,
                embargo_at=datetime(2024, 2, 28, 12, 30, tzinfo=UTC) if n == 2 else None,
            )
        )
        for n in range(5)
    ]
    service.take_step(made[3].id, Step.SUBMIT)
    with db.read_connection() as connection:
        ordered = select(*SUMMARY_COLUMNS).order_by(
            ArticleRow.updated_at.desc(), ArticleRow.id.desc()
        )
        typed = [summary_from_row(row) for row in connection.execute(ordered)]
        typed_rows = connection.execute(select(ArticleRow.__table__)).all()
    assert article_page(db, limit=50) == typed
    assert (
        article_page(db, desk="sports", limit=1, offset=1)
        == [s for s in typed if s.desk == "sports"][1:2]
    )
    assert article_page(db, status="submitted") == [
        s for s in typed if s.status.value == "submitted"
    ]
    for row in typed_rows:
        assert quick_article(db, row.id) == article_from_row(row)
        assert quick_article(db, row.id[:8]) == article_from_row(row)  # as `article list` shows it
    assert quick_article(db, "no-such-article") is None
    # A pattern's signs are only letters in a prefix: "_" is not "any one letter".
    assert quick_article(db, typed_rows[0].id[:7] + "_") is None
    hits = search_articles(db, "الجفاف")
    assert {hit.id for hit in hits} == {a.id for a in made}
    assert all("**" in hit.snippet for hit in hits)
