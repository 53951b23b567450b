"""change feed: PostgreSQL announces every article write on the newsdesk_changes channel

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

from newsdesk.storage.change_feed import notify_statements

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite needs nothing: a desk there watches `PRAGMA data_version`.
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in notify_statements():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS articles_zz_notify ON articles")
    op.execute("DROP FUNCTION IF EXISTS newsdesk_articles_notify()")
