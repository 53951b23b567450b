"""Opening a database safely: recognise it, back it up, migrate it, or refuse with one clear line."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from newsdesk.errors import StorageError
from newsdesk.storage.backup import timestamped_backup
from newsdesk.storage.engine import Database, build_engine, database_for, resolve_url, sqlite_path
from newsdesk.storage.migrate import (
    current_revision,
    head_revision,
    is_known_revision,
    upgrade_to_head,
)
from newsdesk.storage.newsroom.migration import as_newsroom_owner

VERSION_TABLE = "alembic_version"

log = logging.getLogger(__name__)


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database at `url`; raise StorageError when unusable."""
    resolved = resolve_url(url)
    engine = build_engine(resolved)
    db = database_for(resolved, engine)
    try:
        with engine.connect() as connection:
            state = _inspect_schema(connection, resolved)
        if migrate and state != head_revision():
            _migrate(db, state)
            log.info("database schema upgraded to %s", head_revision())
        if db.is_sqlite:
            _use_wal(db)
            _keep_hold(db)
    except StorageError:
        db.close()
        raise
    except (OperationalError, DatabaseError) as exc:
        db.close()
        raise StorageError(_describe(resolved, exc)) from exc
    log.info("database opened: %s", _where(resolved))
    return db


def _use_wal(db: Database) -> None:
    # Outside any transaction: SQLite refuses to change the journal mode inside one.
    raw = db.engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA journal_mode=WAL")
    finally:
        raw.close()


def _keep_hold(db: Database) -> None:
    from newsdesk.storage.sqlite_hold import SqliteHold

    path = sqlite_path(db.url)
    if path is not None:
        db.keep_hold(SqliteHold(path))


def schema_state(db: Database) -> str | None:
    """The schema revision of an open database (None when it is empty)."""
    with db.engine.connect() as connection:
        return _inspect_schema(connection, db.url)


def _inspect_schema(connection: Connection, url: str) -> str | None:
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if VERSION_TABLE not in tables:
        raise StorageError(
            f"{_where(url)} is a database, but not a Newsdesk one; it was not changed"
        )
    revision = current_revision(connection)
    if revision is not None and not is_known_revision(revision):
        raise StorageError(
            f"{_where(url)} was written by a newer Newsdesk (schema {revision}); "
            "install the newer version to open it"
        )
    return revision


def _migrate(db: Database, state: str | None) -> None:
    path = sqlite_path(db.url)
    if state is not None and path is not None and path.exists():
        log.info("database backed up before its upgrade: %s", timestamped_backup(path))
    log.info("upgrading the database schema from %s to %s", state or "nothing", head_revision())
    try:
        with db.engine.begin() as connection, as_newsroom_owner(connection):
            upgrade_to_head(connection)
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        raise StorageError(f"could not upgrade {_where(db.url)}: {cause}") from exc


def check_integrity(db: Database) -> list[str]:
    """Problems found in the database (empty when healthy)."""
    problems: list[str] = []
    state = schema_state(db)
    if state != head_revision():
        problems.append(f"schema is at {state or 'nothing'}, expected {head_revision()}")
    if db.is_sqlite:
        with db.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            if rows != ["ok"]:
                problems.extend(f"integrity: {row}" for row in rows)
            fk = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            problems.extend(f"foreign key: {row}" for row in fk)
    else:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    return problems


def _where(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def _describe(url: str, exc: Exception) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    if "file is not a database" in message:
        return f"{_where(url)} is not a database file; it was not changed"
    if sqlite_path(url) is not None:
        return f"cannot open {_where(url)}: {message}"
    return f"cannot connect to {_where(url)}: {message}"


def database_file(db: Database) -> Path | None:
    """The SQLite file behind an open database, if any."""
    return sqlite_path(db.url)
