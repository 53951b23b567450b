"""Finding a person by name on a plain connection: what every command does before it works."""

from __future__ import annotations

from newsdesk.domain.people import Person
from newsdesk.errors import NotFoundError
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import person_from_row
from newsdesk.storage.people_reads import person_row


def find_person(db: Database, name: str) -> Person:
    """The user called `name`, or NotFoundError."""
    with db.read_connection() as connection:
        row = person_row(connection, name)
    if row is None:
        raise NotFoundError(f"no user called '{name}' (add one with: newsdesk user add {name})")
    return person_from_row(row)
