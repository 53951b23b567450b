"""Desks that reach a newsroom through a connection pooler (PgBouncer, say).

Two settings ride in the database URL's query and are taken out of it before it reaches the
driver (libpq would refuse them as unknown options):

- `pooler=transaction`: the URL leads to a pooler that hands the server's connections out one
  transaction at a time. Nothing may outlive a transaction, so the driver prepares no
  statements on the server (psycopg would otherwise prepare a statement it has run five times,
  and find it missing, or someone else's, on the next transaction's connection).
- `listen_host`, `listen_port`, `listen_dbname`: where the change feed's listening connection
  goes instead (each defaults to the URL's own). LISTEN holds a session, which transaction
  pooling cannot keep: the listener goes straight to the server, or to a session-pooled
  database of the pooler. A transaction-pooled URL must say where it listens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL

from newsdesk.errors import StorageError

POOLER = "pooler"
TRANSACTION = "transaction"
# Each listening setting and the part of the URL it replaces.
LISTEN_PARTS = {"listen_host": "host", "listen_port": "port", "listen_dbname": "database"}
SETTINGS = (POOLER, *LISTEN_PARTS)


@dataclass(frozen=True)
class PoolerSettings:
    """How a desk's connections reach the server: pooled by transaction or not, and where the
    listening connection goes when not where the others do."""

    transaction_pooling: bool = False
    listen_url: URL | None = None

    def connect_args(self) -> dict[str, Any]:
        """The driver's extra connection arguments these settings need."""
        # prepare_threshold=None: psycopg never prepares statements on the server.
        return {"prepare_threshold": None} if self.transaction_pooling else {}


def split_settings(url: URL) -> tuple[URL, PoolerSettings]:
    """The URL without the pooler settings, and the settings; StorageError when malformed."""
    given = {name: url.query[name] for name in SETTINGS if name in url.query}
    if not given:
        return url, PoolerSettings()
    if url.get_backend_name() != "postgresql":
        raise StorageError(f"{', '.join(given)}: only for a PostgreSQL newsroom")
    values: dict[str, str] = {}
    for name, value in given.items():
        if not isinstance(value, str) or not value:
            raise StorageError(f"give {name} once, with a value")
        values[name] = value
    mode = values.get(POOLER)
    if mode not in (None, TRANSACTION):
        raise StorageError(f"pooler={mode}: the only pooler setting is pooler={TRANSACTION}")
    plain = url.difference_update_query(SETTINGS)
    parts: dict[str, Any] = {LISTEN_PARTS[k]: v for k, v in values.items() if k in LISTEN_PARTS}
    if "port" in parts:
        if not parts["port"].isdigit():
            raise StorageError(f"listen_port={parts['port']}: not a port number")
        parts["port"] = int(parts["port"])
    if mode == TRANSACTION and not parts:
        raise StorageError(
            "pooler=transaction needs listen_host, listen_port or listen_dbname: change "
            "notices cannot reach a desk through transaction pooling"
        )
    listen = plain.set(**parts) if parts else None
    return plain, PoolerSettings(mode == TRANSACTION, listen)
