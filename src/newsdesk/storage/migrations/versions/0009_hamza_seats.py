"""search: hamza on waw or yeh folds to one letter; the index is built again with the new terms

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-09
"""

from __future__ import annotations

from alembic import op

from newsdesk.storage.search import rebuild

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Terms indexed before this release fold مسؤول and مسئول apart; queries now fold them
    # together, so every article is indexed again (what `newsdesk db reindex` does).
    for _progress in rebuild(op.get_bind()):
        pass


def downgrade() -> None:
    # The older fold still finds the newer terms' articles by their other words; an older
    # Newsdesk that wants its own terms back runs `newsdesk db reindex`.
    pass
