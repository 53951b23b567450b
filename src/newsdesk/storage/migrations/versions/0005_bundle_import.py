"""bundle import: people created by an import are marked, articles carry a conflict flag

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): SQLite adds a column with a constant default in place,
    # and copying `users` would trip the foreign keys that point at it.
    op.add_column("users", sa.Column("imported", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column(
        "articles", sa.Column("conflict", sa.Boolean(), nullable=False, server_default="0")
    )


def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("conflict")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("imported")
