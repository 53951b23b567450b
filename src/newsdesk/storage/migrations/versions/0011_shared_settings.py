"""shared settings: the newsroom settings every desk of a shared database follows

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On a newsroom the table's grants and policies are installed after the migration
    # (storage/newsroom/migration.py), so a newsroom is never without them.
    op.create_table(
        "shared_settings",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_shared_settings")),
    )


def downgrade() -> None:
    op.drop_table("shared_settings")
