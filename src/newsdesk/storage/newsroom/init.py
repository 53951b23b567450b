"""`server init`: make a PostgreSQL database a newsroom, or refresh one, in one transaction.

Run by whoever owns the database (a role with CREATEROLE that owns the tables). It creates the
owner and group roles, hands every Newsdesk table, sequence and function to the owner role,
installs the rules as that role, gives every existing user a login role in their group, and
writes the `newsroom` row. Running it again refreshes everything and loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from newsdesk.domain.people import Role
from newsdesk.errors import InvalidInputError, PermissionDeniedError
from newsdesk.storage.engine import Database
from newsdesk.storage.newsroom.identity import newsroom_row
from newsdesk.storage.newsroom.install import NEWSDESK_TABLES, install, newsdesk_tables, run_all
from newsdesk.storage.newsroom.names import (
    MAX_ROLE_BYTES,
    Names,
    check_prefix,
    default_prefix,
    quote_ident,
)
from newsdesk.storage.newsroom.people import scram_verifier


@dataclass(frozen=True)
class InitReport:
    """What `server init` did."""

    prefix: str
    owner: str
    groups: tuple[str, ...]
    people: tuple[str, ...]
    new_roles: tuple[str, ...]
    admin: str | None
    first_time: bool
    settings_on: frozenset[str]


def initialise(
    db: Database,
    *,
    prefix: str | None = None,
    admin: str | None = None,
    admin_password: str | None = None,
    settings: dict[str, bool] | None = None,
) -> InitReport:
    """Make the database a newsroom (or refresh it); everything or nothing."""
    if db.is_sqlite:
        raise InvalidInputError(
            "server init makes a PostgreSQL database a newsroom; a SQLite file is a personal desk"
        )
    with db.engine.begin() as connection:
        runner, schema, database = connection.execute(
            text("SELECT session_user, current_schema(), current_database()")
        ).one()
        existing = newsroom_row(connection)
        if existing is not None and prefix and prefix != existing.group_prefix:
            raise InvalidInputError(
                f"this database is already the newsroom '{existing.group_prefix}'; "
                f"run server init --prefix {existing.group_prefix} (or without --prefix)"
            )
        chosen = existing.group_prefix if existing else prefix or default_prefix(database, schema)
        names = Names(check_prefix(chosen), schema)
        people = _people(connection, admin)
        _check_runner(connection, runner)
        before = _roles(connection)
        _make_roles(connection, names, runner)
        _hand_over(connection, names)
        connection.execute(text(f"SET LOCAL ROLE {quote_ident(names.owner)}"))
        on = install(connection, names, settings or {})
        if admin is not None:
            _make_admin(connection, admin)
        for name in people:
            connection.execute(text("SELECT newsdesk_enrol(:name)"), {"name": name})
        if admin is not None and admin_password:
            connection.execute(
                text("SELECT newsdesk_set_password(:name, :verifier)"),
                {"name": admin, "verifier": scram_verifier(connection, admin, admin_password)},
            )
        connection.execute(
            text(
                "INSERT INTO newsroom (id, group_prefix, owner_role, initialised_at,"
                " initialised_by) VALUES (1, :prefix, :owner, now(), :runner)"
                " ON CONFLICT (id) DO NOTHING"
            ),
            {"prefix": names.prefix, "owner": names.owner, "runner": runner},
        )
        return InitReport(
            names.prefix,
            names.owner,
            names.groups,
            people,
            tuple(sorted(set(people) - before)),
            admin,
            existing is None,
            on,
        )


def _people(connection: Connection, admin: str | None) -> tuple[str, ...]:
    """Every user's name (the new admin's included), refused when one cannot be a role."""
    names = set(connection.execute(text("SELECT name FROM users")).scalars())
    if admin is not None:
        names.add(admin)
    too_long = sorted(n for n in names if len(n.encode("utf-8")) > MAX_ROLE_BYTES)
    if too_long:
        raise InvalidInputError(
            f"user names longer than {MAX_ROLE_BYTES} bytes cannot log in to PostgreSQL: "
            f"{', '.join(too_long[:3])}; nothing was changed"
        )
    managers = connection.execute(
        text("SELECT count(*) FROM users WHERE role = :admin AND NOT disabled"),
        {"admin": Role.ADMIN.value},
    ).scalar_one()
    if admin is None and not managers:
        raise InvalidInputError(
            "a newsroom needs an admin to add people: name one with server init --admin NAME"
        )
    return tuple(sorted(names))


def _check_runner(connection: Connection, runner: str) -> None:
    may_create = connection.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user")
    ).scalar()
    if not may_create:
        raise PermissionDeniedError(
            f"{runner} may not create roles; server init is run by the database's owner "
            "(a role with CREATEROLE that owns the Newsdesk tables)"
        )


def _roles(connection: Connection) -> set[str]:
    return set(connection.execute(text("SELECT rolname FROM pg_roles")).scalars())


def _make_roles(connection: Connection, names: Names, runner: str) -> None:
    existing = _roles(connection)
    owner = quote_ident(names.owner)
    verb = "ALTER" if names.owner in existing else "CREATE"
    run_all(
        connection,
        [f"{verb} ROLE {owner} NOLOGIN CREATEROLE"]
        + [
            f"{'ALTER' if group in existing else 'CREATE'} ROLE {quote_ident(group)} NOLOGIN"
            for group in names.groups
        ],
    )
    statements = []
    if not connection.execute(
        text("SELECT pg_has_role(session_user, :owner, 'MEMBER')"), {"owner": names.owner}
    ).scalar():
        statements.append(f"GRANT {owner} TO {quote_ident(runner)}")
    # The owner's people functions grant and revoke the groups: CREATEROLE is enough on
    # PostgreSQL 15; from 16 on it also takes ADMIN OPTION on each group.
    statements += [
        f"GRANT {quote_ident(group)} TO {owner} WITH ADMIN OPTION" for group in names.groups
    ]
    schema = quote_ident(names.schema)
    statements += [
        f"GRANT USAGE, CREATE ON SCHEMA {schema} TO {owner}",
        f"GRANT USAGE ON SCHEMA {schema} TO {names.group_list}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
    ]
    run_all(connection, statements)


def _hand_over(connection: Connection, names: Names) -> None:
    """Make the owner role own every Newsdesk table, its sequences and Newsdesk's functions."""
    owner = quote_ident(names.owner)
    tables = sorted(newsdesk_tables(connection))
    sequences = connection.execute(
        text(
            "SELECT DISTINCT s.oid::regclass::text FROM pg_class s"
            " JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')"
            " JOIN pg_class t ON t.oid = d.refobjid"
            " WHERE s.relkind = 'S' AND t.relnamespace = current_schema()::regnamespace"
            " AND t.relname = ANY(:tables)"
        ),
        {"tables": tables},
    ).scalars()
    functions = connection.execute(
        text(
            "SELECT DISTINCT p.oid::regprocedure::text FROM pg_proc p"
            " WHERE p.pronamespace = current_schema()::regnamespace"
            " AND (p.proname LIKE 'newsdesk\\_%' OR p.oid IN (SELECT tgfoid FROM pg_trigger g"
            " JOIN pg_class t ON t.oid = g.tgrelid WHERE t.relname = ANY(:tables)"
            " AND t.relnamespace = current_schema()::regnamespace))"
        ),
        {"tables": sorted(NEWSDESK_TABLES)},
    ).scalars()
    run_all(
        connection,
        [f"ALTER TABLE {quote_ident(table)} OWNER TO {owner}" for table in tables]
        + [f"ALTER SEQUENCE {sequence} OWNER TO {owner}" for sequence in sequences]
        + [f"ALTER FUNCTION {function} OWNER TO {owner}" for function in functions],
    )


def _make_admin(connection: Connection, name: str) -> None:
    """The named person becomes an active admin (added as one when new)."""
    connection.execute(
        text(
            "INSERT INTO users (name, display_name, role, created_at, imported, disabled)"
            " VALUES (:name, '', :admin, now(), false, false)"
            " ON CONFLICT (name) DO UPDATE SET role = :admin, disabled = false"
        ),
        {"name": name, "admin": Role.ADMIN.value},
    )
