"""Installing a newsroom's rules, functions, triggers, policies and grants, as its owner role.

Everything here is safe to run again: it is how `server init` refreshes a newsroom after a
Newsdesk upgrade, and what runs after a migration on a newsroom.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from newsdesk.storage.models import Base
from newsdesk.storage.newsroom.article_triggers import article_functions, article_triggers
from newsdesk.storage.newsroom.dictionary_triggers import (
    dictionary_functions,
    dictionary_triggers,
)
from newsdesk.storage.newsroom.grants import SERIAL_TABLES, grant_statements, policy_statements
from newsdesk.storage.newsroom.helpers import helper_functions
from newsdesk.storage.newsroom.history_triggers import history_functions, history_triggers
from newsdesk.storage.newsroom.names import Names
from newsdesk.storage.newsroom.people_sql import people_functions
from newsdesk.storage.newsroom.rule_tables import RULE_TABLES, fill_rule_tables
from newsdesk.storage.newsroom.ticker_triggers import ticker_functions, ticker_triggers

# Every table Newsdesk makes: the models', the migrations' bookkeeping, the search index's
# and the rule tables. Only these change owner and get grants (a shared schema may hold others).
NEWSDESK_TABLES = frozenset(
    {*Base.metadata.tables, "alembic_version", "article_search", *RULE_TABLES}
)


def newsdesk_tables(connection: Connection) -> set[str]:
    """The Newsdesk tables present in the current schema."""
    rows = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    )
    return set(rows.scalars()) & NEWSDESK_TABLES


def run_all(connection: Connection, statements: list[str]) -> None:
    """Run DDL statements as they are (no parameters, so `%` stays as written)."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for statement in statements:
            cursor.execute(statement)
    finally:
        cursor.close()


def install(connection: Connection, names: Names, settings: dict[str, bool]) -> frozenset[str]:
    """Install or refresh everything the newsroom enforces; return the settings switched on."""
    on = fill_rule_tables(connection, settings)
    sequences = [
        connection.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table}
        ).scalar_one()
        for table in SERIAL_TABLES
    ]
    run_all(
        connection,
        [
            *helper_functions(names),
            *people_functions(names),
            *article_functions(names),
            *history_functions(names),
            *ticker_functions(names),
            *dictionary_functions(names),
            *article_triggers(),
            *history_triggers(),
            *ticker_triggers(),
            *dictionary_triggers(),
            *policy_statements(names),
            *grant_statements(names, newsdesk_tables(connection), sequences),
        ],
    )
    return on
