"""SQLite's direct reads give exactly what SQLAlchemy's typed rows give."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.mapping import article_from_row, summary_from_row
from newsdesk.storage.models import ArticleRow
from newsdesk.storage.opening import open_database
from newsdesk.storage.repositories import SUMMARY_COLUMNS, ArticleReads
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
        table = ArticleRow.__table__
        typed = connection.execute(select(table).where(table.c.id == article_id)).first()
        fast_page = ArticleReads(connection).page(limit=10)
        typed_page = connection.execute(select(*SUMMARY_COLUMNS)).all()
    assert article_from_row(fast) == article_from_row(typed)
    assert [summary_from_row(r) for r in fast_page] == [summary_from_row(r) for r in typed_page]
    assert article_from_row(fast).content.embargo_at == datetime(2024, 2, 28, 12, 30, tzinfo=UTC)
    db.close()


def test_the_written_out_columns_are_the_models() -> None:
    from sqlalchemy import Boolean

    from newsdesk.storage import plain_reads
    from newsdesk.storage.types import UTCDateTime

    columns = ArticleRow.__table__.columns
    assert tuple(c.name for c in columns) == plain_reads.ARTICLE_NAMES
    assert {c.name for c in columns if isinstance(c.type, UTCDateTime)} == plain_reads.TIME_NAMES
    assert {c.name for c in columns if isinstance(c.type, Boolean)} == plain_reads.FLAG_NAMES


def test_a_desk_page_read_status_by_status_is_the_desk_page(tmp_path) -> None:
    import sqlite3

    from newsdesk.domain.workflow import Step
    from newsdesk.storage.plain_reads import SUMMARY_NAMES, summary_page
    from newsdesk.storage.reader import SqliteReader

    path = tmp_path / "desk.db"
    db = open_database(str(path))
    ensure_first_admin(db, ADMIN.name)
    service = ArticleService(db, ADMIN)
    for n in range(12):
        made = service.create(ArticleContent(headline=f"خبر {n}", desk="sports" if n % 3 else "x"))
        if n % 4 == 1:
            service.take_step(made.id, Step.SUBMIT)
    db.close()
    plain = (
        f"SELECT {', '.join(SUMMARY_NAMES)} FROM articles WHERE desk = ?"
        " ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?"
    )
    with sqlite3.connect(path) as conn:
        for limit, offset in ((3, 0), (3, 2), (50, 0), (4, 7)):
            split = summary_page(
                SqliteReader(conn.cursor(), conn), {"desk": "sports"}, limit, offset
            )
            whole = conn.execute(plain, ("sports", limit, offset)).fetchall()
            assert [row[0] for row in split] == [row[0] for row in whole]
            assert len(whole) == min(limit, max(0, 8 - offset))
        statuses = {row[3] for row in conn.execute(plain, ("sports", 50, 0))}
    assert statuses == {"draft", "submitted"}  # the page mixes statuses, as it must
