"""Migration 0008: the newsroom dictionary's table, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from newsdesk.services.dictionary import DictionaryService, dictionary_version
from newsdesk.storage.migrate import alembic_config
from newsdesk.storage.models import Base
from newsdesk.storage.opening import open_database
from support import SARA


def test_the_migrated_table_matches_the_model(db) -> None:
    with db.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    flat = [d for group in diffs for d in (group if isinstance(group, list) else [group])]
    assert [d for d in flat if "dictionary" in repr(d)] == []


def test_downgrade_and_upgrade_again(db) -> None:
    DictionaryService(db, SARA).add(["أخنوش"])
    db.close()
    engine = create_engine(db.url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0007")
    with engine.connect() as connection:
        assert not inspect(connection).has_table("dictionary_words")
        indexes = {i["name"] for i in inspect(connection).get_indexes("audit_log")}
        assert "ix_audit_log_dictionary" not in indexes
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    again = open_database(db.url)
    try:
        assert dictionary_version(again).count == 0
        DictionaryService(again, SARA).add(["أخنوش"])
        assert dictionary_version(again).count == 1
    finally:
        again.close()
