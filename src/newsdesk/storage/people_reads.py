"""Two small reads of the users table through a Reader, for a command's cold start."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace

from newsdesk.storage.reader import Reader
from newsdesk.timeutil import as_utc

_NAMES = ("name", "display_name", "role", "created_at", "imported", "disabled")
_PERSON = f"SELECT {', '.join(_NAMES)} FROM users WHERE name = :name"
_ANYONE = "SELECT 1 FROM users LIMIT 1"


def has_people(reader: Reader) -> bool:
    """Whether the users table has anyone in it."""
    return bool(reader.rows(_ANYONE))


def person_row(reader: Reader, name: str) -> SimpleNamespace | None:
    """The user row called `name` (times as UTC datetimes, flags as bools), if there is one."""
    found = reader.rows(_PERSON, {"name": name})
    if not found:
        return None
    row = SimpleNamespace(**dict(zip(_NAMES, found[0], strict=True)))
    if isinstance(row.created_at, str):  # SQLite keeps times as text
        row.created_at = as_utc(datetime.fromisoformat(row.created_at))
    row.imported, row.disabled = bool(row.imported), bool(row.disabled)
    return row
