"""newsroom: disabled people, server-set step columns, a hash-chained audit log, bundle claims

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN with constant defaults: SQLite adds them in place (see 0005).
    op.add_column("users", sa.Column("disabled", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column(
        "articles", sa.Column("last_step", sa.String(32), nullable=False, server_default="")
    )
    op.add_column(
        "articles",
        sa.Column("last_from_status", sa.String(16), nullable=False, server_default=""),
    )
    op.add_column("articles", sa.Column("source_sender", sa.String(64), nullable=True))
    op.add_column("revisions", sa.Column("claimed_sender", sa.String(64), nullable=True))
    op.add_column("revisions", sa.Column("claimed_author", sa.String(64), nullable=True))
    op.add_column("revisions", sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("revisions", sa.Column("claimed_step", sa.String(32), nullable=True))
    op.add_column("audit_log", sa.Column("article_version", sa.Integer(), nullable=True))
    op.add_column(
        "audit_log", sa.Column("prev_hash", sa.String(64), nullable=False, server_default="")
    )
    op.add_column("audit_log", sa.Column("hash", sa.String(64), nullable=False, server_default=""))
    op.create_table(
        "newsroom",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_prefix", sa.String(40), nullable=False),
        sa.Column("owner_role", sa.String(63), nullable=False),
        sa.Column("initialised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("initialised_by", sa.String(63), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_newsroom")),
    )


def downgrade() -> None:
    op.drop_table("newsroom")
    for table, columns in (
        ("audit_log", ("hash", "prev_hash", "article_version")),
        ("revisions", ("claimed_step", "claimed_at", "claimed_author", "claimed_sender")),
        ("articles", ("source_sender", "last_from_status", "last_step")),
        ("users", ("disabled",)),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_column(column)
