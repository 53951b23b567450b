"""Indexes made before the ascii tokenizer (unicode61, as older databases have) are searched
as the new ones are, and a rebuild (`db reindex`) makes them with ascii, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from datafiles import CAPTURES, SEED
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document, DocumentError
from newsdesk.services.articles import ArticleService
from newsdesk.services.searching import reindex, search_articles
from newsdesk.storage.engine import Database
from newsdesk.storage.search import (
    SQLITE_ROW_INDEX,
    SQLITE_TOKENIZER,
    UNICODE61_TOKENIZER,
    sqlite_index_table,
    tokenizer_of,
)
from support import SARA

ARTICLES = {
    "seed": ArticleContent(
        headline="CNSS يسجل 641 ألف صانع تقليدي",
        body=Document.from_plain_text(SEED.read_text("utf-8")),
    ),
    **{
        path.stem: ArticleContent(
            language=path.stem[:2],
            headline=path.stem,
            body=Document.from_plain_text(path.read_text("utf-8")),
        )
        for path in sorted(CAPTURES.glob("*.txt"))
    },
    "french": ArticleContent(
        language="fr",
        headline="L'École d'été à Montréal accueille les élèves",
        standfirst="Les hôpitaux et le cœur de la ville, ÉTÉ 2024",
    ),
    "mixed": ArticleContent(
        headline="الـــقـــدس: مسؤول في OCP والـONCF يعلن ٦٤١ منصبا",
        kicker="عاجل",
        body=Document.from_plain_text("وقال مسئول إن بـ2M ستنقل الخبر.\u200c والـمـغـرب مُسْتَعِدٌّ"),
        tags=["OCP", "ONCF"],
    ),
    "tai_lue": ArticleContent(headline="ᦀᦰᦂ ᦑᦲ"),
}
QUERIES = [
    "CNSS", "صانع", "صناع تقليديين", "641", "٦٤١", "۶۴۱", "ecole", "École été", "hopital",
    "Montreal", "urgent", "مسؤول", "مسئولين", "القدس", "الـــقـــدس", "OCP", "ONCF المغرب",
    "2M", "مستعد", "عاجل", "breaking", "ᦀᦰᦂ",
]  # fmt: skip
# Found through Latin acronyms inside Arabic, digits of any script, folded accents.
EXPECTED = {
    "CNSS": {"seed"},
    "٦٤١": {"seed", "mixed"},
    "École été": {"french"},
    "OCP": {"mixed"},
    "2M": {"mixed"},
    "ᦀᦰᦂ": {"tai_lue"},
}


def _results(db: Database, ids: dict[str, str]) -> dict[str, list[tuple[str, float, str]]]:
    return {
        query: [
            (ids[hit.id], round(hit.score, 9), hit.snippet) for hit in search_articles(db, query)
        ]
        for query in QUERIES
    }


def _made_as_before(db: Database) -> dict[str, str]:
    """Articles saved into an index made as older databases have it; their ids to their keys."""
    with db.engine.begin() as connection:
        if db.is_sqlite:  # unicode61, with the row index of migration 0013
            connection.exec_driver_sql("DROP TABLE article_search")
            connection.exec_driver_sql(sqlite_index_table(UNICODE61_TOKENIZER))
            connection.exec_driver_sql(SQLITE_ROW_INDEX)
    service = ArticleService(db, SARA)
    ids = {service.create(content).id: key for key, content in ARTICLES.items()}
    if not db.is_sqlite:  # the terms the folding made before it ended a term at ᦰ
        tai_lue = next(i for i, key in ids.items() if key == "tai_lue")
        with db.engine.begin() as connection:
            connection.execute(
                text(
                    "UPDATE article_search SET document = CAST(:doc AS tsvector)"
                    " WHERE article_id = :id"
                ),
                {"doc": "'ᦀᦰᦂ':1A 'ᦑᦲ':2A", "id": tai_lue},
            )
    return ids


def _articles(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as connection:
        return [
            tuple(row) for row in connection.execute(text("SELECT * FROM articles ORDER BY id"))
        ]


def _sqlite_index(db: Database) -> tuple[str | None, int, bool]:
    """The index table's tokenizer, its rows, and whether the row index (0013) is there."""
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT count(*) FROM article_search").scalar_one()
        row_index = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'ix_article_search_content_c0'"
        ).scalar()
        return tokenizer_of(connection), rows, row_index == 1


@pytest.fixture
def sqlite_db(db: Database) -> Database:
    if not db.is_sqlite:
        pytest.skip("FTS5's tokenizers are SQLite's")
    return db


def test_a_new_database_is_made_with_the_ascii_tokenizer(sqlite_db: Database) -> None:
    assert _sqlite_index(sqlite_db) == (SQLITE_TOKENIZER, 0, True)


def test_a_reindex_makes_an_old_index_with_ascii_and_every_search_finds_the_same(
    db: Database,
) -> None:
    ids = _made_as_before(db)
    stored = _articles(db)
    if db.is_sqlite:
        assert _sqlite_index(db) == (UNICODE61_TOKENIZER, len(ARTICLES), True)
    before = _results(db, ids)
    for _ in reindex(db):
        pass
    after = _results(db, ids)
    assert _articles(db) == stored
    if db.is_sqlite:
        assert _sqlite_index(db) == (SQLITE_TOKENIZER, len(ARTICLES), True)
    for query, keys in EXPECTED.items():
        assert {key for key, _, _ in after[query]} == keys, query
    assert all(snippet for hits in after.values() for _, _, snippet in hits)
    if not db.is_sqlite:  # its old terms for ᦀᦰᦂ were indexed again
        assert before.pop("ᦀᦰᦂ") == [] and after.pop("ᦀᦰᦂ") != []
    assert after == before


def test_an_empty_old_index_is_made_with_ascii_too(sqlite_db: Database) -> None:
    with sqlite_db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE article_search")
        connection.exec_driver_sql(sqlite_index_table(UNICODE61_TOKENIZER))
        connection.exec_driver_sql(SQLITE_ROW_INDEX)
    assert [step for step in reindex(sqlite_db)] == [(0, 0)]
    assert _sqlite_index(sqlite_db) == (SQLITE_TOKENIZER, 0, True)


def test_a_failed_reindex_leaves_the_old_index_whole(sqlite_db: Database) -> None:
    ids = _made_as_before(sqlite_db)
    before = _results(sqlite_db, ids)
    with sqlite_db.engine.begin() as connection:  # the newest article, met last by the rebuild
        connection.execute(text("UPDATE articles SET body = '{' WHERE headline LIKE 'ᦀ%'"))
    stored = _articles(sqlite_db)
    with pytest.raises(DocumentError):
        for _ in reindex(sqlite_db):
            pass
    assert _sqlite_index(sqlite_db) == (UNICODE61_TOKENIZER, len(ARTICLES), True)
    assert _articles(sqlite_db) == stored
    assert _results(sqlite_db, ids) == before
