"""New rows gathered over a whole bundle and written in one statement per table."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from newsdesk.storage.models import ArticleRow, NoteRow, RevisionRow


class Table(Enum):
    """The tables a bundle import adds rows to, in the order they are written.

    Not the audit log: its rows go through ArticleRepository.add_audit, which chains them.
    """

    ARTICLES = ArticleRow
    REVISIONS = RevisionRow
    NOTES = NoteRow


class BulkRows:
    """Rows to add, kept by table until `write`.

    One multi-row INSERT per table instead of one per row is what lets a bundle of a thousand
    articles with their revisions come in at hundreds of articles a second. Articles go first,
    before the rows that refer to them.
    """

    def __init__(self) -> None:
        self.rows: dict[Table, list[dict[str, Any]]] = {table: [] for table in Table}

    def add(self, table: Table, **values: Any) -> None:
        """Keep one row of `table` with these column values."""
        self.rows[table].append(values)

    def write(self, session: Session) -> None:
        """Write every kept row in `session`, one statement per table.

        A None is written as NULL: every column a row may leave None has no default.
        """
        session.flush()
        for table in Table:
            if self.rows[table]:
                # Left to itself the ORM drops None values, so a revision claiming a step and
                # one claiming none have different columns and each run of alike rows is its
                # own statement: about two thousand for a thousand articles instead of three.
                statement = insert(table.value).execution_options(render_nulls=True)
                session.execute(statement, self.rows[table])


# Pages SQLite may keep in memory during a bundle's transaction (KiB, as cache_size counts
# them when negative): a thousand articles make about 30 MB of pages.
BULK_CACHE_KIB = 64 * 1024


@contextmanager
def roomy_cache(session: Session) -> Iterator[None]:
    """A page cache big enough for a whole bundle on SQLite, put back as it was after.

    With the default 2 MB, pages of the indexes and the search index are written out and
    read back many times over before the commit.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")
