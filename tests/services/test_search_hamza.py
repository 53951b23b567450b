"""Search treats the hamza seats the dictionary accepts either way as one word, on SQLite and
PostgreSQL, and a database indexed before that is indexed again when it is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.services.articles import ArticleService
from newsdesk.services.searching import search_articles
from newsdesk.storage.migrate import alembic_config
from newsdesk.storage.opening import open_database
from support import SARA

ARTICLES = {
    "waw": ArticleContent(
        headline="المسؤول الجهوي يزور الموقع",
        body=Document.from_plain_text("قال مسؤولون إن شؤون الجالية تحظى بالأولوية."),
    ),
    "yeh": ArticleContent(
        headline="تعيين مسئول جديد",
        body=Document.from_plain_text("وتتولى الوزارة الشئون الإسلامية وفق مبادىء الحكامة."),
    ),
    "none": ArticleContent(headline="افتتاح مدرسة جديدة بالرباط"),
}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("مسئول", {"waw", "yeh"}),
        ("مسؤول", {"waw", "yeh"}),
        ("المسئولين", {"waw", "yeh"}),
        ("شئون", {"waw", "yeh"}),
        ("شؤون", {"waw", "yeh"}),
        ("مبادئ", {"yeh"}),
    ],
)
def test_either_seat_finds_the_other(db, query: str, expected: set[str]) -> None:
    service = ArticleService(db, SARA)
    ids = {service.create(content).id: key for key, content in ARTICLES.items()}
    found = {ids[hit.id] for hit in search_articles(db, query)}
    assert found == expected


def test_an_index_written_before_the_seats_were_folded_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0008")
        connection.exec_driver_sql(
            "INSERT INTO users VALUES ('sara', '', 'editor', '2024-02-28 11:30:00', 0, 0)"
        )
        connection.exec_driver_sql(
            "INSERT INTO articles (id, headline, language, kicker, standfirst, body, byline,"
            " dateline, desk, tags, urgency, breaking, status, version, author, created_at,"
            " updated_at, updated_by) VALUES ('a1', 'تعيين مسئول جديد', 'ar', '', '',"
            " '{\"blocks\":[]}', '', '', '', '[]', 5, 0, 'draft', 1, 'sara',"
            " '2024-02-28 11:30:00', '2024-02-28 11:30:00', 'sara')"
        )
        # The terms the fold before 0009 wrote: ئ as ي.
        connection.exec_driver_sql(
            "INSERT INTO article_search (article_id, headline, kicker, standfirst, body, tags)"
            " VALUES ('a1', 'تعيين مسيول جديد', '', '', '', '')"
        )
    engine.dispose()
    db = open_database(str(path))
    try:
        assert [hit.id for hit in search_articles(db, "مسؤول")] == ["a1"]
    finally:
        db.close()
