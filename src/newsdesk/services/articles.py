"""Article use cases: create, edit with optimistic concurrency, workflow steps, history, diff."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import IntegrityError

from newsdesk.domain.article import Article, ArticleContent, ArticleSummary, Note, Revision, Status
from newsdesk.domain.people import Person
from newsdesk.domain.permissions import Permission, may
from newsdesk.domain.workflow import Step, WorkflowError, check_step, may_edit
from newsdesk.errors import ConflictError, InvalidInputError, NotFoundError, PermissionDeniedError
from newsdesk.services.article_reads import MIN_ID_PREFIX, article_page
from newsdesk.services.metrics import article_metrics
from newsdesk.services.validation import validate_content
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import (
    article_from_row,
    content_columns,
    content_from_row,
    revision_from_row,
    snapshot_json,
    summary_from_row,
)
from newsdesk.storage.plain_reads import COUNT_CAP, plain_change_marker, plain_counts
from newsdesk.storage.reader import connection_reader
from newsdesk.storage.search import index_article
from newsdesk.storage.types import utc_now
from newsdesk.text.worddiff import Chunk, word_diff

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from newsdesk.storage.models import ArticleRow
# The repositories (and with them the ORM and the models) are imported by the methods that
# write or read whole rows: a desk shows its queue, counts and list before it needs them.

DEFAULT_LEASE = timedelta(minutes=60)
DIFF_FIELDS = ("headline", "kicker", "standfirst", "body")
STALE = "article {id} changed since it was read; nothing was changed"
UNSEEN = (
    "article {id} was changed after version {seen}, the one shown (now version {now}, saved by "
    "{by}); nothing was done: look at the changes first"
)


@dataclass(frozen=True)
class FieldDiff:
    """The word-level difference of one field between two revisions."""

    field: str
    chunks: list[Chunk]

    def to_dict(self) -> dict[str, Any]:
        """The difference as plain JSON values."""
        return {"field": self.field, "chunks": [c.to_dict() for c in self.chunks]}


# The step of a save that replaced some of the newer version's changes (a merged conflict).
SAVED_OVER = "saved_over"


def count_label(count: int) -> str:
    """A queue tab's count as shown: "9999+" for a count that stopped at COUNT_CAP + 1."""
    return f"{COUNT_CAP}+" if count > COUNT_CAP else str(count)


class ArticleService:
    """What a person may do with articles, each call in its own transaction."""

    def __init__(self, db: Database, actor: Person, lease: timedelta = DEFAULT_LEASE):
        self.db = db
        self.actor = actor
        self.lease = lease

    # -- reading ----------------------------------------------------------------------------

    def get(self, article_id: str) -> Article:
        """The article with this id (or unique id prefix)."""
        from newsdesk.storage.repositories import ArticleReads

        with self.db.read_connection() as connection:
            row = ArticleReads(connection).get(article_id)
        if row is not None:
            return article_from_row(row)
        with self.db.reading() as session:
            return article_from_row(self._load(session, article_id))

    def summaries(
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
    ) -> list[ArticleSummary]:
        """One page of articles, newest change first unless another order is asked for."""
        return article_page(
            self.db,
            status=status,
            desk=desk,
            author=author,
            held_by=held_by,
            limit=limit,
            offset=offset,
            order=order,
            descending=descending,
        )

    def summary(self, article_id: str) -> ArticleSummary:
        """The list row of one article, from the figures stored with it."""
        from newsdesk.storage.repositories import SUMMARY_COLUMNS, ArticleReads

        with self.db.read_connection() as connection:
            row = ArticleReads(connection).get(article_id)
        if row is None:
            raise NotFoundError(f"no article with id '{article_id}'")
        return summary_from_row(tuple(getattr(row, column.name) for column in SUMMARY_COLUMNS))

    def history(self, article_id: str) -> list[Revision]:
        """Every revision of the article, oldest first."""
        from newsdesk.storage.repositories import ArticleRepository

        with self.db.reading() as session:
            row = self._load(session, article_id)
            return [revision_from_row(r) for r in ArticleRepository(session).revisions(row.id)]

    def revision(self, article_id: str, number: int) -> Revision:
        """One revision of the article."""
        from newsdesk.storage.repositories import ArticleRepository

        with self.db.reading() as session:
            row = self._load(session, article_id)
            found = ArticleRepository(session).revision(row.id, number)
            if found is None:
                raise NotFoundError(f"article {row.id} has no revision {number}")
            return revision_from_row(found)

    def diff(self, article_id: str, old: int, new: int) -> list[FieldDiff]:
        """Word-level differences of headline, kicker, standfirst and body between two revisions."""
        a, b = self.revision(article_id, old).content, self.revision(article_id, new).content
        return [
            FieldDiff(name, word_diff(_field_text(a, name), _field_text(b, name)))
            for name in DIFF_FIELDS
        ]

    # -- writing ----------------------------------------------------------------------------

    def create(self, content: ArticleContent, *, step: str = "created", note: str = "") -> Article:
        """Store a new draft by the acting user and its first revision."""
        from newsdesk.storage.repositories import ArticleRepository, DeskRepository

        validate_content(content)
        now = utc_now()
        with self.db.transaction() as session:
            repo = ArticleRepository(session)
            DeskRepository(session).ensure(content.desk)
            row = repo.add(
                id=str(uuid.uuid4()),
                status=Status.DRAFT.value,
                restore_status=None,
                version=1,
                author=self.actor.name,
                created_at=now,
                updated_at=now,
                updated_by=self.actor.name,
                published_at=None,
                **content_columns(content),
                **article_metrics(content),
            )
            self._record_revision(session, row, step, note)
            index_article(session.connection(), row.id, content)
            return article_from_row(row)

    def edit(self, article_id: str, *, if_version: int | None = None, **changes: Any) -> Article:
        """Change content fields; refuse with ConflictError (text kept) if the article moved on."""
        return self._save(article_id, if_version, changes, "saved", "")

    def save_over(self, article_id: str, *, if_version: int, note: str, **changes: Any) -> Article:
        """Save a merge that replaces some of another person's changes; `note` tells them which.

        The revision's step is SAVED_OVER, so the person saved over hears of it at once.
        """
        return self._save(article_id, if_version, changes, SAVED_OVER, note)

    def saved_by(self, article_id: str, version: int) -> str | None:
        """Who saved this version of the article (None if no revision made it)."""
        from newsdesk.storage.repositories import ArticleReads

        with self.db.read_connection() as connection:
            return ArticleReads(connection).saved_by(article_id, version)

    def restore_revision(self, article_id: str, number: int) -> Article:
        """Make an old revision's text the newest version (nothing is deleted)."""
        old = self.revision(article_id, number)
        fields = {name: getattr(old.content, name) for name in old.content.__dataclass_fields__}
        return self._save(old.article_id, None, fields, "restored", f"from revision {number}")

    def _save(
        self, article_id: str, if_version: int | None, changes: dict[str, Any], step: str, note: str
    ) -> Article:
        from newsdesk.storage.repositories import ArticleRepository, DeskRepository

        with self.db.transaction() as session:
            row = self._load(session, article_id)
            self._check_lease(row)
            if not may_edit(self.actor.role, Status(row.status), row.author == self.actor.name):
                raise PermissionDeniedError(
                    f"the {self.actor.role.value} role may not edit an article that is {row.status}"
                    + ("" if row.author == self.actor.name else f" by {row.author}")
                )
            try:
                content = replace(content_from_row(row), **changes)
            except TypeError as exc:
                raise InvalidInputError(f"unknown article field: {exc}") from exc
            validate_content(content)
            base = row.version if if_version is None else if_version
            if content == content_from_row(row) and base == row.version:
                return article_from_row(row)
            values = {
                **content_columns(content),
                **article_metrics(content),
                "updated_at": utc_now(),
                "updated_by": self.actor.name,
                # Saving (or restoring) after an imported copy conflicted settles the conflict.
                "conflict": False,
            }
            repo = ArticleRepository(session)
            if base == row.version and repo.compare_and_set(row.id, base, values):
                DeskRepository(session).ensure(content.desk)
                fresh = self._load(session, row.id)
                self._record_revision(session, fresh, step, note)
                index_article(session.connection(), row.id, content)
                return article_from_row(fresh)
            article_id = row.id
        raise self._keep_refused_edit(article_id, base, content)

    def take_step(
        self, article_id: str, step: Step | str, note: str = "", *, seen_version: int | None = None
    ) -> Article:
        """Move the article through the workflow, as the acting user's role allows.

        With `seen_version`, refuse (ConflictError) when the text was changed since that version:
        an approval or a return is about the text that was shown, not a newer one.
        """
        with self.db.transaction() as session:
            checked = None
            if seen_version is not None:
                checked = self._check_seen(session, article_id, seen_version)
            return self._step(session, article_id, Step(step), note, checked)

    def _check_seen(self, session: Session, article_id: str, seen_version: int) -> int:
        """The version now stored, when its text is the text of `seen_version`."""
        from newsdesk.storage.repositories import ArticleRepository

        row = self._load(session, article_id)
        if row.version == seen_version:
            return row.version
        # Steps since then (a claim, say) change the version, not the text: those are fine.
        seen = [
            revision_from_row(r)
            for r in ArticleRepository(session).revisions(row.id)
            if r.version == seen_version and r.step != "conflict"
        ]
        if seen and seen[-1].content == content_from_row(row):
            return row.version
        raise ConflictError(
            UNSEEN.format(id=row.id, seen=seen_version, now=row.version, by=row.updated_by),
            current_version=row.version,
            saved_by=row.updated_by,
            kept_revision=0,
        )

    def take_steps(
        self,
        versions: Mapping[str, int],
        step: Step | str,
        note: str = "",
        *,
        stale: str = STALE,
    ) -> list[Article]:
        """Take one step on several articles in one transaction, all or none.

        Each article must still be at the version given for it; otherwise ConflictError (its
        message is `stale` with `{id}` filled in) and nothing changes.
        """
        with self.db.transaction() as session:
            taken = []
            for article_id, version in versions.items():
                try:
                    taken.append(self._step(session, article_id, Step(step), note, version, stale))
                except PermissionDeniedError as exc:
                    raise PermissionDeniedError(f"article {article_id}: {exc}") from exc
            return taken

    def _step(
        self,
        session: Session,
        article_id: str,
        step: Step,
        note: str,
        expected_version: int | None = None,
        stale: str = STALE,
    ) -> Article:
        """The one path of every workflow step: checks, the change, its revision and audit row."""
        from newsdesk.storage.repositories import ArticleRepository

        row = self._load(session, article_id)
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(
                stale.format(id=row.id),
                current_version=row.version,
                saved_by=row.updated_by,
                kept_revision=0,
            )
        status = Status(row.status)
        try:
            rule = check_step(self.actor.role, status, step, note)
        except WorkflowError as exc:
            raise PermissionDeniedError(str(exc)) from exc
        if (
            step == Step.SUBMIT
            and row.author != self.actor.name
            and not may(self.actor.role, Permission.SUBMIT_OTHERS)
        ):
            raise PermissionDeniedError(
                f"only {row.author} or a desk chief may submit this article"
            )
        self._check_lease(row)
        target = rule.target or Status(row.restore_status or Status.DRAFT.value)
        now = utc_now()
        values: dict[str, Any] = {
            "status": target.value,
            "updated_at": now,
            "updated_by": self.actor.name,
            "restore_status": status.value if step == Step.SPIKE else None,
            "held_by": self.actor.name if step == Step.CLAIM else None,
            "held_since": now if step == Step.CLAIM else None,
        }
        if target == Status.PUBLISHED:
            values["published_at"] = now
        repo = ArticleRepository(session)
        if not repo.compare_and_set(row.id, row.version, values):
            raise ConflictError(
                f"article {row.id} changed while the step was taken; try again",
                current_version=row.version + 1,
                saved_by="another user",
                kept_revision=0,
            )
        fresh = self._load(session, row.id)
        self._record_revision(session, fresh, step.value, note)
        repo.add_audit(
            row.id,
            self.actor.name,
            now,
            step.value,
            status.value,
            target.value,
            note,
            fresh.version,
        )
        return article_from_row(fresh)

    def break_lease(self, article_id: str) -> Article:
        """Take the edit lease away from whoever holds it (desk chiefs and admins only)."""
        from newsdesk.storage.repositories import ArticleRepository

        if not may(self.actor.role, Permission.BREAK_LEASE):
            raise PermissionDeniedError(
                f"the {self.actor.role.value} role may not break an edit lease"
            )
        with self.db.transaction() as session:
            row = self._load(session, article_id)
            holder, now = row.held_by, utc_now()
            row.held_by, row.held_since = None, None
            note = f"lease held by {holder}" if holder else ""
            ArticleRepository(session).add_audit(
                row.id,
                self.actor.name,
                now,
                "break_lease",
                row.status,
                row.status,
                note,
                row.version,
            )
            session.flush()
            return article_from_row(row)

    def add_note(self, article_id: str, text: str) -> Note:
        """Add a message to the article's notes thread."""
        from newsdesk.storage.repositories import ArticleRepository

        if not text.strip():
            raise InvalidInputError("the note is empty")
        with self.db.transaction() as session:
            row = self._load(session, article_id)
            note = Note(row.id, self.actor.name, utc_now(), text)
            ArticleRepository(session).add_note(note.article_id, note.author, note.at, note.text)
            return note

    def notes(self, article_id: str) -> list[Note]:
        """The notes thread, oldest first: written notes and the notes of workflow steps."""
        from newsdesk.storage.repositories import ArticleReads

        # Every editor asks when it opens: one statement on a plain connection, for an exact id.
        row_id = article_id
        with self.db.read_connection() as connection:
            exists, rows = ArticleReads(connection).thread(row_id)
        if not exists:  # an id prefix, or no such article (which raises)
            with self.db.reading() as session:
                row_id = self._load(session, article_id).id
            with self.db.read_connection() as connection:
                exists, rows = ArticleReads(connection).thread(row_id)
        found = [
            Note(row_id, r.author, r.at, r.text)
            if r.kind == 1
            else Note(row_id, r.author, r.at, f"{r.step}: {r.text}", r.step)
            for r in rows
        ]
        return sorted(found, key=lambda n: n.at)

    def last_return(self, article_id: str) -> Note | None:
        """The desk's latest return of the article (who, when, the note), if it was returned."""
        from newsdesk.storage.repositories import ArticleReads

        # A returned article opens with this note: one row, not every revision's snapshot.
        with self.db.read_connection() as connection:
            row = ArticleReads(connection).last_step_note(article_id, Step.RETURN.value)
        return Note(article_id, row.author, row.at, row.note) if row is not None else None

    def counts(self, *, desk: str | None = None, held_by: str | None = None) -> dict[str, int]:
        """How many articles there are in each status (for queue tabs).

        Published and spiked are counted up to COUNT_CAP + 1 only: more reads as "over
        COUNT_CAP" (see `count_label`).
        """
        with self.db.read_connection() as connection:
            found = plain_counts(connection_reader(connection), desk=desk, held_by=held_by)
        return {status.value: int(found.get(status.value, 0)) for status in Status}

    def change_marker(self) -> tuple[int, str]:
        """A cheap value that changes whenever any article changes (for polling)."""
        with self.db.read_connection() as connection:
            return plain_change_marker(connection_reader(connection))

    def _check_lease(self, row: ArticleRow) -> None:
        holder = article_from_row(row).holder(utc_now(), self.lease)
        if holder and holder != self.actor.name:
            since = row.held_since.astimezone().strftime("%H:%M") if row.held_since else ""
            raise PermissionDeniedError(
                f"held by {holder} since {since}; a desk chief can break the lease"
            )

    # -- helpers ----------------------------------------------------------------------------

    def _load(self, session: Session, article_id: str) -> ArticleRow:
        from newsdesk.storage.repositories import ArticleRepository

        repo = ArticleRepository(session)
        row = repo.get(article_id)
        if row is not None:
            return row
        if len(article_id) >= MIN_ID_PREFIX:
            matches = repo.with_prefix(article_id)
            if len(matches) == 1:
                return matches[0]
            if matches:
                raise InvalidInputError(
                    f"'{article_id}' matches several articles; give more of the id"
                )
        raise NotFoundError(f"no article with id '{article_id}'")

    def _record_revision(self, session: Session, row: ArticleRow, step: str, note: str) -> int:
        from newsdesk.storage.repositories import ArticleRepository

        repo = ArticleRepository(session)
        number = repo.next_revision_number(row.id)
        repo.add_revision(
            article_id=row.id,
            revision=number,
            version=row.version,
            author=self.actor.name,
            at=row.updated_at,
            step=step,
            note=note,
            status=row.status,
            snapshot=snapshot_json(content_from_row(row)),
        )
        return number

    def _keep_refused_edit(
        self, article_id: str, base: int, content: ArticleContent
    ) -> ConflictError:
        """Store a refused edit as a conflict revision and describe the conflict."""
        from newsdesk.storage.repositories import ArticleRepository

        for _attempt in range(5):
            try:
                with self.db.transaction() as session:
                    repo = ArticleRepository(session)
                    row = repo.get(article_id, lock=True)
                    assert row is not None
                    number = repo.next_revision_number(article_id)
                    note = f"refused edit against version {base}; the article was at {row.version}"
                    repo.add_revision(
                        article_id=article_id,
                        revision=number,
                        version=base,
                        author=self.actor.name,
                        at=utc_now(),
                        step="conflict",
                        note=note,
                        status=row.status,
                        snapshot=snapshot_json(content),
                    )
                    current, saved_by = row.version, row.updated_by
                break
            except IntegrityError:
                continue
        else:
            raise InvalidInputError("the edit conflicted and could not be kept; try again")
        return ConflictError(
            f"conflict: article {article_id} is at version {current}, saved by {saved_by}; "
            f"your edit was against version {base} and is kept as revision {number}",
            current_version=current,
            saved_by=saved_by,
            kept_revision=number,
        )


def _field_text(content: ArticleContent, name: str) -> str:
    if name == "body":
        return content.body.plain_text()
    return str(getattr(content, name))
