"""SQLite's direct reads give exactly what SQLAlchemy's typed rows give."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.mapping import article_from_row, summary_from_row
from newsdesk.storage.opening import open_database
from newsdesk.storage.repositories import _BY_ID, SUMMARY_COLUMNS, ArticleReads
from support import ADMIN, SARA


def test_direct_rows_match_sqlalchemy_rows(tmp_path) -> None:
    db = open_database(str(tmp_path / "reads.db"))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "sara", "editor")
    content = ArticleContent(
        headline="CNSS يسجل",
        body=Document.from_plain_text("فقرة"),
        breaking=True,
        embargo_at=datetime(2024, 2, 28, 12, 30, tzinfo=UTC),
    )
    article_id = ArticleService(db, SARA).create(content).id
    with db.read_connection() as connection:
        fast = ArticleReads(connection).get(article_id)
        typed = connection.execute(_BY_ID, {"article_id": article_id}).first()
        fast_page = ArticleReads(connection).page(limit=10)
        typed_page = connection.execute(select(*SUMMARY_COLUMNS)).all()
    assert article_from_row(fast) == article_from_row(typed)
    assert [summary_from_row(r) for r in fast_page] == [summary_from_row(r) for r in typed_page]
    assert article_from_row(fast).content.embargo_at == datetime(2024, 2, 28, 12, 30, tzinfo=UTC)
    db.close()
