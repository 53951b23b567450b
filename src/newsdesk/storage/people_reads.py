"""Two small reads of the users table on a plain connection, for a command's cold start."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import Connection, text

from newsdesk.timeutil import as_utc

_PERSON = text(
    "SELECT name, display_name, role, created_at, imported, disabled FROM users WHERE name = :name"
)
_ANYONE = text("SELECT 1 FROM users LIMIT 1")


def has_people(connection: Connection) -> bool:
    """Whether the users table has anyone in it."""
    return connection.execute(_ANYONE).first() is not None


def person_row(connection: Connection, name: str) -> SimpleNamespace | None:
    """The user row called `name` (times as UTC datetimes, flags as bools), if there is one."""
    found = connection.execute(_PERSON, {"name": name}).first()
    if found is None:
        return None
    row = SimpleNamespace(**found._asdict())
    if isinstance(row.created_at, str):  # SQLite keeps times as text
        row.created_at = as_utc(datetime.fromisoformat(row.created_at))
    row.imported, row.disabled = bool(row.imported), bool(row.disabled)
    return row
