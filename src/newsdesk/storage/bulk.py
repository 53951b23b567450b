"""New rows gathered over a whole bundle and written in one statement per table."""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from newsdesk.storage.audit_chain import chain_new_rows
from newsdesk.storage.models import ArticleRow, AuditRow, NoteRow, RevisionRow


class Table(Enum):
    """The tables a bundle import adds rows to, in the order they are written."""

    ARTICLES = ArticleRow
    REVISIONS = RevisionRow
    NOTES = NoteRow
    AUDIT = AuditRow


class BulkRows:
    """Rows to add, kept by table until `write`.

    One multi-row INSERT per table instead of one per row is what lets a bundle of a thousand
    articles with their revisions come in at hundreds of articles a second. Articles go first,
    before the rows that refer to them; audit rows are chained as they are written.
    """

    def __init__(self) -> None:
        self.rows: dict[Table, list[dict[str, Any]]] = {table: [] for table in Table}

    def add(self, table: Table, **values: Any) -> None:
        """Keep one row of `table` with these column values."""
        self.rows[table].append(values)

    def write(self, session: Session) -> None:
        """Write every kept row in `session`, one statement per table."""
        session.flush()
        chain_new_rows(session.connection(), self.rows[Table.AUDIT])
        for table in Table:
            if self.rows[table]:
                session.execute(insert(table.value), self.rows[table])
