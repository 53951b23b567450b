"""Changing people on a newsroom: calls of the people functions, passwords as SCRAM verifiers."""

from __future__ import annotations

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


def _call(db: Database, function: str, **values: str | None) -> None:
    with refusals_as_errors(), db.engine.begin() as connection:
        password = values.pop("password", None)
        if "verifier" in values or password is not None:
            name = values["name"] or ""
            values["verifier"] = scram_verifier(connection, name, password) if password else None
        arguments = ", ".join(f":{key}" for key in values)
        connection.execute(text(f"SELECT {function}({arguments})"), values)


def add_person(db: Database, name: str, role: str, display_name: str, password: str | None) -> None:
    """Create the person's login role in their group and their users row."""
    _call(
        db,
        "newsdesk_add_person",
        name=name,
        role=role,
        display=display_name,
        verifier=None,
        password=password,
    )


def set_role(db: Database, name: str, role: str) -> None:
    """Move a person to another role (and its group)."""
    _call(db, "newsdesk_set_role", name=name, role=role)


def disable_person(db: Database, name: str) -> None:
    """Stop a person from logging in or acting; their history stays."""
    _call(db, "newsdesk_disable_person", name=name)


def set_password(db: Database, name: str, password: str | None) -> None:
    """Set (or, with None, remove) a person's password."""
    _call(db, "newsdesk_set_password", name=name, verifier=None, password=password)
