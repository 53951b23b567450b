"""review: edit leases, word and house-style counts for the queue, a notes thread per article

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("held_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("held_since", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("word_count", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("lint_errors", sa.Integer(), nullable=False, server_default="0")
        )
    op.create_table(
        "article_notes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_notes_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_notes")),
    )
    op.create_index("ix_article_notes_article", "article_notes", ["article_id", "at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_article_notes_article", table_name="article_notes")
    op.drop_table("article_notes")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_column("lint_errors")
        batch_op.drop_column("word_count")
        batch_op.drop_column("held_since")
        batch_op.drop_column("held_by")
