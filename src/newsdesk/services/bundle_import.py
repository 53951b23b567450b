"""Importing a submission bundle: everything from one bundle in one transaction, or nothing.

Per article: a new one is created with its revisions and notes and lands in the desk's
Incoming queue (submitted); one already here with the same text is skipped; one whose local
copy has not changed since the bundle's base version is updated as a new revision; one whose
local copy has changed keeps its text, gets the incoming text as a `conflict` revision and a
conflict flag. Nothing is overwritten. Unknown authors become editors marked as imported.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.people import Person
from newsdesk.domain.permissions import Permission, may
from newsdesk.domain.workflow import RULES, Step
from newsdesk.errors import ConflictError, InvalidInputError, PermissionDeniedError
from newsdesk.importers.bundle import DEFAULT_LIMITS, BundleLimits, read_bundle
from newsdesk.importers.submission import IncomingArticle, Submission, read_submission
from newsdesk.services.articles import DEFAULT_LEASE
from newsdesk.services.bundle_extras import ensure_people, import_ticker, localise_pictures
from newsdesk.services.bundle_report import (
    ARTICLE,
    CONFLICT,
    CREATED,
    SKIPPED,
    UPDATED,
    BundleEntry,
    BundleReport,
)
from newsdesk.services.metrics import article_metrics
from newsdesk.services.ticker_checks import validate_language, validate_text
from newsdesk.services.ticker_rows import check_urgency
from newsdesk.services.validation import validate_content
from newsdesk.settings import Settings
from newsdesk.storage.bulk import BulkRows, Table
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import (
    article_from_row,
    content_columns,
    content_from_row,
    snapshot_json,
)
from newsdesk.storage.media import MediaStore
from newsdesk.storage.models import ArticleRow
from newsdesk.storage.repositories import ArticleRepository, DeskRepository
from newsdesk.storage.search import index_articles
from newsdesk.storage.types import utc_now

IMPORT_STEP = "import"
CONFLICT_STEP = "conflict"
SUBMIT_STEP = "submit"
# Work sent to the desk waits in its Incoming queue; a local draft or returned copy that an
# update reaches is sent there again.
RESUBMITTED = frozenset(status.value for status in RULES[Step.SUBMIT].sources)

Tick = Callable[[int, int], None]


class BundleImporter:
    """Brings one submission bundle in for a person, all or nothing."""

    def __init__(
        self,
        db: Database,
        actor: Person,
        settings: Settings | None = None,
        limits: BundleLimits = DEFAULT_LIMITS,
        lease: timedelta = DEFAULT_LEASE,
        media: MediaStore | None = None,
    ):
        self.db = db
        self.actor = actor
        self.settings = settings or Settings()
        self.limits = limits
        self.lease = lease
        self.media = media if media is not None else MediaStore.default()
        # Gathered over one import: new rows, and articles whose text the index must take.
        self._pending = BulkRows()
        self._to_index: list[tuple[str, ArticleContent]] = []

    def import_bundle(
        self, path: Path, *, now: datetime | None = None, tick: Tick | None = None
    ) -> BundleReport:
        """Verify and import the bundle; any refusal raises and leaves the database unchanged."""
        submission = read_submission(read_bundle(path, self.limits))
        self._check(submission)
        submission, pictures = localise_pictures(submission)
        # Pictures are filed first, under their checksums: a later refusal leaves only files
        # that the same bundle (or picture) would put there again, and no text without them.
        for data, sha256 in pictures:
            self.media.add_data(data, sha256=sha256)
        now = now or utc_now()
        entries: list[BundleEntry] = []
        self._pending, self._to_index = BulkRows(), []
        with self.db.transaction() as session:
            people = ensure_people(session, submission, now)
            desks = DeskRepository(session)
            for desk in sorted({a.content.desk for a in submission.articles}):
                desks.ensure(desk)
            existing = ArticleRepository(session).by_ids([a.id for a in submission.articles])
            total = len(submission.articles)
            for done, incoming in enumerate(submission.articles, start=1):
                row = existing.get(incoming.id)
                if row is None:
                    entry = self._create(session, incoming, submission, now)
                else:
                    entry = self._merge(session, row, incoming, submission, now)
                entries.append(entry)
                if tick is not None and (done % 50 == 0 or done == total):
                    tick(done, total)
            self._pending.write(session)
            session.flush()
            index_articles(session.connection(), self._to_index)
            entries += [
                import_ticker(session, item, self.actor, self.settings, now)
                for item in submission.tickers
            ]
        return BundleReport(
            submission.bundle_id, submission.digest, submission.sender, tuple(entries), people
        )

    # -- checks -----------------------------------------------------------------------------

    def _check(self, submission: Submission) -> None:
        """Permissions and content, all before the transaction starts."""
        if not may(self.actor.role, Permission.IMPORT_OTHERS):
            others = sorted(
                {a.author for a in submission.articles} | {t.author for t in submission.tickers}
            )
            others = [name for name in others if name != self.actor.name]
            if others:
                raise PermissionDeniedError(
                    f"{submission.name} holds work by {', '.join(others[:3])}; the {self.actor.role.value} role "
                    "imports only its own work (a desk chief or admin may import it)"
                )
        for article in submission.articles:
            try:
                validate_content(article.content)
            except InvalidInputError as exc:
                raise InvalidInputError(f"{submission.name}: article {article.id}: {exc}") from exc
        for item in submission.tickers:
            try:
                validate_text(item.text)
                validate_language(item.language)
                check_urgency(item.urgency)
            except InvalidInputError as exc:
                raise InvalidInputError(f"{submission.name}: ticker item {item.id}: {exc}") from exc

    # -- articles ---------------------------------------------------------------------------

    def _create(
        self, session: Session, incoming: IncomingArticle, submission: Submission, now: datetime
    ) -> BundleEntry:
        content = incoming.content
        status = Status.SUBMITTED.value
        self._pending.add(
            Table.ARTICLES,
            id=incoming.id,
            status=status,
            restore_status=None,
            version=incoming.version,
            author=incoming.author,
            created_at=incoming.created_at,
            updated_at=now,
            updated_by=self.actor.name,
            published_at=None,
            held_by=None,
            held_since=None,
            conflict=False,
            **content_columns(content),
            **article_metrics(content),
        )
        snapshot = snapshot_json(content)
        for revision in sorted(incoming.revisions, key=lambda r: r.revision):
            self._pending.add(
                Table.REVISIONS,
                article_id=incoming.id,
                revision=revision.revision,
                version=revision.version,
                author=revision.author,
                at=revision.at,
                step=revision.step,
                note=revision.note,
                status=revision.status.value,
                # The newest revision is usually the text itself, parsed once (see importers).
                snapshot=snapshot
                if revision.content is content
                else snapshot_json(revision.content),
            )
        number = max((r.revision for r in incoming.revisions), default=0) + 1
        self._revision(
            incoming.id,
            number,
            incoming.version,
            status,
            snapshot,
            now,
            _note(submission, incoming),
        )
        if incoming.status.value != status:
            self._audit(incoming.id, incoming.status.value, status, submission, now)
        self._add_notes(incoming, set())
        self._to_index.append((incoming.id, content))
        return BundleEntry(ARTICLE, incoming.id, CREATED, content.headline)

    def _merge(
        self,
        session: Session,
        row: ArticleRow,
        incoming: IncomingArticle,
        submission: Submission,
        now: datetime,
    ) -> BundleEntry:
        local = content_from_row(row)
        headline = incoming.content.headline
        known_notes = {
            (n.author, n.at, n.text) for n in ArticleRepository(session).notes_of([row.id])
        }
        seen = self._seen_before(session, row.id, local, incoming.content)
        if seen is not None:
            if self._add_notes(incoming, known_notes):
                return BundleEntry(ARTICLE, row.id, UPDATED, headline, "new notes")
            return BundleEntry(ARTICLE, row.id, SKIPPED, headline, seen)
        holder = article_from_row(row).holder(now, self.lease)
        base = [r.content for r in incoming.revisions if r.version >= incoming.base_version]
        others = holder not in (None, self.actor.name)
        # Never replace the text of an article held by someone, or written by someone else here.
        if local in base and not others and row.author == incoming.author:
            self._update(session, row, incoming, submission, now)
            self._add_notes(incoming, known_notes)
            reason = f"local copy unchanged; now version {row.version}"
            return BundleEntry(ARTICLE, row.id, UPDATED, headline, reason)
        why = "changed here"
        if others:
            why = f"held by {holder}"
        elif row.author != incoming.author:
            why = f"by {row.author} here, not {incoming.author}"
        number = ArticleRepository(session).next_revision_number(row.id)
        self._pending.add(
            Table.REVISIONS,
            article_id=row.id,
            revision=number,
            version=incoming.version,
            author=incoming.updated_by,
            at=incoming.updated_at,
            step=CONFLICT_STEP,
            note=(
                f"incoming copy from {submission.name} (bundle {submission.bundle_id}, "
                f"sha256 {submission.digest}), version {incoming.version} based on "
                f"version {incoming.base_version}; the local copy was {why}"
            ),
            status=row.status,
            snapshot=snapshot_json(incoming.content),
        )
        row.conflict = True
        row.updated_at = now
        self._add_notes(incoming, known_notes)
        reason = f"local copy {why}; incoming kept as revision {number}"
        return BundleEntry(ARTICLE, row.id, CONFLICT, headline, reason)

    @staticmethod
    def _seen_before(
        session: Session, article_id: str, local: ArticleContent, incoming: ArticleContent
    ) -> str | None:
        """Why the incoming text is already here (current, or any revision), or None."""
        if incoming == local:
            return "already here with the same text"
        wanted = snapshot_json(incoming)
        for number, step, snapshot in ArticleRepository(session).snapshots(article_id):
            if snapshot == wanted or _same(snapshot, incoming):
                return f"already here as revision {number} ({step})"
        return None

    def _update(
        self,
        session: Session,
        row: ArticleRow,
        incoming: IncomingArticle,
        submission: Submission,
        now: datetime,
    ) -> None:
        content = incoming.content
        status = Status.SUBMITTED.value if row.status in RESUBMITTED else row.status
        values = {
            **content_columns(content),
            **article_metrics(content),
            "status": status,
            "updated_at": now,
            "updated_by": self.actor.name,
            "conflict": False,
        }
        before, version = row.status, row.version
        if not ArticleRepository(session).compare_and_set(row.id, version, values):
            raise ConflictError(
                f"article {row.id} changed while the bundle was imported; nothing was imported",
                current_version=version + 1,
                saved_by="another user",
                kept_revision=0,
            )
        DeskRepository(session).ensure(content.desk)
        session.refresh(row)
        number = ArticleRepository(session).next_revision_number(row.id)
        note = _note(submission, incoming)
        self._revision(row.id, number, row.version, status, snapshot_json(content), now, note)
        if before != status:
            self._audit(row.id, before, status, submission, now)
        self._to_index.append((row.id, content))

    # -- helpers ----------------------------------------------------------------------------

    def _revision(
        self,
        article_id: str,
        number: int,
        version: int,
        status: str,
        snapshot: str,
        now: datetime,
        note: str,
    ) -> None:
        self._pending.add(
            Table.REVISIONS,
            article_id=article_id,
            revision=number,
            version=version,
            author=self.actor.name,
            at=now,
            step=IMPORT_STEP,
            note=note,
            status=status,
            snapshot=snapshot,
        )

    def _audit(
        self, article_id: str, before: str, after: str, submission: Submission, now: datetime
    ) -> None:
        self._pending.add(
            Table.AUDIT,
            article_id=article_id,
            actor=self.actor.name,
            at=now,
            step=SUBMIT_STEP,
            from_status=before,
            to_status=after,
            note=f"sent by {submission.sender} in bundle {submission.bundle_id}",
        )

    def _add_notes(self, incoming: IncomingArticle, known: set[tuple[str, datetime, str]]) -> int:
        added = 0
        for note in incoming.notes:
            key = (note.author, note.at, note.text)
            if key in known:
                continue
            known.add(key)
            self._pending.add(
                Table.NOTES, article_id=incoming.id, author=note.author, at=note.at, text=note.text
            )
            added += 1
        return added


def _note(submission: Submission, incoming: IncomingArticle) -> str:
    return (
        f"imported from {submission.name} (bundle {submission.bundle_id}, sha256 "
        f"{submission.digest}): version {incoming.version} by {incoming.updated_by}, sent by "
        f"{submission.sender}"
    )


def _same(snapshot: str, content: ArticleContent) -> bool:
    try:
        return ArticleContent.from_dict(json.loads(snapshot)) == content
    except (ValueError, TypeError, KeyError):
        return False
