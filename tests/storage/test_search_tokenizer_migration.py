"""Migration 0014: SQLite's index made again with the ascii tokenizer, whole or not at all, and
every search giving the same articles, scores and snippets as before it, on both databases."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from datafiles import CAPTURES, SEED
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Document, DocumentError
from newsdesk.services.articles import ArticleService
from newsdesk.services.searching import search_articles
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.engine import Database
from newsdesk.storage.migrate import alembic_config, current_revision
from newsdesk.storage.opening import open_database
from newsdesk.storage.progress import REINDEX
from newsdesk.storage.search import SQLITE_TOKENIZER, UNICODE61_TOKENIZER
from newsdesk.storage.search_tokenizer import retokenize, tokenizer_of
from schema_rewind import rewind_schema
from support import ADMIN, SARA

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


def _as_0013_left_it(db: Database) -> dict[str, str]:
    """Articles saved into an index made as before 0014; the schema then wound back to 0013."""
    with db.engine.begin() as connection:
        retokenize(connection, UNICODE61_TOKENIZER)
    service = ArticleService(db, SARA)
    ids = {service.create(content).id: key for key, content in ARTICLES.items()}
    tai_lue = next(i for i, key in ids.items() if key == "tai_lue")
    with db.engine.begin() as connection:
        if not db.is_sqlite:  # the terms the folding made before it ended a term at ᦰ
            connection.execute(
                text(
                    "UPDATE article_search SET document = CAST(:doc AS tsvector) WHERE article_id = :id"
                ),
                {"doc": "'ᦀᦰᦂ':1A 'ᦑᦲ':2A", "id": tai_lue},
            )
        rewind_schema(connection.exec_driver_sql, "0013")
    return ids


def _articles(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as connection:
        return [
            tuple(row) for row in connection.execute(text("SELECT * FROM articles ORDER BY id"))
        ]


def test_searches_find_the_same_before_and_after(db: Database) -> None:
    ids = _as_0013_left_it(db)
    stored = _articles(db)
    before = _results(db, ids)
    db.close()
    again = open_database(db.url)
    try:
        after = _results(again, ids)
        assert _articles(again) == stored
        with again.engine.connect() as connection:
            assert current_revision(connection) == "0014"
            if again.is_sqlite:
                assert tokenizer_of(connection) == SQLITE_TOKENIZER
                rows = connection.exec_driver_sql("SELECT count(*) FROM article_search").scalar()
                assert rows == len(ARTICLES)
                index = "SELECT 1 FROM sqlite_master WHERE name = 'ix_article_search_content_c0'"
                assert connection.exec_driver_sql(index).scalar() == 1
    finally:
        again.close()
    for query, keys in EXPECTED.items():
        assert {key for key, _, _ in after[query]} == keys, query
    assert all(snippet for hits in after.values() for _, _, snippet in hits)
    if not db.is_sqlite:  # its old terms for ᦀᦰᦂ were indexed again
        assert before.pop("ᦀᦰᦂ") == [] and after.pop("ᦀᦰᦂ") != []
    assert after == before


def test_a_failed_rebuild_leaves_the_old_index_whole(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = open_database(url)
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, SARA.name, "editor")
    ids = _as_0013_left_it(db)
    before = _results(db, ids)
    with db.engine.begin() as connection:  # the newest article, met last by the rebuild
        connection.execute(text("UPDATE articles SET body = '{' WHERE headline LIKE 'ᦀ%'"))
    stored = _articles(db)
    db.close()
    with pytest.raises(DocumentError):
        open_database(url)
    engine = create_engine(url)
    with engine.connect() as connection:
        assert current_revision(connection) == "0013"
        assert tokenizer_of(connection) == UNICODE61_TOKENIZER
        rows = connection.exec_driver_sql("SELECT count(*) FROM article_search").scalar()
    engine.dispose()
    assert rows == len(ARTICLES)
    old = open_database(url, migrate=False)
    try:
        assert _articles(old) == stored
        assert _results(old, ids) == before
    finally:
        old.close()


def test_downgrade_makes_the_unicode61_index_again(db: Database) -> None:
    ArticleService(db, SARA).create(ARTICLES["mixed"])
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0013")
        if db.is_sqlite:
            assert tokenizer_of(connection) == UNICODE61_TOKENIZER
        command.upgrade(alembic_config(connection), "head")
        if db.is_sqlite:
            assert tokenizer_of(connection) == SQLITE_TOKENIZER
    assert len(search_articles(db, "OCP")) == 1


def test_the_migration_tells_how_far_it_got(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("PostgreSQL's index keeps its documents")
    _as_0013_left_it(db)
    db.close()
    heard: list[tuple[str, int, int]] = []
    again = open_database(db.url, progress=lambda *step: heard.append(step))
    again.close()
    assert heard[0] == (REINDEX, 0, len(ARTICLES)) and heard[-1] == (REINDEX, *[len(ARTICLES)] * 2)
