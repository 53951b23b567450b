"""Who is acting: the login role on a newsroom, the chosen name on a personal desk."""

from __future__ import annotations

from newsdesk.domain.people import Person
from newsdesk.services.desk_identity import newsroom_person, refuse_other_names
from newsdesk.services.people_lookup import find_person
from newsdesk.settings import NamedUser
from newsdesk.storage.engine import Database
from newsdesk.storage.identity import reached_newsroom
from newsdesk.storage.newsroom.identity import session_role
from newsdesk.storage.people_reads import has_people
from newsdesk.storage.reader import connection_reader


def open_desk(db: Database, named: NamedUser | None, login: str) -> bool:
    """Settle identity before any work; True when `login` became an empty desk's first admin.

    On a newsroom a name given by --as or NEWSDESK_USER other than the login role is refused,
    and nobody is ever created; on a personal desk an empty database gets `login` as its admin.
    """
    newsroom = reached_newsroom(db)
    if newsroom is None:
        with db.read_connection() as connection:
            if has_people(connection_reader(connection)):
                return False  # the usual case, told by one read: no write transaction, no ORM
        from newsdesk.services.users import ensure_first_admin

        return ensure_first_admin(db, login)
    refuse_other_names(newsroom, session_role(db), named)
    return False


def acting_person(db: Database, named: NamedUser | None, fallback: str) -> Person:
    """The person acting: on a newsroom the login role's, else `named` or `fallback`."""
    newsroom = reached_newsroom(db)
    if newsroom is None:
        return find_person(db, named.name if named is not None else fallback)
    role = session_role(db)
    refuse_other_names(newsroom, role, named)
    with db.read_connection() as connection:
        return newsroom_person(connection_reader(connection), newsroom, role)
