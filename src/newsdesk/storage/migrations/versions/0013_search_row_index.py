"""search index on SQLite: find an article's row without reading the whole archive

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

from newsdesk.storage.search import SQLITE_ROW_INDEX

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # PostgreSQL's index has article_id as its primary key already.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_ROW_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_article_search_content_c0")
