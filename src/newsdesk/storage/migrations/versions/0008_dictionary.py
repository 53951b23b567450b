"""dictionary: the newsroom's own words (no desk flags them) and an index of their audit rows

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # On a newsroom the rules for the new table are installed after the migration
    # (storage/newsroom/migration.py), so a newsroom is never without them.
    op.create_table(
        "dictionary_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(100), nullable=False),
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("added_by", sa.String(64), nullable=False),
        sa.Column(
            "added_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dictionary_words")),
        sa.UniqueConstraint("key", name=op.f("uq_dictionary_words_key")),
        # Ids never come back after a removal: the (count, highest id) version relies on it.
        sqlite_autoincrement=True,
    )
    # A newsroom checks at commit that each added or removed word has its audit row.
    op.create_index(
        "ix_audit_log_dictionary",
        "audit_log",
        ["note", "step"],
        postgresql_where=sa.text("article_id = ''"),
        sqlite_where=sa.text("article_id = ''"),
    )


def downgrade() -> None:
    op.drop_index("ix_audit_log_dictionary", table_name="audit_log")
    op.drop_table("dictionary_words")
