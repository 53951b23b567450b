"""A newsroom made by hand on the shared trust server: the marker row and login roles.

`newsdesk server init` is not needed to test identity: a `newsroom` row makes the test schema a
newsroom, and login roles with plain table grants connect without a password (trust). Role names
are cluster-wide, so each carries this process's id and a counter, and every role is dropped
afterwards.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.engine import make_url

from conftest import PG_BASE_URL, PG_SCHEMA, PG_URL, _reset_postgres
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.opening import open_database
from support import ADMIN

_runs = itertools.count(1)


@dataclass
class TrustNewsroom:
    """The roles of one hand-made newsroom (or personal desk) in the test schema."""

    prefix: str
    roles: list[str] = field(default_factory=list)

    def role(self, who: str) -> str:
        """The login role of `who` (sara, karim, gone, stranger)."""
        return f"{self.prefix}_{who}"

    def url(self, who: str) -> str:
        """The test schema's URL, logging in as `who`'s role."""
        return make_url(PG_URL).set(username=self.role(who)).render_as_string(hide_password=False)


def admin_sql(*statements: str) -> None:
    import psycopg

    url = PG_BASE_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


@contextmanager
def trust_newsroom(*, newsroom: bool = True) -> Iterator[TrustNewsroom]:
    """Sara (editor), karim (chief) and gone (disabled) as people and login roles, plus a
    stranger role with no person; with the newsroom row when `newsroom`, else a personal desk."""
    _reset_postgres()
    made = TrustNewsroom(f"ndb{os.getpid()}r{next(_runs)}")
    db = open_database(PG_URL)
    try:
        ensure_first_admin(db, ADMIN.name)
        for who, role in (("sara", "editor"), ("karim", "chief"), ("gone", "editor")):
            add_person(db, ADMIN, made.role(who), role)
    finally:
        db.close()
    statements = [
        f"UPDATE {PG_SCHEMA}.users SET disabled = true WHERE name = '{made.role('gone')}'"
    ]
    if newsroom:
        statements.append(
            f"INSERT INTO {PG_SCHEMA}.newsroom "
            "(id, group_prefix, owner_role, initialised_at, initialised_by) "
            f"VALUES (1, '{made.prefix}', 'postgres', now(), 'postgres')"
        )
    try:
        for who in ("sara", "karim", "gone", "stranger"):
            role = made.role(who)
            admin_sql(f"CREATE ROLE {role} LOGIN")
            made.roles.append(role)
            admin_sql(
                f"GRANT USAGE ON SCHEMA {PG_SCHEMA} TO {role}",
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {PG_SCHEMA} TO {role}",
                f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {PG_SCHEMA} TO {role}",
            )
        admin_sql(*statements)
        yield made
    finally:
        for role in made.roles:
            admin_sql(f"DROP OWNED BY {role}", f"DROP ROLE {role}")
