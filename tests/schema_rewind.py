"""Winding a test database's schema back to an older version, as an older Newsdesk left it.

A test that sets `alembic_version` back must first remove what the later migrations made, or
upgrading again would meet their tables and indexes. Each migration after 0010 that makes
something lists here how to take it away again.
"""

from __future__ import annotations

from typing import Any

MADE_BY = {
    "0011": ("DROP TABLE shared_settings",),
    "0012": ("DROP INDEX ix_articles_held_by_status",),
    "0013": ("DROP INDEX IF EXISTS ix_article_search_content_c0",),  # SQLite only
}


def rewind_schema(execute: Any, version: str) -> None:
    """Drop what migrations after `version` made and record `version` as the schema's."""
    for later in sorted(MADE_BY, reverse=True):
        if later > version:
            for statement in MADE_BY[later]:
                execute(statement)
    execute(f"UPDATE alembic_version SET version_num = '{version}'")
