"""Migration 0003: ticker approval time and last editor, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from newsdesk.domain.ticker import TickerStatus
from newsdesk.services.tickers import TickerService
from newsdesk.storage.migrate import alembic_config
from newsdesk.storage.models import Base
from newsdesk.storage.opening import open_database
from support import KARIM
from ticker_support import NOW

TICKER_TABLES = {"ticker_items", "ticker_channels"}


def _ticker_diffs(connection) -> list:
    diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    flat = [d for group in diffs for d in (group if isinstance(group, list) else [group])]
    return [d for d in flat if any(t in repr(d) for t in TICKER_TABLES)]


def test_migrated_ticker_tables_match_the_models(db) -> None:
    with db.engine.connect() as connection:
        assert _ticker_diffs(connection) == []


def test_downgrade_and_upgrade_again(db_url: str) -> None:
    open_database(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0002")
    with engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("ticker_items")}
    assert not {"approved_at", "updated_by"} & columns
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("ticker_items")}
    assert {"approved_at", "updated_by"} <= columns
    engine.dispose()


def test_items_written_before_0003_survive_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002")
        connection.exec_driver_sql(
            "INSERT INTO users VALUES ('karim', '', 'chief', '2024-02-28 11:30:00')"
        )
        connection.exec_driver_sql("INSERT INTO ticker_channels VALUES ('site', 'ar', 1280)")
        connection.exec_driver_sql(
            "INSERT INTO ticker_items (id, channel, text, language, breaking, urgency, position,"
            " status, author, approver, created_at, updated_at, expires_at) VALUES ('t1', 'site',"
            " 'عاجل: زلزال بقوة 5 درجات', 'ar', 1, 1, 0, 'approved', 'karim', 'karim',"
            " '2024-02-28 12:00:00', '2024-02-28 12:00:00', '2024-02-28 13:00:00')"
        )
    engine.dispose()
    db = open_database(str(path))
    try:
        [item] = TickerService(db, KARIM).on_air("site", now=NOW).items
        assert (item.id, item.status, item.approved_at) == ("t1", TickerStatus.LIVE, None)
    finally:
        db.close()
