"""The audit log's hash chain: its one canonical form, the hash, and the walk that checks it.

Each audit row's `hash` is the SHA-256 (hex) of the UTF-8 bytes of its fields written as
`<length in code points>:<text>` one after another, in FIELDS order; `at` is written in UTC as
`YYYY-MM-DDTHH:MM:SS.ffffffZ`, a missing article version as "", and `prev_hash` is the hash of
the row before it in id order ("" for the first row). On SQLite the application chains each row
as it inserts it (writers are serialised by BEGIN IMMEDIATE); on PostgreSQL the trigger that
migration 0007 installs computes the very same bytes in SQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, text

from newsdesk.storage.progress import AUDIT_CHAIN, Progress, ignore

# The fields the hash covers, in the order they are written.
FIELDS = (
    "id",
    "article_id",
    "actor",
    "at",
    "step",
    "from_status",
    "to_status",
    "note",
    "article_version",
    "prev_hash",
)
# What the walk reads of each row: the fields, then the stored hash.
_READ = f"SELECT {', '.join(FIELDS)}, hash FROM audit_log ORDER BY id"
_PAGE = f"SELECT {', '.join(FIELDS)}, hash FROM audit_log WHERE id > :after ORDER BY id LIMIT "
_LAST = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
_COUNT = "SELECT count(*) FROM audit_log"
BATCH = 5000


def format_at(moment: datetime | str) -> str:
    """`moment` in UTC as the chain writes it; SQLite's stored text is read as naive UTC."""
    if isinstance(moment, str):
        if len(moment) == 26 and moment[10] == " " and moment[19] == ".":
            return f"{moment[:10]}T{moment[11:]}Z"  # as SQLite stores it: the same digits
        moment = datetime.fromisoformat(moment)
    if moment.utcoffset():
        moment = moment.astimezone(UTC)
    # The first 26 characters leave out any "+00:00"; a naive time is UTC already.
    return f"{moment.isoformat(timespec='microseconds')[:26]}Z"


def canonical(
    row_id: int,
    article_id: str,
    actor: str,
    at: datetime | str,
    step: str,
    from_status: str,
    to_status: str,
    note: str,
    article_version: int | None,
    prev_hash: str,
) -> str:
    """The text the hash is taken over: each field length-prefixed, in FIELDS order."""
    # Written out rather than joined from a loop: the walk over a million rows spends its time here.
    ident = str(row_id)
    when = format_at(at)
    version = "" if article_version is None else str(article_version)
    return (
        f"{len(ident)}:{ident}{len(article_id)}:{article_id}{len(actor)}:{actor}"
        f"{len(when)}:{when}{len(step)}:{step}{len(from_status)}:{from_status}"
        f"{len(to_status)}:{to_status}{len(note)}:{note}{len(version)}:{version}"
        f"{len(prev_hash)}:{prev_hash}"
    )


def row_hash(*fields: Any) -> str:
    """The SHA-256 (hex) of an audit row's canonical form; `fields` as `canonical` takes them."""
    return hashlib.sha256(canonical(*fields).encode("utf-8")).hexdigest()


def hash_of(values: MutableMapping[str, Any]) -> str:
    """`row_hash` of a row given as a mapping of column names (prev_hash included)."""
    return row_hash(*(values[name] for name in FIELDS))


def chains_in_python(connection: Connection) -> bool:
    """Whether the application chains new audit rows itself (SQLite) or a trigger does."""
    return connection.dialect.name == "sqlite"


def last_link(connection: Connection) -> tuple[int, str]:
    """The id and hash of the newest audit row, or (0, "") for an empty log."""
    row = connection.exec_driver_sql(_LAST).first()
    return (int(row[0]), str(row[1])) if row is not None else (0, "")


def chain_new_rows(connection: Connection, rows: Sequence[MutableMapping[str, Any]]) -> None:
    """Give new audit rows (column mappings) their ids and hashes, following the newest row.

    Only where the application chains (SQLite, inside a write transaction, which holds the
    database's one write lock); on PostgreSQL the database's trigger does it and this is a no-op.
    """
    if not rows or not chains_in_python(connection):
        return
    last_id, previous = last_link(connection)
    for offset, values in enumerate(rows, start=1):
        values.setdefault("note", "")
        values.setdefault("article_version", None)
        values["id"] = last_id + offset
        values["prev_hash"] = previous
        values["hash"] = previous = hash_of(values)


class BreakKind(StrEnum):
    """What a broken link says happened."""

    CONTENT_CHANGED = "content changed"
    ROW_REMOVED = "row removed"
    ROW_INSERTED = "row inserted"


@dataclass(frozen=True)
class ChainBreak:
    """The first place where the chain does not hold."""

    row_id: int
    article_id: str
    step: str
    kind: BreakKind
    previous_id: int | None  # the row before it in id order, if any

    def describe(self) -> str:
        """One line naming the row and what differs."""
        if self.kind is BreakKind.CONTENT_CHANGED:
            detail = "content changed since it was written (its hash does not match it)"
        elif self.kind is BreakKind.ROW_INSERTED:
            detail = "row inserted (it is not part of the chain)"
        elif self.previous_id is None:
            detail = "row removed before it (it is now the first row)"
        else:
            detail = f"row removed between row {self.previous_id} and it"
        where = f"row {self.row_id} (article {self.article_id[:8]}, step {self.step})"
        return f"audit chain broken at {where}: {detail}"


@dataclass(frozen=True)
class ChainReport:
    """What the walk over the audit log found."""

    rows: int
    first_break: ChainBreak | None
    broken_links: int

    @property
    def ok(self) -> bool:
        """True when every link holds."""
        return self.first_break is None

    def problems(self) -> list[str]:
        """One line per problem (none when the chain holds)."""
        if self.first_break is None:
            return []
        line = self.first_break.describe()
        more = self.broken_links - 1
        if more > 0:
            line += f"; {more} more broken link{'s' if more > 1 else ''} after it"
        return [line]


# A row as the walk reads it: FIELDS, then the stored hash.
_ID, _ARTICLE, _STEP, _PREV, _HASH = 0, 1, 4, 9, 10
Row = Sequence[Any]


def verify_chain(connection: Connection, progress: Progress = ignore) -> ChainReport:
    """Walk the audit log in id order, recomputing every hash; name the first broken link.

    `progress` hears (AUDIT_CHAIN, rows walked, rows in the log) after every batch read.
    """
    total = int(connection.exec_driver_sql(_COUNT).scalar_one()) if progress is not ignore else 0
    progress(AUDIT_CHAIN, 0, total)
    rows = broken = 0
    first: ChainBreak | None = None
    blamed: Row | None = None  # the row the last broken link was laid at
    before: Row | None = None  # the row before the current one, and the one before that
    before_that: Row | None = None
    sha256 = hashlib.sha256
    for values in _stream(connection):
        rows += 1
        if rows % BATCH == 0:
            progress(AUDIT_CHAIN, rows, max(total, rows))
        try:
            holds = sha256(canonical(*values[:10]).encode()).hexdigest() == values[_HASH]
        except (TypeError, ValueError, AttributeError):
            holds = False  # a value no writer of the chain writes (edited by hand)
        if holds and values[_PREV] == (before[_HASH] if before is not None else ""):
            before_that, before = before, values
            continue
        kind, culprit = _judge(values, holds, before, before_that)
        if culprit is not blamed:
            broken += 1
            blamed = culprit
            if first is None:
                previous = before if culprit is values else before_that
                first = ChainBreak(
                    culprit[_ID],
                    culprit[_ARTICLE],
                    culprit[_STEP],
                    kind,
                    previous[_ID] if previous is not None else None,
                )
        before_that, before = before, values
    progress(AUDIT_CHAIN, rows, rows)  # the log as walked, even if it grew meanwhile
    return ChainReport(rows, first, broken)


def _judge(
    row: Row, content_holds: bool, before: Row | None, before_that: Row | None
) -> tuple[BreakKind, Row]:
    linked = row[_PREV] == (before[_HASH] if before is not None else "")
    if before is not None and row[_PREV] == (before_that[_HASH] if before_that else ""):
        # This row points past the row before it: that one was slipped in.
        return BreakKind.ROW_INSERTED, before
    if not content_holds:
        # Neither its content nor its place fit: a row that never was part of the chain.
        return (BreakKind.CONTENT_CHANGED if linked else BreakKind.ROW_INSERTED), row
    # Its hash fits its content but it points at a row that is no longer there.
    return BreakKind.ROW_REMOVED, row


def _stream(connection: Connection) -> Iterator[Sequence[Any]]:
    # The driver's own cursor: a million rows through SQLAlchemy's result machinery would cost
    # more than the hashing. PostgreSQL streams them through a named (server-side) cursor.
    driver: Any = connection.connection.driver_connection
    if connection.dialect.name == "postgresql":
        cursor = driver.cursor(name="newsdesk_audit_chain")
    else:
        cursor = driver.cursor()
    try:
        cursor.execute(_READ)
        while batch := cursor.fetchmany(BATCH):
            yield from batch
    finally:
        cursor.close()


def hash_unchained_rows(connection: Connection) -> int:
    """Chain every row that has no hash yet, in id order, after the rows that have one.

    Rows that already carry a hash keep it (hashing them afresh would launder an edit). Returns
    how many rows were given a hash. Migration 0007 runs it over the rows written before it.
    """
    update = text("UPDATE audit_log SET prev_hash = :prev_hash, hash = :hash WHERE id = :id")
    page = text(f"{_PAGE}{BATCH}")
    previous, after, filled = "", 0, 0
    while rows := connection.execute(page, {"after": after}).all():
        changes = []
        for values in rows:
            if values[_HASH]:
                previous = values[_HASH]
                continue
            row = dict(zip(FIELDS, values[:10], strict=True))
            row["prev_hash"] = previous
            previous = hash_of(row)
            changes.append({"id": row["id"], "prev_hash": row["prev_hash"], "hash": previous})
        if changes:
            connection.execute(update, changes)
        filled += len(changes)
        after = rows[-1][0]
    return filled


class TriggerState(StrEnum):
    """Whether PostgreSQL's chain trigger is there to chain new rows."""

    ENABLED = "enabled"
    DISABLED = "disabled"
    MISSING = "missing"


TRIGGER_NAME = "audit_log_zz_chain"
_TRIGGER = text(
    "SELECT tgenabled FROM pg_trigger"
    " WHERE tgrelid = to_regclass('audit_log') AND tgname = :name AND NOT tgisinternal"
)


def chain_trigger_state(connection: Connection) -> TriggerState | None:
    """The chain trigger's state on PostgreSQL; None where the application chains (SQLite)."""
    if chains_in_python(connection):
        return None
    found = connection.execute(_TRIGGER, {"name": TRIGGER_NAME}).scalar()
    if found is None:
        return TriggerState.MISSING
    # 'O' (origin) and 'A' (always) fire in ordinary sessions; 'D' never, 'R' on replicas only.
    return TriggerState.ENABLED if str(found) in ("O", "A") else TriggerState.DISABLED


def trigger_problems(state: TriggerState | None) -> list[str]:
    """One line when the chain trigger is missing or disabled."""
    if state in (None, TriggerState.ENABLED):
        return []
    return [f"audit chain trigger {TRIGGER_NAME} is {state}: new audit rows are not chained"]
