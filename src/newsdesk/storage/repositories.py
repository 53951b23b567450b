"""Queries over the tables. Repositories never commit: services own the transactions."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Row,
    bindparam,
    func,
    insert,
    literal_column,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from newsdesk.storage.audit_chain import chain_new_rows
from newsdesk.storage.models import (
    ArticleRow,
    AuditRow,
    DeskRow,
    NoteRow,
    RevisionRow,
    TickerChannelRow,
    TickerItemRow,
    UserRow,
)
from newsdesk.storage.plain_reads import (
    SORTABLE,
    SUMMARY_NAMES,
    article_row,
    plain_change_marker,
    plain_counts,
    summary_page,
)
from newsdesk.storage.reader import connection_reader

_ARTICLES = ArticleRow.__table__
SUMMARY_COLUMNS = tuple(_ARTICLES.c[name] for name in SUMMARY_NAMES)
_NOTES, _REVISIONS = NoteRow.__table__, RevisionRow.__table__
# An article's notes thread in one statement: its own row (kind 0, so that an article without
# notes is told from a missing one), its written notes (1) and the notes its workflow steps
# carry (2), oldest first within each kind; a few columns, never a body or a snapshot.
_THREAD = union_all(
    select(
        literal_column("0").label("kind"),
        _ARTICLES.c.id.label("author"),
        _ARTICLES.c.created_at.label("at"),
        literal_column("''").label("text"),
        literal_column("''").label("step"),
        literal_column("0").label("seq"),
    ).where(_ARTICLES.c.id == bindparam("article_id")),
    select(
        literal_column("1"),
        _NOTES.c.author,
        _NOTES.c.at,
        _NOTES.c.text,
        literal_column("''"),
        _NOTES.c.id,
    ).where(_NOTES.c.article_id == bindparam("article_id")),
    select(
        literal_column("2"),
        _REVISIONS.c.author,
        _REVISIONS.c.at,
        _REVISIONS.c.note,
        _REVISIONS.c.step,
        _REVISIONS.c.revision,
    ).where(
        _REVISIONS.c.article_id == bindparam("article_id"),
        _REVISIONS.c.note != "",
        _REVISIONS.c.step != "conflict",
    ),
).order_by(literal_column("kind"), literal_column("seq"))
_LAST_STEP_NOTE = (
    select(_REVISIONS.c.author, _REVISIONS.c.at, _REVISIONS.c.note)
    .where(
        _REVISIONS.c.article_id == bindparam("article_id"),
        _REVISIONS.c.step == bindparam("step"),
    )
    .order_by(_REVISIONS.c.revision.desc())
    .limit(1)
)

_SAVED_BY = (
    select(_REVISIONS.c.author)
    .where(
        _REVISIONS.c.article_id == bindparam("article_id"),
        _REVISIONS.c.version == bindparam("version"),
        _REVISIONS.c.step != "conflict",
    )
    .order_by(_REVISIONS.c.revision.desc())
    .limit(1)
)


class ArticleReads:
    """The hot read paths (one article, one page of a list) on a plain connection, no ORM."""

    def __init__(self, connection: Connection):
        self.connection = connection

    def get(self, article_id: str) -> Any | None:
        """The article row with this id, if any (attribute access by column name)."""
        return article_row(connection_reader(self.connection), article_id)

    def thread(self, article_id: str) -> tuple[bool, Sequence[Any]]:
        """Whether the article with exactly this id exists, and its notes thread's rows.

        Rows have `kind` (1 a written note, 2 a workflow step's note), `author`, `at`, `text`
        and `step`; written notes come first, then steps, each oldest first.
        """
        rows = self.connection.execute(_THREAD, {"article_id": article_id}).all()
        exists = bool(rows) and rows[0].kind == 0
        return exists, rows[1:] if exists else rows

    def last_step_note(self, article_id: str, step: str) -> Any | None:
        """`author`, `at` and `note` of the article's latest revision made by `step`, if any."""
        params = {"article_id": article_id, "step": step}
        return self.connection.execute(_LAST_STEP_NOTE, params).first()

    def saved_by(self, article_id: str, version: int) -> str | None:
        """The author of the revision that made this version, if any."""
        params = {"article_id": article_id, "version": version}
        return self.connection.execute(_SAVED_BY, params).scalar()

    def summaries(self, article_ids: Sequence[str]) -> dict[str, Row[Any]]:
        """List rows (SUMMARY_COLUMNS) of these articles in one statement, by id."""
        if not article_ids:
            return {}
        query = select(*SUMMARY_COLUMNS).where(_ARTICLES.c.id.in_(list(article_ids)))
        return {row.id: row for row in self.connection.execute(query)}

    def counts(self, *, desk: str | None = None, held_by: str | None = None) -> dict[str, int]:
        """How many articles there are in each status that has any; see `plain_counts`."""
        return plain_counts(connection_reader(self.connection), desk=desk, held_by=held_by)

    def change_marker(self) -> tuple[int, str]:
        """A value that changes whenever an article is added or changed."""
        return plain_change_marker(connection_reader(self.connection))

    def page(
        self,
        *,
        status: str | None = None,
        desk: str | None = None,
        author: str | None = None,
        held_by: str | None = None,
        limit: int = 50,
        offset: int = 0,
        order: str = "updated_at",
        descending: bool = True,
    ) -> Sequence[Sequence[Any]]:
        """One page of list rows (SUMMARY_COLUMNS, no bodies), newest change first by default."""
        if order not in SORTABLE:
            raise ValueError(f"cannot sort articles by {order!r}")
        filters = {"status": status, "desk": desk, "author": author, "held_by": held_by}
        given = {name: value for name, value in filters.items() if value}
        reader = connection_reader(self.connection)
        return summary_page(reader, given, limit, offset, order, descending)


class UserRepository:
    """People and their roles."""

    def __init__(self, session: Session):
        self.session = session

    def get(self, name: str) -> UserRow | None:
        """The user called `name`, if any."""
        return self.session.get(UserRow, name)

    def add(self, **values: Any) -> UserRow:
        """Add a new user with these column values."""
        row = UserRow(**values)
        self.session.add(row)
        self.session.flush()
        return row

    def all(self) -> Sequence[UserRow]:
        """Every user, by name."""
        return self.session.scalars(select(UserRow).order_by(UserRow.name)).all()

    def named(self, names: Collection[str]) -> Sequence[UserRow]:
        """The users with these names (those that exist)."""
        return self.session.scalars(select(UserRow).where(UserRow.name.in_(sorted(names)))).all()

    def count(self) -> int:
        """How many users there are."""
        return self.session.scalar(select(func.count()).select_from(UserRow)) or 0


class DeskRepository:
    """Desks, created on first use."""

    def __init__(self, session: Session):
        self.session = session

    def ensure(self, name: str) -> None:
        """Make sure a desk called `name` exists."""
        if name and self.session.get(DeskRow, name) is None:
            self.session.add(DeskRow(name=name, title=""))
            self.session.flush()

    def all(self) -> Sequence[DeskRow]:
        """Every desk, by name."""
        return self.session.scalars(select(DeskRow).order_by(DeskRow.name)).all()


class ArticleRepository:
    """Articles, their revisions and the audit log."""

    def __init__(self, session: Session):
        self.session = session

    def get(self, article_id: str, *, lock: bool = False) -> ArticleRow | None:
        """The article with this id, if any; with lock, held until the transaction ends."""
        return self.session.get(ArticleRow, article_id, with_for_update=lock)

    def by_ids(self, article_ids: Sequence[str], chunk: int = 500) -> dict[str, ArticleRow]:
        """The articles with these ids that exist, by id (asked `chunk` ids at a time)."""
        found: dict[str, ArticleRow] = {}
        for start in range(0, len(article_ids), chunk):
            part = list(article_ids[start : start + chunk])
            query = select(ArticleRow).where(ArticleRow.id.in_(part))
            found.update((row.id, row) for row in self.session.scalars(query))
        return found

    def snapshots(self, article_id: str) -> list[tuple[int, str, str]]:
        """`revision`, `step` and `snapshot` of every revision of the article, oldest first."""
        query = select(RevisionRow.revision, RevisionRow.step, RevisionRow.snapshot).where(
            RevisionRow.article_id == article_id
        )
        rows = self.session.execute(query.order_by(RevisionRow.revision))
        return [(number, step, snapshot) for number, step, snapshot in rows]

    def with_prefix(self, prefix: str, limit: int = 2) -> Sequence[ArticleRow]:
        """Up to `limit` articles whose id starts with `prefix`."""
        query = select(ArticleRow).where(ArticleRow.id.startswith(prefix, autoescape=True))
        return self.session.scalars(query.limit(limit)).all()

    def add(self, **values: Any) -> ArticleRow:
        """Add a new article with these column values."""
        row = ArticleRow(**values)
        self.session.add(row)
        self.session.flush()
        return row

    def first_import_of(self, step: str, digest: str) -> str | None:
        """The article an earlier import of the file with this checksum created, if any."""
        query = (
            select(RevisionRow.article_id)
            .where(RevisionRow.step == step, RevisionRow.note.contains(digest))
            .limit(1)
        )
        return self.session.execute(query).scalar_one_or_none()

    def add_note(self, article_id: str, author: str, at: datetime, text: str) -> None:
        """Add a note to the article's thread."""
        self.session.add(NoteRow(article_id=article_id, author=author, at=at, text=text))
        self.session.flush()

    def compare_and_set(
        self, article_id: str, expected_version: int, values: dict[str, Any]
    ) -> bool:
        """Update the article only if it is still at `expected_version`; bump the version."""
        result = self.session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id, ArticleRow.version == expected_version)
            .values(**values, version=expected_version + 1)
            .execution_options(synchronize_session=False)
        )
        self.session.expire_all()
        assert isinstance(result, CursorResult)  # what an UPDATE gives
        return result.rowcount == 1

    def next_revision_number(self, article_id: str) -> int:
        """The number the next revision of this article will take."""
        last = self.session.scalar(
            select(func.max(RevisionRow.revision)).where(RevisionRow.article_id == article_id)
        )
        return (last or 0) + 1

    def add_revision(self, **values: Any) -> None:
        """Record a revision with these column values."""
        self.session.add(RevisionRow(**values))
        self.session.flush()

    def revisions(self, article_id: str) -> Sequence[RevisionRow]:
        """Every revision of an article, oldest first."""
        query = select(RevisionRow).where(RevisionRow.article_id == article_id)
        return self.session.scalars(query.order_by(RevisionRow.revision)).all()

    def revisions_of(self, article_ids: Sequence[str]) -> Sequence[RevisionRow]:
        """Every revision of these articles, by article and number."""
        query = select(RevisionRow).where(RevisionRow.article_id.in_(list(article_ids)))
        return self.session.scalars(
            query.order_by(RevisionRow.article_id, RevisionRow.revision)
        ).all()

    def notes_of(self, article_ids: Sequence[str]) -> Sequence[NoteRow]:
        """Every written note on these articles, oldest first."""
        query = select(NoteRow).where(NoteRow.article_id.in_(list(article_ids)))
        return self.session.scalars(query.order_by(NoteRow.at, NoteRow.id)).all()

    def revision(self, article_id: str, number: int) -> RevisionRow | None:
        """One revision of an article."""
        query = select(RevisionRow).where(
            RevisionRow.article_id == article_id, RevisionRow.revision == number
        )
        return self.session.scalars(query).first()

    def add_audit(
        self,
        article_id: str,
        actor: str,
        at: datetime,
        step: str,
        from_status: str,
        to_status: str,
        note: str,
        article_version: int | None = None,
    ) -> None:
        """Record a workflow step in the audit log, as the next link of its hash chain."""
        row: dict[str, Any] = {
            "article_id": article_id,
            "actor": actor,
            "at": at,
            "step": step,
            "from_status": from_status,
            "to_status": to_status,
            "note": note,
            "article_version": article_version,
        }
        self.session.flush()  # rows still pending would otherwise take the same place
        chain_new_rows(self.session.connection(), [row])
        self.session.execute(insert(AuditRow), [row])

    def add_audits(self, rows: Sequence[dict[str, Any]]) -> None:
        """Record many audit rows (`add_audit`'s columns) as the next links of the chain, in order."""
        if not rows:
            return
        self.session.flush()
        chain_new_rows(self.session.connection(), rows)
        self.session.execute(insert(AuditRow), list(rows))

    def versions_of(self, article_ids: Sequence[str]) -> dict[str, int]:
        """The current version of each of these articles that exists, by id."""
        found: dict[str, int] = {}
        ids = list(dict.fromkeys(article_ids))
        for start in range(0, len(ids), 500):  # under every database's limit on parameters
            query = select(ArticleRow.id, ArticleRow.version).where(
                ArticleRow.id.in_(ids[start : start + 500])
            )
            found.update({row.id: row.version for row in self.session.execute(query)})
        return found

    def audit(self, since: datetime | None = None) -> Sequence[AuditRow]:
        """The audit log, oldest first, optionally from a time on."""
        query = select(AuditRow)
        if since is not None:
            query = query.where(AuditRow.at >= since)
        return self.session.scalars(query.order_by(AuditRow.at, AuditRow.id)).all()


class TickerRepository:
    """Ticker channels and their items."""

    def __init__(self, session: Session):
        self.session = session

    def channel(self, name: str, *, lock: bool = False) -> TickerChannelRow | None:
        """The channel called `name`; with lock, held until the transaction ends (PostgreSQL)."""
        query = select(TickerChannelRow).where(TickerChannelRow.name == name)
        if lock:
            query = query.with_for_update()
        return self.session.scalars(query).first()

    def channels(self) -> Sequence[TickerChannelRow]:
        """Every channel, by name."""
        return self.session.scalars(select(TickerChannelRow).order_by(TickerChannelRow.name)).all()

    def add_channel(self, **values: Any) -> TickerChannelRow:
        """Add a new channel with these column values."""
        row = TickerChannelRow(**values)
        self.session.add(row)
        self.session.flush()
        return row

    def item(self, item_id: str) -> TickerItemRow | None:
        """The item with this id, if any."""
        return self.session.get(TickerItemRow, item_id)

    def items_with_prefix(self, prefix: str, limit: int = 2) -> Sequence[TickerItemRow]:
        """Up to `limit` items whose id starts with `prefix`."""
        query = select(TickerItemRow).where(TickerItemRow.id.startswith(prefix, autoescape=True))
        return self.session.scalars(query.limit(limit)).all()

    def drafts_by(self, author: str, now: datetime) -> Sequence[TickerItemRow]:
        """The author's draft items that have not expired at `now`, by id."""
        query = select(TickerItemRow).where(
            TickerItemRow.author == author,
            TickerItemRow.status == "draft",
            or_(TickerItemRow.expires_at.is_(None), TickerItemRow.expires_at > now),
        )
        return self.session.scalars(query.order_by(TickerItemRow.id)).all()

    @staticmethod
    def new_item(**values: Any) -> TickerItemRow:
        """An item with these column values, not yet added (its place in the order comes first)."""
        return TickerItemRow(**values)

    def add_item(self, row: TickerItemRow) -> None:
        """Add a new item made by `new_item`."""
        self.session.add(row)
        self.session.flush()

    def items(
        self, channel: str, statuses: Collection[str] | None = None
    ) -> Sequence[TickerItemRow]:
        """The channel's items, optionally only those in `statuses`, by position."""
        query = select(TickerItemRow).where(TickerItemRow.channel == channel)
        if statuses is not None:
            query = query.where(TickerItemRow.status.in_(sorted(statuses)))
        return self.session.scalars(query.order_by(TickerItemRow.position)).all()

    def on_air(self, channel: str, statuses: Collection[str], now: datetime) -> Sequence[Row[Any]]:
        """Plain rows of the items in `statuses` whose time window holds `now`, by position."""
        # A feed is read often and never changed: plain rows skip the ORM's identity map, and
        # the bookkeeping columns no feed shows are left out (each time column costs a parse).
        items = TickerItemRow.__table__.c
        shown = [c for c in items if c.name not in ("updated_at", "updated_by")]
        query = select(*shown).where(
            items.channel == channel,
            items.status.in_(sorted(statuses)),
            or_(items.starts_at.is_(None), items.starts_at <= now),
            or_(items.expires_at.is_(None), items.expires_at > now),
        )
        return self.session.execute(query.order_by(items.position)).all()
