"""Creating and filling the rule tables the database's checks read (see rules.py)."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import Connection, text

from newsdesk.storage.newsroom.rules import SETTINGS, edit_rows, grant_rows, step_rows

RULE_TABLES = ("newsroom_steps", "newsroom_edits", "newsroom_grants", "newsroom_settings")

_CREATE = (
    "CREATE TABLE IF NOT EXISTS newsroom_steps ("
    " step VARCHAR(32) NOT NULL, from_status VARCHAR(16) NOT NULL,"
    " to_status VARCHAR(16) NOT NULL, role VARCHAR(16) NOT NULL, needs_note BOOLEAN NOT NULL,"
    " PRIMARY KEY (from_status, step, role))",
    "CREATE TABLE IF NOT EXISTS newsroom_edits ("
    " role VARCHAR(16) NOT NULL, status VARCHAR(16) NOT NULL, author_only BOOLEAN NOT NULL,"
    " PRIMARY KEY (role, status))",
    "CREATE TABLE IF NOT EXISTS newsroom_grants ("
    " permission VARCHAR(32) NOT NULL, role VARCHAR(16) NOT NULL,"
    " PRIMARY KEY (permission, role))",
    "CREATE TABLE IF NOT EXISTS newsroom_settings ("
    " name VARCHAR(64) PRIMARY KEY, value BOOLEAN NOT NULL)",
)


def settings_on(connection: Connection) -> frozenset[str]:
    """The newsroom settings switched on (none before the tables exist)."""
    if connection.execute(text("SELECT to_regclass('newsroom_settings')")).scalar() is None:
        return frozenset()
    rows = connection.execute(text("SELECT name FROM newsroom_settings WHERE value"))
    return frozenset(rows.scalars())


def fill_rule_tables(connection: Connection, changes: dict[str, bool]) -> frozenset[str]:
    """Create the rule tables if needed and write every row afresh; return the settings on."""
    for statement in _CREATE:
        connection.exec_driver_sql(statement)
    for name in SETTINGS:
        connection.execute(
            text(
                "INSERT INTO newsroom_settings (name, value) VALUES (:name, false)"
                " ON CONFLICT (name) DO NOTHING"
            ),
            {"name": name},
        )
    for name, value in changes.items():
        connection.execute(
            text("UPDATE newsroom_settings SET value = :value WHERE name = :name"),
            {"name": name, "value": value},
        )
    on = settings_on(connection)
    connection.exec_driver_sql("DELETE FROM newsroom_steps")
    connection.execute(
        text(
            "INSERT INTO newsroom_steps (step, from_status, to_status, role, needs_note)"
            " VALUES (:step, :from_status, :to_status, :role, :needs_note)"
        ),
        [asdict(row) for row in step_rows()],
    )
    connection.exec_driver_sql("DELETE FROM newsroom_edits")
    connection.execute(
        text(
            "INSERT INTO newsroom_edits (role, status, author_only)"
            " VALUES (:role, :status, :author_only)"
        ),
        [asdict(row) for row in edit_rows()],
    )
    connection.exec_driver_sql("DELETE FROM newsroom_grants")
    connection.execute(
        text("INSERT INTO newsroom_grants (permission, role) VALUES (:permission, :role)"),
        [{"permission": p, "role": r} for p, r in grant_rows(on)],
    )
    return on
