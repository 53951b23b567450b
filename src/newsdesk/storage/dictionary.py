"""Queries over the newsroom dictionary. Like the other repositories, it never commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsdesk.storage.models import DictionaryWordRow

_TABLE = DictionaryWordRow.__table__
# The audit steps that record a change to the newsroom dictionary (no article: the word is the note).
STEP_ADD = "dictionary_add"
STEP_REMOVE = "dictionary_remove"


class DictionaryRepository:
    """The words of the newsroom dictionary."""

    def __init__(self, session: Session):
        self.session = session

    def add(self, word: str, key: str, language: str | None, added_by: str, at: datetime) -> bool:
        """Add a word unless its key is there already (another desk may add it meanwhile);
        True when this call added it. PostgreSQL sets the time itself."""
        values: dict[str, object] = {
            "word": word,
            "key": key,
            "language": language,
            "added_by": added_by,
        }
        connection = self.session.connection()
        if connection.dialect.name == "postgresql":
            statement = postgresql.insert(_TABLE).values(values)
        else:
            statement = sqlite.insert(_TABLE).values({**values, "added_at": at})
        added = connection.execute(
            statement.on_conflict_do_nothing(index_elements=["key"]).returning(_TABLE.c.id)
        ).first()
        return added is not None

    def remove(self, key: str) -> str | None:
        """Remove the word with this key; the word as it was written, or None when absent."""
        removed = self.session.connection().execute(
            delete(_TABLE).where(_TABLE.c.key == key).returning(_TABLE.c.word)
        )
        return removed.scalar()

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
