"""Migration 0005: people marked as imported and the article conflict flag, on both databases."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from newsdesk.services.articles import ArticleService
from newsdesk.services.users import list_people
from newsdesk.storage.migrate import alembic_config
from newsdesk.storage.models import Base
from newsdesk.storage.opening import open_database
from support import SARA

NEW_COLUMNS = {("users", "imported"), ("articles", "conflict")}


def _columns(engine) -> set[tuple[str, str]]:
    with engine.connect() as connection:
        found = inspect(connection)
        return {(t, c["name"]) for t in ("users", "articles") for c in found.get_columns(t)}


def test_migrated_columns_match_the_models(db) -> None:
    with db.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    flat = [d for group in diffs for d in (group if isinstance(group, list) else [group])]
    assert [d for d in flat if "imported" in repr(d) or "conflict" in repr(d)] == []


def test_downgrade_and_upgrade_again(db_url: str) -> None:
    open_database(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
    assert not NEW_COLUMNS & _columns(engine)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert _columns(engine) >= NEW_COLUMNS
    engine.dispose()


def test_rows_written_before_0005_survive_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
        connection.exec_driver_sql(
            "INSERT INTO users VALUES ('sara', 'Sara', 'editor', '2024-02-28 11:30:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO articles (id, headline, language, kicker, standfirst, body, byline,"
            " dateline, desk, tags, urgency, breaking, status, version, author, created_at,"
            " updated_at, updated_by) VALUES ('a1', 'خبر قديم', 'ar', '', '',"
            " '{\"blocks\":[]}', '', '', '', '[]', 5, 0, 'draft', 1, 'sara',"
            " '2024-02-28 11:30:00', '2024-02-28 11:30:00', 'sara')"
        )
    engine.dispose()
    db = open_database(str(path))
    try:
        [sara] = list_people(db)
        assert (sara.name, sara.imported) == ("sara", False)
        article = ArticleService(db, SARA).get("a1")
        assert (
            article.conflict is False and ArticleService(db, SARA).summary("a1").conflict is False
        )
    finally:
        db.close()
