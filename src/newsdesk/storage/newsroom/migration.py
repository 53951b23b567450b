"""Migrations on a newsroom run as its owner role, and only a member of that role may run them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

from newsdesk.errors import StorageError

NEEDS_OWNER = "the newsroom's database needs upgrading; ask its owner to run newsdesk db upgrade"


@contextmanager
def as_newsroom_owner(connection: Connection) -> Iterator[None]:
    """Inside, the connection acts as the newsroom's owner role (nothing changes elsewhere).

    Afterwards the newsroom's rules, triggers and grants are installed again, so what the
    migration added is covered too. Anyone who is not a member of the owner role is refused.
    """
    from newsdesk.storage.newsroom.identity import newsroom_row

    newsroom = newsroom_row(connection)
    if newsroom is None:
        yield
        return
    member = connection.execute(
        text("SELECT pg_has_role(session_user, :owner, 'MEMBER')"), {"owner": newsroom.owner_role}
    ).scalar()
    if not member:
        raise StorageError(NEEDS_OWNER)
    from newsdesk.storage.newsroom.install import install
    from newsdesk.storage.newsroom.names import Names, quote_ident

    connection.execute(text(f"SET LOCAL ROLE {quote_ident(newsroom.owner_role)}"))
    yield
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    install(connection, Names(newsroom.group_prefix, schema), {})
