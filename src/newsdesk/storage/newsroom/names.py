"""The names a newsroom's database objects take: its group prefix, roles and quoted identifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.domain.people import Role
from newsdesk.errors import InvalidInputError

MAX_PREFIX = 40
# PostgreSQL truncates identifiers longer than this many bytes (NAMEDATALEN - 1).
MAX_ROLE_BYTES = 63
_PREFIX = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_UNSAFE = re.compile(r"[^a-z0-9_]+")


def quote_ident(name: str) -> str:
    """`name` as a PostgreSQL identifier, always quoted."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    """`text` as a PostgreSQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def check_prefix(prefix: str) -> str:
    """The prefix if it is safe for role names (lower-case letters, digits, _), else refuse."""
    if not _PREFIX.match(prefix):
        raise InvalidInputError(
            f"'{prefix}' is not a usable group prefix (a lower-case letter, then up to "
            f"{MAX_PREFIX - 1} lower-case letters, digits or _)"
        )
    return prefix


def default_prefix(database: str, schema: str) -> str:
    """A prefix derived from the database's name (and its schema's, when not `public`)."""
    raw = database if schema == "public" else f"{database}_{schema}"
    safe = _UNSAFE.sub("_", raw.lower()).strip("_") or "newsroom"
    if not safe[0].isalpha():
        safe = f"n_{safe}"
    return safe[:MAX_PREFIX].rstrip("_")


@dataclass(frozen=True)
class Names:
    """The roles and schema of one newsroom."""

    prefix: str
    schema: str

    @property
    def owner(self) -> str:
        """The NOLOGIN role that owns the newsroom's tables and functions."""
        return f"{self.prefix}_owner"

    def group(self, role: Role | str) -> str:
        """The group role of people with this Newsdesk role."""
        return f"{self.prefix}_{Role(role).value}"

    @property
    def groups(self) -> tuple[str, ...]:
        """Every group role, in the order of the Role enum."""
        return tuple(self.group(role) for role in Role)

    @property
    def group_list(self) -> str:
        """The group roles as a quoted, comma-separated list for GRANT and policies."""
        return ", ".join(quote_ident(group) for group in self.groups)

    @property
    def search_path(self) -> str:
        """The SET clause that pins a function to the newsroom's schema."""
        return f"SET search_path = {quote_ident(self.schema)}, pg_temp"
