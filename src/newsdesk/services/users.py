"""People: adding users, changing their roles, disabling them, and knowing who is acting.

One interface for both kinds of database: on a newsroom every change goes through the
database's own people functions (which create and alter login roles, so the database decides
who may); on a personal desk, or a shared database not set up as a newsroom, the users table
is changed here, by admins only.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from newsdesk.domain.people import Person, Role
from newsdesk.domain.permissions import FIRST_USER_ROLE, Permission, may
from newsdesk.errors import InvalidInputError, NotFoundError, PermissionDeniedError
from newsdesk.services.people_lookup import find_person
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import person_from_row
from newsdesk.storage.models import UserRow
from newsdesk.storage.newsroom import people as newsroom_people
from newsdesk.storage.newsroom.identity import newsroom_of
from newsdesk.storage.newsroom.names import MAX_ROLE_BYTES
from newsdesk.storage.repositories import UserRepository
from newsdesk.storage.types import utc_now

_USER_NAME = re.compile(r"^[\w.@-]{1,64}$")
NO_PASSWORDS = "a personal desk keeps no passwords; passwords belong to a newsroom's database"


def ensure_first_admin(db: Database, name: str) -> bool:
    """On a database with no users, create `name` as admin; return True when it did."""
    with db.transaction() as session:
        users = UserRepository(session)
        if users.count():
            return False
        users.add(name=name, display_name="", role=FIRST_USER_ROLE.value, created_at=utc_now())
        return True


def list_people(db: Database) -> list[Person]:
    """Every user, by name."""
    with db.reading() as session:
        return [person_from_row(row) for row in UserRepository(session).all()]


def add_person(
    db: Database,
    actor: Person,
    name: str,
    role: str,
    display_name: str = "",
    password: str | None = None,
) -> Person:
    """Add a user (on a newsroom: their login role too, with this password if any); admins only."""
    _require_manager(actor, "add users")
    parsed_role = _role(role)
    newsroom = newsroom_of(db) is not None
    _check_name(name, newsroom)
    if newsroom:
        newsroom_people.add_person(db, name, parsed_role.value, display_name, password)
        return find_person(db, name)
    if password is not None:
        raise InvalidInputError(NO_PASSWORDS)
    with db.transaction() as session:
        users = UserRepository(session)
        if users.get(name) is not None:
            raise InvalidInputError(f"a user called '{name}' already exists")
        row = users.add(
            name=name, display_name=display_name, role=parsed_role.value, created_at=utc_now()
        )
        return person_from_row(row)


def set_role(db: Database, actor: Person, name: str, role: str) -> Person:
    """Give a user another role; admins only, and never away from the last admin."""
    _require_manager(actor, "change roles")
    parsed_role = _role(role)
    if newsroom_of(db) is not None:
        newsroom_people.set_role(db, name, parsed_role.value)
        return find_person(db, name)
    with db.transaction() as session:
        row = _user_row(session, name)
        if not may(parsed_role, Permission.MANAGE_USERS) and _last_manager(session, row):
            raise InvalidInputError(f"{name} is the last admin")
        row.role = parsed_role.value
        session.flush()
        return person_from_row(row)


def disable_person(db: Database, actor: Person, name: str) -> Person:
    """Stop a user from acting (their history stays); admins only, never the last admin."""
    _require_manager(actor, "disable users")
    if newsroom_of(db) is not None:
        newsroom_people.disable_person(db, name)
        return find_person(db, name)
    with db.transaction() as session:
        row = _user_row(session, name)
        if _last_manager(session, row):
            raise InvalidInputError(f"{name} is the last admin")
        row.disabled = True
        session.flush()
        return person_from_row(row)


def set_password(db: Database, actor: Person, name: str, password: str | None) -> None:
    """Set a person's password on a newsroom: one's own, or anyone's as an admin."""
    if newsroom_of(db) is None:
        raise InvalidInputError(NO_PASSWORDS)
    if name != actor.name:
        _require_manager(actor, "set other people's passwords")
    newsroom_people.set_password(db, name, password)


def is_newsroom(db: Database) -> bool:
    """Whether people on this database log in as their own database roles."""
    return newsroom_of(db) is not None


def set_display_name(db: Database, actor: Person, display_name: str) -> Person:
    """Change the acting user's own display name."""
    with db.transaction() as session:
        row = UserRepository(session).get(actor.name)
        if row is None:
            raise NotFoundError(f"no user called '{actor.name}'")
        row.display_name = display_name.strip()[:200]
        session.flush()
        return person_from_row(row)


def _require_manager(actor: Person, what: str) -> None:
    if not may(actor.role, Permission.MANAGE_USERS):
        raise PermissionDeniedError(f"the {actor.role.value} role may not {what}")


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInputError(f"unknown role '{role}' (editor, chief or admin)") from None


def _check_name(name: str, newsroom: bool) -> None:
    if not _USER_NAME.match(name):
        raise InvalidInputError(f"'{name}' is not a valid user name (letters, digits, . _ - @)")
    if newsroom and len(name.encode("utf-8")) > MAX_ROLE_BYTES:
        raise InvalidInputError(
            f"'{name}' is too long for a newsroom login (at most {MAX_ROLE_BYTES} bytes)"
        )


def _user_row(session: Session, name: str) -> UserRow:
    row = UserRepository(session).get(name)
    if row is None:
        raise NotFoundError(f"no user called '{name}'")
    return row


def _last_manager(session: Session, row: UserRow) -> bool:
    """Whether `row` is the only active user who may manage people."""
    if row.disabled or not may(Role(row.role), Permission.MANAGE_USERS):
        return False
    others = [
        other
        for other in UserRepository(session).all()
        if other.name != row.name
        and not other.disabled
        and may(Role(other.role), Permission.MANAGE_USERS)
    ]
    return not others
