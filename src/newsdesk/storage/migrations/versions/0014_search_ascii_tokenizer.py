"""search index on SQLite: FTS5's ascii tokenizer cuts the folded terms, a fifth faster

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

from newsdesk.storage.progress import ignore
from newsdesk.storage.search import UNICODE61_TOKENIZER
from newsdesk.storage.search_tokenizer import retokenize

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The whole index is made again in this migration's transaction: all or nothing.
    config = op.get_context().config
    progress = config.attributes.get("progress", ignore) if config is not None else ignore
    retokenize(op.get_bind(), progress=progress)


def downgrade() -> None:
    retokenize(op.get_bind(), UNICODE61_TOKENIZER)
