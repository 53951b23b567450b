"""Who is acting, decided from reads through a Reader: the rules and their refusals, written once.

services.identity asks them of an open Database; the command line's psycopg path
(cli.direct_desk) asks them of its own connection, and refuses in the same words.
"""

from __future__ import annotations

from newsdesk.domain.people import Person
from newsdesk.errors import NotFoundError, PermissionDeniedError
from newsdesk.settings import NamedUser
from newsdesk.storage.identity_reads import Newsroom
from newsdesk.storage.mapping import person_from_row
from newsdesk.storage.people_reads import person_row
from newsdesk.storage.reader import Reader


def desk_person(reader: Reader, name: str) -> Person:
    """The user called `name` on a personal desk, or NotFoundError."""
    row = person_row(reader, name)
    if row is None:
        raise NotFoundError(f"no user called '{name}' (add one with: newsdesk user add {name})")
    return person_from_row(row)


def newsroom_person(reader: Reader, newsroom: Newsroom, role: str) -> Person:
    """The newsroom's person for the login role; refused when not one of its people, or disabled."""
    row = person_row(reader, role)
    if row is None:
        raise PermissionDeniedError(
            f"you log in to the newsroom {newsroom.server} as {role}, who is not one of its "
            "people; ask an admin to add you"
        )
    if row.disabled:
        raise PermissionDeniedError(
            f"{role} is disabled on the newsroom {newsroom.server}; ask an admin"
        )
    return person_from_row(row)


def refuse_other_names(newsroom: Newsroom, role: str, named: NamedUser | None) -> None:
    """Refuse a name given by --as or NEWSDESK_USER other than the login role, on a newsroom."""
    if named is not None and named.name != role:
        raise PermissionDeniedError(
            f"on the newsroom {newsroom.server} you act as the PostgreSQL role you log in as "
            f"({role}); {named.source} cannot change that"
        )
