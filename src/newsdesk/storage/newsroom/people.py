"""Changing people on a newsroom: calls of the people functions, passwords as SCRAM verifiers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from newsdesk.storage.engine import Database
from newsdesk.storage.newsroom.refusals import refusals_as_errors


def scram_verifier(connection: Connection, name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, computed here by libpq (never sent as text)."""
    driver = connection.connection.driver_connection
    verifier: bytes = driver.pgconn.encrypt_password(  # type: ignore[union-attr]
        password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def _call(db: Database, function: str, *arguments: Any, password: str | None = None) -> None:
    """SELECT function(arguments..., [the password's verifier]) in a transaction of its own."""
    with refusals_as_errors(), db.engine.begin() as connection:
        values = list(arguments)
        if password is not None or function in _TAKES_VERIFIER:
            values.append(scram_verifier(connection, arguments[0], password) if password else None)
        names = {f"a{n}": value for n, value in enumerate(values)}
        placeholders = ", ".join(f":{name}" for name in names)
        connection.execute(text(f"SELECT {function}({placeholders})"), names)


_TAKES_VERIFIER = frozenset({"newsdesk_add_person", "newsdesk_set_password"})


def add_person(db: Database, name: str, role: str, display_name: str, password: str | None) -> None:
    """Create the person's login role in their group and their users row."""
    _call(db, "newsdesk_add_person", name, role, display_name, password=password)


def set_role(db: Database, name: str, role: str) -> None:
    """Move a person to another role (and its group)."""
    _call(db, "newsdesk_set_role", name, role)


def disable_person(db: Database, name: str) -> None:
    """Stop a person from logging in or acting; their history stays."""
    _call(db, "newsdesk_disable_person", name)


def set_password(db: Database, name: str, password: str | None) -> None:
    """Set (or, with None, remove) a person's password."""
    _call(db, "newsdesk_set_password", name, password=password)
