"""Search treats the hamza seats the dictionary accepts either way as one word, on SQLite and
PostgreSQL, and a database indexed before that is indexed again when it is opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document
from newsdesk.services.articles import ArticleService
from newsdesk.services.searching import search_articles
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.opening import open_database
from schema_rewind import rewind_schema
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
    path = str(tmp_path / "old.db")
    db = open_database(path)
    ensure_first_admin(db, SARA.name)
    article = ArticleService(db, SARA).create(ARTICLES["yeh"]).id
    db.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        # As a database indexed before 0009 holds it: the terms of the older fold (ئ as ي).
        connection.exec_driver_sql(
            "UPDATE article_search SET headline = 'تعيين مسيول جديد', body = ''"
        )
        rewind_schema(connection.exec_driver_sql, "0008")
    engine.dispose()
    db = open_database(path)
    try:
        assert [hit.id for hit in search_articles(db, "مسؤول")] == [article]
    finally:
        db.close()
