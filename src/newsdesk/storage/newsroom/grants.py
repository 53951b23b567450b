"""What each group may do on each table, and the row-level security where one reads only part.

Groups get the least the app needs: history tables take INSERT only (the triggers decide what
is written), people change only through the people functions, and nothing is ever deleted.
"""

from __future__ import annotations

from newsdesk.domain.permissions import Permission
from newsdesk.storage.newsroom.dictionary_triggers import (
    DICTIONARY_FUNCTIONS,
    DICTIONARY_TRIGGER_FUNCTIONS,
)
from newsdesk.storage.newsroom.helpers import HELPER_FUNCTIONS
from newsdesk.storage.newsroom.names import Names
from newsdesk.storage.newsroom.people_sql import INTERNAL_FUNCTIONS, PEOPLE_FUNCTIONS
from newsdesk.storage.newsroom.rule_tables import RULE_TABLES

# Every group gets the same grants: what differs by role is decided by the triggers and the
# people functions from the rule tables, so one table of rules serves every role.
TABLE_PRIVILEGES: dict[str, str] = {
    "users": "SELECT, UPDATE (display_name)",
    "desks": "SELECT, INSERT",
    "articles": "SELECT, INSERT, UPDATE",
    "revisions": "SELECT, INSERT",
    "article_notes": "SELECT, INSERT",
    "audit_log": "SELECT, INSERT",
    "ticker_channels": "SELECT, INSERT, UPDATE",  # UPDATE also for SELECT ... FOR UPDATE
    "ticker_items": "SELECT, INSERT, UPDATE",
    "article_search": "SELECT, INSERT, UPDATE",  # INSERT ... ON CONFLICT DO UPDATE
    "alembic_version": "SELECT",
    "newsroom": "SELECT",
    # No UPDATE: a word is never rewritten; DELETE only as far as the trigger lets a role.
    "dictionary_words": "SELECT, INSERT, DELETE",
    # Written only by the roles the policies below allow (the settings permission).
    "shared_settings": "SELECT, INSERT, UPDATE",
    **{table: "SELECT" for table in RULE_TABLES},
}
# Tables whose `id` a group draws from a sequence when it inserts a row.
SERIAL_TABLES = ("revisions", "article_notes", "audit_log", "dictionary_words")
TRIGGER_FUNCTIONS = (
    "newsdesk_articles_check()",
    "newsdesk_articles_audited()",
    "newsdesk_articles_notify()",
    "newsdesk_revisions_check()",
    "newsdesk_notes_check()",
    "newsdesk_audit_check()",
    "newsdesk_ticker_items_check()",
    "newsdesk_ticker_channels_check()",
    *DICTIONARY_TRIGGER_FUNCTIONS,
)


def grant_statements(names: Names, tables: set[str], sequences: list[str]) -> list[str]:
    """REVOKE everything from the groups and PUBLIC, then GRANT what each table needs."""
    groups = names.group_list
    made = []
    for table in sorted(tables):
        made.append(f"REVOKE ALL ON TABLE {table} FROM PUBLIC, {groups}")
        privileges = TABLE_PRIVILEGES.get(table)
        if privileges:
            made.append(f"GRANT {privileges} ON TABLE {table} TO {groups}")
    for sequence in sequences:
        made.append(f"REVOKE ALL ON SEQUENCE {sequence} FROM PUBLIC, {groups}")
        made.append(f"GRANT USAGE ON SEQUENCE {sequence} TO {groups}")
    for function in (
        *HELPER_FUNCTIONS,
        *PEOPLE_FUNCTIONS,
        *INTERNAL_FUNCTIONS,
        *TRIGGER_FUNCTIONS,
        *DICTIONARY_FUNCTIONS,
    ):
        made.append(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC, {groups}")
    for function in (*HELPER_FUNCTIONS, *PEOPLE_FUNCTIONS, *DICTIONARY_FUNCTIONS):
        made.append(f"GRANT EXECUTE ON FUNCTION {function} TO {groups}")
    return made


def policy_statements(names: Names) -> list[str]:
    """Row-level security: editors read only their own audit rows; one renames only oneself;
    only the roles with the settings permission change the newsroom's settings, in their name."""
    groups = names.group_list
    me = "session_user::text"
    read_all = f"(SELECT newsdesk_may('{Permission.READ_AUDIT.value}'))"
    configure = f"(SELECT newsdesk_may('{Permission.NEWSROOM_SETTINGS.value}'))"
    in_own_name = f"{configure} AND updated_by = {me}"
    policies = (
        ("audit_log", "newsroom_read", "SELECT", f"USING (actor = {me} OR {read_all})"),
        ("audit_log", "newsroom_write", "INSERT", f"WITH CHECK (actor = {me})"),
        ("users", "newsroom_read", "SELECT", "USING (true)"),
        ("users", "newsroom_own_name", "UPDATE", f"USING (name = {me}) WITH CHECK (name = {me})"),
        ("shared_settings", "newsroom_read", "SELECT", "USING (true)"),
        ("shared_settings", "newsroom_add", "INSERT", f"WITH CHECK ({in_own_name})"),
        (
            "shared_settings",
            "newsroom_change",
            "UPDATE",
            f"USING ({configure}) WITH CHECK ({in_own_name})",
        ),
    )
    secured = ("audit_log", "users", "shared_settings")
    made = [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" for table in secured]
    for table, name, command, rule in policies:
        made += [
            f"DROP POLICY IF EXISTS {name} ON {table}",
            f"CREATE POLICY {name} ON {table} FOR {command} TO {groups} {rule}",
        ]
    return made
