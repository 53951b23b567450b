"""Queries over the newsroom dictionary. Like the other repositories, it never commits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsdesk.storage.audit_chain import chain_new_rows
from newsdesk.storage.models import AuditRow, DictionaryWordRow

_TABLE = DictionaryWordRow.__table__
# Rows per statement: well under SQLite's limit of bound parameters.
_BATCH = 500
# The audit steps that record a change to the newsroom dictionary (no article: the word is the note).
STEP_ADD = "dictionary_add"
STEP_REMOVE = "dictionary_remove"


class DictionaryRepository:
    """The words of the newsroom dictionary."""

    def __init__(self, session: Session):
        self.session = session

    def add(
        self, words: Mapping[str, str], language: str | None, added_by: str, at: datetime
    ) -> list[str]:
        """Add words (key → word as written) whose key is not there yet, and an audit row for
        each; the words this call added, in the order given. PostgreSQL sets the time itself
        (another desk may add the same key meanwhile: that word is left out, not an error)."""
        connection = self.session.connection()
        postgres = connection.dialect.name == "postgresql"
        items = list(words.items())
        if not items:
            return []
        rows = [
            {"word": word, "key": key, "language": language, "added_by": added_by}
            | ({} if postgres else {"added_at": at})
            for key, word in items
        ]
        statement: postgresql.Insert | sqlite.Insert = (
            postgresql.insert(DictionaryWordRow) if postgres else sqlite.insert(DictionaryWordRow)
        )
        # Many rows, one compiled statement: SQLAlchemy batches them into multi-row INSERTs.
        result = connection.execute(
            statement.on_conflict_do_nothing(index_elements=["key"]).returning(_TABLE.c.key),
            rows,
        )
        added = set(result.scalars())
        written = [word for key, word in items if key in added]
        self._audit([(STEP_ADD, word) for word in written], added_by, at)
        return written

    def remove(self, keys: Sequence[str], removed_by: str, at: datetime) -> dict[str, str]:
        """Remove the words with these keys, with an audit row each; key → the word removed."""
        connection = self.session.connection()
        removed: dict[str, str] = {}
        for first in range(0, len(keys), _BATCH):
            result = connection.execute(
                delete(DictionaryWordRow)
                .where(_TABLE.c.key.in_(keys[first : first + _BATCH]))
                .returning(_TABLE.c.key, _TABLE.c.word)
            )
            removed.update((key, word) for key, word in result)
        self._audit([(STEP_REMOVE, removed[k]) for k in keys if k in removed], removed_by, at)
        return removed

    def _audit(self, changes: Sequence[tuple[str, str]], actor: str, at: datetime) -> None:
        """One audit row per changed word (its note), as the next links of the hash chain."""
        rows: list[dict[str, Any]] = [
            {"article_id": "", "actor": actor, "at": at, "step": step, "from_status": "",
             "to_status": "", "note": word, "article_version": None}
            for step, word in changes
        ]  # fmt: skip
        if not rows:
            return
        self.session.flush()
        chain_new_rows(self.session.connection(), rows)
        self.session.execute(insert(AuditRow), rows)

    def entries(self) -> Sequence[DictionaryWordRow]:
        """Every word, by key."""
        query = select(DictionaryWordRow).order_by(DictionaryWordRow.key, DictionaryWordRow.id)
        return self.session.scalars(query).all()

    def words(self) -> list[str]:
        """Every word as written."""
        return list(self.session.scalars(select(_TABLE.c.word)))

    def version(self) -> tuple[int, int]:
        """(how many words, the highest id): changes whenever a word is added or removed."""
        count, highest = self.session.execute(
            select(func.count(), func.coalesce(func.max(_TABLE.c.id), 0))
        ).one()
        return int(count), int(highest)
