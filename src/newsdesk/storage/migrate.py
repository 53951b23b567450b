"""Schema migrations with Alembic, shipped inside the package and applied on open.

Opening a database only needs to know which revisions exist and which is newest; that is read
straight from the migration scripts, so Alembic itself is imported only when a migration runs.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
_ASSIGNMENT = re.compile(
    r"^(revision|down_revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE
)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the package's migrations, bound to a connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def revision_graph() -> dict[str, str | None]:
    """Every migration this version of Newsdesk ships: revision → the revision it follows."""
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values = dict(
            (m.group(1), m.group(2)) for m in _ASSIGNMENT.finditer(script.read_text("utf-8"))
        )
        if values.get("revision"):
            graph[values["revision"]] = values.get("down_revision")
    return graph


def head_revision() -> str:
    """The newest schema revision this version of Newsdesk knows."""
    graph = revision_graph()
    followed = {down for down in graph.values() if down}
    heads = [revision for revision in graph if revision not in followed]
    assert len(heads) == 1, f"the migrations must form one line, found heads {heads}"
    return heads[0]


def is_known_revision(revision: str) -> bool:
    """Whether this version of Newsdesk has a migration script with this id."""
    return revision in revision_graph()


def current_revision(connection: Connection) -> str | None:
    """The schema revision stamped in the database, or None for an unstamped one."""
    from sqlalchemy import inspect, text  # here: knowing the newest revision needs neither

    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def upgrade_to_head(connection: Connection) -> None:
    """Apply every missing migration on this connection."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
