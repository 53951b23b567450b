"""Database faults after opening, each told in one line: what happened and that nothing changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.errors import NewsdeskError, StorageError

if TYPE_CHECKING:
    from sqlalchemy.exc import SQLAlchemyError

# (a piece of the driver's message, what to tell the user); the first match wins.
_KNOWN: tuple[tuple[str, str], ...] = (
    ("database is locked", "the database is busy: another program kept it locked too long"),
    ("readonly database", "the database is read-only here (the file, its -wal/-shm or its folder)"),
    ("disk is full", "the disk that holds the database is full"),
    ("disk i/o error", "the disk that holds the database could not be read or written"),
    ("server closed the connection", "the connection to the database server was lost"),
    ("terminating connection", "the database server ended the connection"),
    ("connection is closed", "the connection to the database server was lost"),
    ("consuming input failed", "the connection to the database server was lost"),
    ("could not receive data", "the connection to the database server was lost"),
    ("permission denied", "the database refused it: permission denied"),
)
NOTHING_CHANGED = "nothing was changed"


def database_fault(exc: SQLAlchemyError | Exception) -> NewsdeskError:
    """The one-line error for a database fault (SQLAlchemy's, or psycopg's on the command
    line's direct reads): a newsroom's refusal, or a StorageError."""
    from newsdesk.storage.newsroom.refusals import refusal

    return refusal(exc) or storage_error(exc)


def storage_error(exc: SQLAlchemyError | Exception) -> StorageError:
    """The one-line StorageError for a database fault raised while a command runs."""
    detail = _first_line(getattr(exc, "orig", None) or exc)
    lowered = detail.lower()
    told = next((said for piece, said in _KNOWN if piece in lowered), f"database error: {detail}")
    return StorageError(f"{told}; {NOTHING_CHANGED}")


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0].strip() if lines else type(exc).__name__
