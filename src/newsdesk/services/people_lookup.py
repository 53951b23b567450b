"""Finding a person by name on a plain connection: what every command does before it works."""

from __future__ import annotations

from newsdesk.domain.people import Person
from newsdesk.services.desk_identity import desk_person
from newsdesk.storage.engine import Database
from newsdesk.storage.reader import connection_reader


def find_person(db: Database, name: str) -> Person:
    """The user called `name`, or NotFoundError."""
    with db.read_connection() as connection:
        return desk_person(connection_reader(connection), name)
