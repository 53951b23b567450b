"""People: adding users, listing them, and knowing who is acting."""

from __future__ import annotations

import re

from newsdesk.domain.people import Person, Role
from newsdesk.domain.permissions import FIRST_USER_ROLE, Permission, may
from newsdesk.errors import InvalidInputError, NotFoundError, PermissionDeniedError
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import person_from_row
from newsdesk.storage.repositories import UserRepository
from newsdesk.storage.types import utc_now

_USER_NAME = re.compile(r"^[\w.@-]{1,64}$")


def ensure_first_admin(db: Database, name: str) -> bool:
    """On a database with no users, create `name` as admin; return True when it did."""
    with db.transaction() as session:
        users = UserRepository(session)
        if users.count():
            return False
        users.add(name=name, display_name="", role=FIRST_USER_ROLE.value, created_at=utc_now())
        return True


def find_person(db: Database, name: str) -> Person:
    """The user called `name`, or NotFoundError."""
    with db.reading() as session:
        row = UserRepository(session).get(name)
        if row is None:
            raise NotFoundError(f"no user called '{name}' (add one with: newsdesk user add {name})")
        return person_from_row(row)


def list_people(db: Database) -> list[Person]:
    """Every user, by name."""
    with db.reading() as session:
        return [person_from_row(row) for row in UserRepository(session).all()]


def add_person(db: Database, actor: Person, name: str, role: str, display_name: str = "") -> Person:
    """Add a user; only an admin may."""
    if not may(actor.role, Permission.MANAGE_USERS):
        raise PermissionDeniedError(f"the {actor.role.value} role may not add users")
    if not _USER_NAME.match(name):
        raise InvalidInputError(f"'{name}' is not a valid user name (letters, digits, . _ - @)")
    try:
        parsed_role = Role(role)
    except ValueError:
        raise InvalidInputError(f"unknown role '{role}' (editor, chief or admin)") from None
    with db.transaction() as session:
        users = UserRepository(session)
        if users.get(name) is not None:
            raise InvalidInputError(f"a user called '{name}' already exists")
        row = users.add(
            name=name, display_name=display_name, role=parsed_role.value, created_at=utc_now()
        )
        return person_from_row(row)


def set_display_name(db: Database, actor: Person, display_name: str) -> Person:
    """Change the acting user's own display name."""
    with db.transaction() as session:
        row = UserRepository(session).get(actor.name)
        if row is None:
            raise NotFoundError(f"no user called '{actor.name}'")
        row.display_name = display_name.strip()[:200]
        session.flush()
        return person_from_row(row)
