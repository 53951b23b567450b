"""Importing a submission bundle: everything from one bundle in one transaction, or nothing.

Everything the bundle says is its sender's claim. What the import writes is the importer's,
now: articles it creates are the importer's (with the bundle's sender as their source), every
revision and note it adds is the importer's at the import's time, with the bundle's author, time
and step kept as a claim beside it. Nothing arrives beyond submitted, and no workflow step is
ever recorded from a bundle. A bundle touches only articles that came from its sender (see
bundle_provenance); every article it creates or touches gets an audit row.

Per article: a new one is created with its revisions and notes and lands in the desk's
Incoming queue (submitted); one already here with the same text is skipped; one whose local
copy has not changed since the bundle's base version, and has not gone past submitted here, is
updated as a new revision; otherwise the local copy keeps its text and gets the incoming text as
a `conflict` revision and a conflict flag. Nothing is overwritten. No people are created.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Future, ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from newsdesk.domain.article import ArticleContent, Claim, Status
from newsdesk.domain.people import Person
from newsdesk.domain.permissions import Permission, may
from newsdesk.domain.workflow import RULES, Step
from newsdesk.errors import ConflictError, InvalidInputError, PermissionDeniedError
from newsdesk.importers.bundle import DEFAULT_LIMITS, BundleLimits, read_bundle
from newsdesk.importers.submission import IncomingArticle, Submission, read_submission
from newsdesk.services.articles import DEFAULT_LEASE
from newsdesk.services.bundle_extras import import_ticker, localise_pictures
from newsdesk.services.bundle_prepare import Prepared, check_content, prepare
from newsdesk.services.bundle_provenance import at_most_submitted, check_senders, claimed_note_text
from newsdesk.services.bundle_report import (
    ARTICLE,
    CONFLICT,
    CREATED,
    SKIPPED,
    UPDATED,
    BundleEntry,
    BundleReport,
)
from newsdesk.services.bundle_workers import PreparedSubmission, read_prepared
from newsdesk.services.metrics import article_metrics
from newsdesk.services.ticker_checks import validate_language, validate_text
from newsdesk.services.ticker_rows import check_urgency
from newsdesk.settings import Settings
from newsdesk.storage.bulk import BulkRows, Table, roomy_cache
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import (
    article_from_row,
    claim_columns,
    content_columns,
    content_from_row,
    snapshot_json,
)
from newsdesk.storage.media import MediaStore
from newsdesk.storage.models import ArticleRow
from newsdesk.storage.repositories import ArticleRepository, DeskRepository
from newsdesk.storage.search import folded_row, indexed_fields, write_index_rows
from newsdesk.storage.types import utc_now

IMPORT_STEP = "import"
CONFLICT_STEP = "conflict"
# The bundle's own history, filed as the importer's with each revision's claim beside it.
CARRIED_STEP = "carried"
# Work sent to the desk waits in its Incoming queue; a local draft or returned copy that an
# update reaches is sent there again.
RESUBMITTED = frozenset(status.value for status in RULES[Step.SUBMIT].sources)
# A bundle replaces only text the desk has not taken up: past submitted, a new copy conflicts.
UPDATABLE = RESUBMITTED | {Status.SUBMITTED.value}

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
        parallel: bool | None = None,
    ):
        self.db = db
        self.actor = actor
        self.settings = settings or Settings()
        self.limits = limits
        self.lease = lease
        self.media = media if media is not None else MediaStore.default()
        # Gathered over one import: new rows, audit rows (article, from, to, what happened) and
        # articles whose text the index must take.
        self._pending = BulkRows()
        self._audits: list[tuple[str, str, str, str]] = []
        self._to_index: list[tuple[str, dict[str, str]]] = []
        self._prepared: dict[str, Prepared] = {}
        # None: on every core when the bundle is big enough to pay; True or False to choose.
        self.parallel = parallel

    def import_bundle(
        self, path: Path, *, now: datetime | None = None, tick: Tick | None = None
    ) -> BundleReport:
        """Verify and import the bundle; any refusal raises and leaves the database unchanged."""
        submission, ready, pictures = self._read(path)
        try:
            return self._import(submission, ready, pictures, now, tick)
        finally:
            if ready is not None:
                ready.close()

    def _import(
        self,
        submission: Submission,
        ready: PreparedSubmission | None,
        pictures: list[tuple[bytes, str]],
        now: datetime | None,
        tick: Tick | None,
    ) -> BundleReport:
        now = now or utc_now()
        entries: list[BundleEntry] = []
        self._pending, self._audits, self._to_index = BulkRows(), [], []
        # Pictures are filed under their checksums while the rows are made, and are on disk
        # before the text that shows them commits: a refusal leaves only files that the same
        # bundle (or picture) would put there again, and never text without its pictures.
        with (
            ThreadPoolExecutor(max_workers=1) as filer,
            self.db.transaction() as session,
            roomy_cache(session),
        ):
            if ready is None:
                filing: Future[object] = filer.submit(self.media.add_many, pictures)
            else:
                filing = filer.submit(lambda: self.media.file_many(ready.picture_files()))
            existing = check_senders(session, submission)
            desks = DeskRepository(session)
            for desk in sorted({a.content.desk for a in submission.articles}):
                desks.ensure(desk)
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
            self._write_audit(session, submission, now)
            connection = session.connection()
            dialect = connection.dialect.name
            rows = [folded_row(dialect, i, fields) for i, fields in self._to_index]
            write_index_rows(connection, rows, replace=True)
            entries += [
                import_ticker(session, item, submission.sender, self.actor, self.settings, now)
                for item in submission.tickers
            ]
            filing.result()
        return BundleReport(
            submission.bundle_id, submission.digest, submission.sender, tuple(entries)
        )

    # -- reading and checks -----------------------------------------------------------------

    def _read(
        self, path: Path
    ) -> tuple[Submission, PreparedSubmission | None, list[tuple[bytes, str]]]:
        """The bundle read and checked, pictures renamed; a big one on every core.

        On any refusal the bundle is read again the plain way, article after article, whose
        first fault is refused: the message is the same however the bundle was first read.
        """
        self._prepared = {}
        try:
            ready: PreparedSubmission | None = read_prepared(path, self.limits, self.parallel)
        except (InvalidInputError, RecursionError, MemoryError, BrokenExecutor, OSError):
            ready = None
        if ready is None:
            submission = read_submission(read_bundle(path, self.limits))
        else:
            submission = ready.submission
        try:
            # Workers checked each article's content already.
            self._check(submission, contents=ready is None)
            with self.db.reading() as session:
                check_senders(session, submission)  # before a picture is filed; again below
        except BaseException:
            if ready is not None:
                ready.close()
            raise
        if ready is None:
            submission, pictures = localise_pictures(submission)
            return submission, None, pictures
        self._prepared = ready.prepared
        return submission, ready, []

    def _check(self, submission: Submission, contents: bool = True) -> None:
        """Permissions and content, all before the transaction starts."""
        if not may(self.actor.role, Permission.IMPORT_OTHERS):
            others = sorted(
                {submission.sender}
                | {a.author for a in submission.articles}
                | {t.author for t in submission.tickers}
            )
            others = [name for name in others if name != self.actor.name]
            if others:
                raise PermissionDeniedError(
                    f"{submission.name} holds work by {', '.join(others[:3])}; the {self.actor.role.value} role "
                    "imports only its own work (a desk chief or admin may import it)"
                )
        for article in submission.articles if contents else ():
            check_content(article, submission.name)
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
        ready = self._prepared.get(incoming.id) or prepare(incoming)
        status = Status.SUBMITTED.value
        self._pending.add(
            Table.ARTICLES,
            id=incoming.id,
            status=status,
            restore_status=None,
            version=incoming.version,
            author=self.actor.name,
            created_at=now,
            updated_at=now,
            updated_by=self.actor.name,
            published_at=None,
            held_by=None,
            held_since=None,
            conflict=False,
            last_step=IMPORT_STEP,
            last_from_status="",
            source_sender=submission.sender,
            **ready.columns,
        )
        snapshot = ready.snapshot
        carried = zip(incoming.revisions, ready.revision_snapshots, strict=True)
        for revision, revision_snapshot in sorted(carried, key=lambda pair: pair[0].revision):
            self._revision(
                incoming.id,
                revision.revision,
                revision.version,
                at_most_submitted(revision.status).value,
                revision_snapshot,
                now,
                revision.note,
                Claim(submission.sender, revision.author, revision.at, revision.step),
                CARRIED_STEP,
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
            _claim(submission, incoming),
        )
        self._add_notes(incoming, set(), submission, now)
        self._audits.append((incoming.id, "", status, CREATED))
        self._to_index.append((incoming.id, ready.index))
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
        known_notes = {n.text for n in ArticleRepository(session).notes_of([row.id])}
        seen = self._seen_before(session, row.id, local, incoming.content)
        if seen is not None:
            if self._add_notes(incoming, known_notes, submission, now):
                self._audits.append((row.id, row.status, row.status, "new notes"))
                return BundleEntry(ARTICLE, row.id, UPDATED, headline, "new notes")
            return BundleEntry(ARTICLE, row.id, SKIPPED, headline, seen)
        holder = article_from_row(row).holder(now, self.lease)
        base = [r.content for r in incoming.revisions if r.version >= incoming.base_version]
        others = holder not in (None, self.actor.name)
        # Never replace the text of an article held by someone, or taken up by the desk.
        if local in base and not others and row.status in UPDATABLE:
            self._update(session, row, incoming, submission, now)
            self._add_notes(incoming, known_notes, submission, now)
            reason = f"local copy unchanged; now version {row.version}"
            return BundleEntry(ARTICLE, row.id, UPDATED, headline, reason)
        why = "changed here"
        if others:
            why = f"held by {holder}"
        elif local in base:
            why = f"{row.status} here"
        number = ArticleRepository(session).next_revision_number(row.id)
        note = (
            f"incoming copy from {submission.name} (bundle {submission.bundle_id}, "
            f"sha256 {submission.digest}), sent by {submission.sender}, version "
            f"{incoming.version} based on version {incoming.base_version}; the local copy was "
            f"{why}"
        )
        snapshot = snapshot_json(incoming.content)
        claim = _claim(submission, incoming)
        self._revision(
            row.id, number, incoming.version, row.status, snapshot, now, note, claim, CONFLICT_STEP
        )
        row.conflict = True
        row.updated_at, row.updated_by = now, self.actor.name
        row.last_step, row.last_from_status = IMPORT_STEP, row.status
        self._add_notes(incoming, known_notes, submission, now)
        self._audits.append((row.id, row.status, row.status, CONFLICT))
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
            "last_step": IMPORT_STEP,
            "last_from_status": row.status,
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
        snapshot = snapshot_json(content)
        claim = _claim(submission, incoming)
        self._revision(row.id, number, row.version, status, snapshot, now, note, claim)
        self._audits.append((row.id, before, status, UPDATED))
        self._to_index.append((row.id, indexed_fields(content)))

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
        claim: Claim,
        step: str = IMPORT_STEP,
    ) -> None:
        """Keep a revision by the importer, now, with what the bundle claimed for it."""
        self._pending.add(
            Table.REVISIONS,
            article_id=article_id,
            revision=number,
            version=version,
            author=self.actor.name,
            at=now,
            step=step,
            note=note,
            status=status,
            snapshot=snapshot,
            **claim_columns(claim),
        )

    def _write_audit(self, session: Session, submission: Submission, now: datetime) -> None:
        """One audit row for each article the import created or touched, once they are written."""
        repo = ArticleRepository(session)
        source = (
            f"{submission.name} sent by {submission.sender} (bundle {submission.bundle_id}, "
            f"sha256 {submission.digest})"
        )
        versions = repo.versions_of([article_id for article_id, *_rest in self._audits])
        repo.add_audits(
            [
                {
                    "article_id": article_id,
                    "actor": self.actor.name,
                    "at": now,
                    "step": IMPORT_STEP,
                    "from_status": before,
                    "to_status": after,
                    "note": f"{what}: {source}",
                    "article_version": versions.get(article_id),
                }
                for article_id, before, after, what in self._audits
            ]
        )

    def _add_notes(
        self, incoming: IncomingArticle, known: set[str], submission: Submission, now: datetime
    ) -> int:
        """File the bundle's notes not here yet as the importer's, each with its claim."""
        added = 0
        for note in incoming.notes:
            text = claimed_note_text(submission.sender, note)
            if text in known:
                continue
            known.add(text)
            self._pending.add(
                Table.NOTES, article_id=incoming.id, author=self.actor.name, at=now, text=text
            )
            added += 1
        return added


def _claim(submission: Submission, incoming: IncomingArticle) -> Claim:
    """What the bundle claims of its copy: who saved it last, and when."""
    return Claim(submission.sender, incoming.updated_by, incoming.updated_at)


def _note(submission: Submission, incoming: IncomingArticle) -> str:
    return (
        f"imported from {submission.name} (bundle {submission.bundle_id}, sha256 "
        f"{submission.digest}), sent by {submission.sender}; claimed status "
        f"{incoming.status.value}"
    )


def _same(snapshot: str, content: ArticleContent) -> bool:
    try:
        return ArticleContent.from_dict(json.loads(snapshot)) == content
    except (ValueError, TypeError, KeyError):
        return False
