"""full-text search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

from newsdesk.storage.search import create_index, drop_index, rebuild

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    create_index(connection)
    for _progress in rebuild(connection):
        pass


def downgrade() -> None:
    drop_index(op.get_bind())
