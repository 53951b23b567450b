"""Opening a database safely: recognise it, back it up, migrate it, or refuse with one clear line."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError

from newsdesk.errors import StorageError
from newsdesk.storage.audit_chain import (
    ChainReport,
    TriggerState,
    chain_trigger_state,
    trigger_problems,
    verify_chain,
)
from newsdesk.storage.backup import timestamped_backup
from newsdesk.storage.engine import (
    SQLITE_BUSY_TIMEOUT_MS,
    WRITE_OPTION,
    Database,
    build_engine,
    database_for,
    display_url,
    resolve_url,
    sqlite_path,
)
from newsdesk.storage.login import (
    LoginFailedError,
    PasswordSource,
    login_failure,
    use_password,
)
from newsdesk.storage.migrate import (
    current_revision,
    head_revision,
    is_known_revision,
    upgrade_to_head,
)
from newsdesk.storage.newsroom.identity import newsroom_row
from newsdesk.storage.newsroom.migration import as_newsroom_owner
from newsdesk.storage.progress import Progress, ignore
from newsdesk.storage.sqlite_check import integrity_problems

VERSION_TABLE = "alembic_version"
# PostgreSQL advisory lock taken while migrating: desks opening a new newsroom together wait.
MIGRATION_LOCK_KEY = 0x4E455753  # "NEWS"

log = logging.getLogger(__name__)


class MissingDatabaseError(StorageError):
    """A SQLite database file that does not exist, and was not to be created."""

    def __init__(self, path: Path, advice: str = "nothing was created"):
        super().__init__(f"no database at {path}; {advice}")
        self.path = path


def open_database(
    url: str | None = None,
    *,
    migrate: bool = True,
    password: PasswordSource | None = None,
    create: bool = True,
) -> Database:
    """Open (and by default migrate) the database at `url`; raise StorageError when unusable.

    `password` is asked once when the server wants a password that none of libpq's own sources
    (the URL, PGPASSWORD, the password file, the service file) gave. Without `create`, a SQLite
    file that does not exist raises MissingDatabaseError, and neither it nor its folder is made.
    """
    resolved = resolve_url(url)
    if not create:
        _refuse_missing_file(resolved)
    engine = build_engine(resolved)
    db = database_for(resolved, engine)
    try:
        state = _log_in(db, password)
        if db.is_sqlite:
            _use_wal(db)  # recognised as ours (or empty): now the file may change
        if migrate and state != head_revision():
            _migrate(db, state)
            log.info("database schema upgraded to %s", head_revision())
        if db.is_sqlite:
            _keep_hold(db)
    except StorageError:
        db.close()
        raise
    except (OperationalError, DatabaseError) as exc:
        db.close()
        raise StorageError(_describe(resolved, exc)) from exc
    log.info("database opened: %s", _where(resolved))
    return db


def _refuse_missing_file(url: str) -> None:
    try:
        path = sqlite_path(url)
    except (ArgumentError, ValueError):
        return  # not a URL at all: build_engine says so
    try:
        if path is None or path.exists():
            return
    except OSError:
        return  # unreadable folder: opening reports it in the database's own words
    raise MissingDatabaseError(path.absolute())


def _log_in(db: Database, password: PasswordSource | None) -> str | None:
    """The schema state, read by the first connection, asking `password` once if need be."""
    try:
        return _first_look(db)
    except LoginFailedError as failure:
        typed = password(failure.target) if failure.password_missing and password else None
        if not typed:
            raise
    for engine in db.engines:
        use_password(engine, typed)
    return _first_look(db)


def _first_look(db: Database) -> str | None:
    try:
        return schema_state(db)
    except OperationalError as exc:
        failure = login_failure(exc, db.url)
        if failure is None:
            raise
        raise failure from exc


def check_password(url: str, password: str) -> None:
    """Log in to `url` once with `password`; raise LoginFailedError or StorageError if refused."""
    resolved = resolve_url(url)
    engine = build_engine(resolved)
    use_password(engine, password)
    try:
        with engine.connect():
            pass
    except (OperationalError, DatabaseError) as exc:
        raise (login_failure(exc, resolved) or StorageError(_describe(resolved, exc))) from exc
    finally:
        engine.dispose()


def _use_wal(db: Database) -> None:
    path = sqlite_path(db.url)
    if path is not None:
        _match_log_modes(path)
    # Outside any transaction: SQLite refuses to change the journal mode inside one.
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        # Changing the journal mode needs the file to itself and does not wait for it as other
        # statements do: while another desk makes the same new database, ask again until the
        # busy timeout. A database already in WAL mode (the usual case) needs no change.
        deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    cursor.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    finally:
        raw.close()


def _match_log_modes(path: Path) -> None:
    """Give a writable database's -wal and -shm its write permission back.

    SQLite creates them with the database file's mode: after a spell with the file read-only they
    stay read-only once it is writable again, and every save fails until someone repairs them.
    """
    try:
        mode = path.stat().st_mode & 0o666
    except OSError:
        return
    if not mode & stat.S_IWUSR or not hasattr(os, "geteuid"):
        return  # still read-only; or Windows, where SQLite's files carry no such modes
    for log_file in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            info = log_file.stat()
            if info.st_mode & 0o666 != mode and info.st_uid == os.geteuid():
                log_file.chmod(mode)
                log.info("gave %s the database file's permissions back", log_file.name)
        except OSError:
            continue  # absent, or not ours: SQLite's own error says what it cannot write


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
        with _migration_lock(db) as connection, as_newsroom_owner(connection):
            if current_revision(connection) == head_revision():
                return  # another desk opening the same database at the same moment did it
            upgrade_to_head(connection)
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        raise StorageError(f"could not upgrade {_where(db.url)}: {cause}") from exc


@contextmanager
def _migration_lock(db: Database) -> Iterator[Connection]:
    """A transaction that only one process at a time may hold for migrating this database."""
    with db.engine.connect() as connection:
        # SQLite: BEGIN IMMEDIATE (the engine's write option) makes other openers wait.
        writer = connection.execution_options(**{WRITE_OPTION: True})
        with writer.begin():
            if not db.is_sqlite:
                writer.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            yield writer


@dataclass(frozen=True)
class IntegrityReport:
    """What a database check found: storage problems and the audit chain's state."""

    problems: list[str]  # schema and storage problems, in the database's own words
    chain: ChainReport | None = None  # None when the chain was not walked
    chain_trigger: TriggerState | None = None  # PostgreSQL only
    chain_unreadable: str | None = None  # why the chain could not be walked, if it could not

    def lines(self) -> list[str]:
        """One line per problem (empty when healthy)."""
        lines = [*self.problems, *trigger_problems(self.chain_trigger)]
        if self.chain_unreadable is not None:
            lines.append(f"audit chain not checked: {self.chain_unreadable}")
        return lines + (self.chain.problems() if self.chain is not None else [])


def integrity_report(db: Database, progress: Progress = ignore) -> IntegrityReport:
    """Check the schema revision, the storage and the audit log's hash chain.

    `progress` hears the SQLite file's check (INTEGRITY) and then the chain's walk (AUDIT_CHAIN).
    """
    problems: list[str] = []
    state = schema_state(db)
    if state != head_revision():
        problems.append(f"schema is at {state or 'nothing'}, expected {head_revision()}")
    with db.engine.connect() as connection:
        if db.is_sqlite:
            driver: Any = connection.connection.driver_connection
            problems.extend(integrity_problems(driver, progress))
        else:
            connection.execute(text("SELECT 1"))
        if state != head_revision():
            return IntegrityReport(problems)
        hidden = _audit_rows_hidden(connection)
        if hidden is not None:
            return IntegrityReport(problems, chain_unreadable=hidden)
        try:
            trigger = chain_trigger_state(connection)
            return IntegrityReport(problems, verify_chain(connection, progress), trigger)
        except (SQLAlchemyError, connection.dialect.loaded_dbapi.Error) as exc:
            # A person whose role may not read the audit log (on a newsroom), for one.
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            return IntegrityReport(problems, chain_unreadable=reason)


def _audit_rows_hidden(connection: Connection) -> str | None:
    """Why this person would see only part of a newsroom's audit log, if they would."""
    newsroom = newsroom_row(connection)
    if newsroom is None:
        return None
    owner = connection.execute(
        text("SELECT pg_has_role(session_user, :owner, 'MEMBER')"), {"owner": newsroom.owner_role}
    ).scalar()
    if owner or connection.execute(text("SELECT newsdesk_may('read_audit')")).scalar():
        return None
    # Row-level security shows an editor her own rows only: a walk would find false gaps.
    return "only desk chiefs, admins and the newsroom's owner see the whole audit log"


def check_integrity(db: Database) -> list[str]:
    """Problems found in the database (empty when healthy), one line each."""
    return integrity_report(db).lines()


def _where(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return display_url(url)


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
