"""One engine and session factory for SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from newsdesk.errors import StorageError
from newsdesk.storage.pooling import split_settings
from newsdesk.storage.urls import resolve_url as resolve_url

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from newsdesk.storage.sqlite_hold import SqliteHold

SQLITE_BUSY_TIMEOUT_MS = 10_000


# Query parameters libpq takes as secrets: a URL is shown without them.
SECRET_PARAMETERS = ("password", "sslpassword")


def display_url(url: str) -> str:
    """The URL as it may be shown or logged: no password, in the user part or the parameters."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)  # even a malformed URL hides it
    return parsed.difference_update_query(SECRET_PARAMETERS).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


WRITE_OPTION = "newsdesk_write"
SINGLE_READ_OPTION = "newsdesk_single_read"


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Per-connection settings only: journal_mode=WAL is persistent and changes the file, so it
    # is set once after the file has been recognised as ours (see storage.opening).
    # Autocommit at the driver level lets _on_sqlite_begin emit BEGIN itself (SQLAlchemy's recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    # A writer takes the write lock up front: a deferred transaction that reads and then writes
    # fails with "database is locked" when another process wrote in between, busy timeout or not.
    options = connection.get_execution_options()
    if options.get(SINGLE_READ_OPTION):
        return  # one SELECT is atomic by itself; skipping BEGIN/ROLLBACK halves a hot read's cost
    connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITE_OPTION) else "BEGIN")


def build_engine(url: str) -> Engine:
    """Create the engine for a resolved URL, with the settings each database needs."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StorageError(f"not a database URL: {display_url(url)}") from exc
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            if path.is_dir():
                raise StorageError(f"{path} is a folder, not a database file")
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    plain, pooling = split_settings(parsed)
    # READ COMMITTED whatever the server's default: the audit chain's trigger reads the newest
    # row after taking its lock, which an older snapshot (REPEATABLE READ) would not show.
    pinned = (
        {"isolation_level": "READ COMMITTED"} if parsed.get_backend_name() == "postgresql" else {}
    )
    arguments = {**_connect_args(parsed), **pooling.connect_args()}
    try:
        return create_engine(plain, pool_pre_ping=True, connect_args=arguments, **pinned)
    except (ArgumentError, ImportError) as exc:
        raise StorageError(f"cannot use database URL {display_url(url)}: {exc}") from exc


def build_listen_engine(url: str) -> Engine | None:
    """The engine of the change feed's listening connection, when the URL sends it elsewhere.

    No pool: a desk opens one listening connection and keeps it (see storage.pooling).
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None  # build_engine refused it already
    _plain, pooling = split_settings(parsed)
    if pooling.listen_url is None:
        return None
    return create_engine(pooling.listen_url, poolclass=NullPool, connect_args=_connect_args(parsed))


def _connect_args(parsed: Any) -> dict[str, Any]:
    if parsed.get_backend_name() == "postgresql":
        return {"connect_timeout": 10}
    return {}


@dataclass
class Database:
    """An open database: its engine and the one session factory."""

    url: str
    engine: Engine
    hold: SqliteHold | None = None  # SQLite only: keeps and checks the file's locks
    # The change feed's own way to the server, when the URL's goes through a pooler.
    listen_engine: Engine | None = None

    @property
    def engines(self) -> list[Engine]:
        """Every engine of this database (the listening one too, when there is one)."""
        return [self.engine] + ([self.listen_engine] if self.listen_engine is not None else [])

    def listening_connection(self) -> Any:
        """A driver connection of its own for LISTEN, kept out of every pool, autocommitting."""
        with told_as_storage_errors():
            pooled = (self.listen_engine or self.engine).raw_connection()
        connection: Any = pooled.driver_connection
        pooled.detach()  # the listener's alone, never back in the pool
        connection.rollback()  # the pool's ping may have opened a transaction
        connection.autocommit = True
        return connection

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory, made on first use: a command that only reads needs no ORM."""
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    def keep_hold(self, hold: SqliteHold) -> None:
        """Check `hold` before every transaction that may write (see storage.sqlite_hold)."""
        self.hold = hold

        def before_begin(connection: Any) -> None:
            # Before BEGIN is sent: any transaction but a declared read is refused once lost.
            options = connection.get_execution_options()
            if not (options.get(SINGLE_READ_OPTION) or options.get(WRITE_OPTION) is False):
                hold.check()

        event.listen(self.engine, "begin", before_begin, insert=True)

    def check_hold(self) -> None:
        """Raise DatabaseLostError when this process lost its hold on the SQLite file."""
        if self.hold is not None:
            self.hold.check()

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite database."""
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.

        A database fault (a full disk, a lost server, a lock held too long) comes out as one
        StorageError line; an IntegrityError stays itself, for the services that retry on it.
        """
        with told_as_storage_errors(), self.sessions() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: write})
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A plain connection for hot single-statement reads that need no ORM session."""
        with told_as_storage_errors(), self.engine.connect() as connection:
            yield connection.execution_options(**{SINGLE_READ_OPTION: True})

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only (no write lock is taken)."""
        with self.transaction(write=False) as session:
            yield session

    def close(self) -> None:
        """Release every connection."""
        for engine in self.engines:
            engine.dispose()
        if self.hold is not None:
            self.hold.close()
            self.hold = None


@contextmanager
def told_as_storage_errors() -> Iterator[None]:
    """Turn database faults inside the block into one-line errors (a refusal, or storage)."""
    try:
        yield
    except IntegrityError:
        raise
    except SQLAlchemyError as exc:
        from newsdesk.storage.faults import database_fault

        raise database_fault(exc) from exc


def database_for(url: str, engine: Engine) -> Database:
    """Wrap an engine (the session factory is made when first needed)."""
    return Database(url, engine, listen_engine=build_listen_engine(url))
