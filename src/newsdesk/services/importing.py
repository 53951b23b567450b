"""Import use cases: each file becomes a draft (and its ticker items) in one transaction, or nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from newsdesk.domain.document import DocumentError
from newsdesk.domain.people import Person
from newsdesk.errors import InvalidInputError, NewsdeskError, PermissionDeniedError
from newsdesk.importers.base import ImportedArticle, SourceFile, dropped_text
from newsdesk.importers.bundle import DEFAULT_LIMITS, BundleLimits, is_bundle
from newsdesk.importers.registry import read_file
from newsdesk.services.articles import ArticleService
from newsdesk.services.bundle_import import BundleImporter
from newsdesk.services.bundle_report import CONFLICT, UPDATED, BundleReport
from newsdesk.services.tickers import TickerService
from newsdesk.settings import Settings
from newsdesk.storage.engine import Database
from newsdesk.storage.media import MediaStore
from newsdesk.storage.repositories import ArticleRepository
from newsdesk.storage.types import utc_now
from newsdesk.text.lint.checker import lint_text

IMPORT_STEP = "import"
CREATED = "created"
SKIPPED = "skipped"
REFUSED = "refused"

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class StyleNote:
    """A house-style finding in imported copy: the field, the rule and the words at fault."""

    field: str
    rule: str
    text: str
    message: str

    def to_dict(self) -> dict[str, str]:
        """The finding as plain JSON values."""
        return {"field": self.field, "rule": self.rule, "text": self.text, "message": self.message}


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one file: created, skipped (already imported) or refused, and why."""

    path: str
    status: str
    reason: str = ""
    id: str | None = None
    headline: str = ""
    language: str = ""
    kind: str = ""
    encoding: str | None = None
    breaking: bool = False
    dated_at: datetime | None = None
    paragraphs: int = 0
    tickers: tuple[str, ...] = ()
    findings: tuple[StyleNote, ...] = ()
    # What the file holds that the article does not: (kind, how many), e.g. ("remote picture", 2).
    dropped: tuple[tuple[str, int], ...] = ()
    # For a bundle: what became of each of its articles and ticker items.
    bundle: BundleReport | None = None
    # Refused because the acting person may not do it (not because the file is bad).
    denied: bool = False

    def dropped_text(self) -> str:
        """What the import left out, in English ("2 pictures, 1 note"); empty when nothing."""
        return dropped_text(self.dropped)

    def to_dict(self) -> dict[str, Any]:
        """The outcome with the model's field names, for `--json`."""
        return {
            "path": self.path,
            "status": self.status,
            "reason": self.reason,
            "id": self.id,
            "headline": self.headline,
            "language": self.language,
            "kind": self.kind,
            "encoding": self.encoding,
            "breaking": self.breaking,
            "dated_at": self.dated_at.isoformat() if self.dated_at else None,
            "paragraphs": self.paragraphs,
            "tickers": list(self.tickers),
            "findings": [f.to_dict() for f in self.findings],
            "dropped": dict(self.dropped),
            "bundle": self.bundle.to_dict() if self.bundle is not None else None,
        }


@dataclass(frozen=True)
class ImportSummary:
    """The outcomes of one import run, file by file."""

    outcomes: tuple[ImportOutcome, ...] = field(default_factory=tuple)

    def count(self, status: str) -> int:
        """How many files ended with this status."""
        return sum(1 for o in self.outcomes if o.status == status)

    def totals(self) -> dict[str, int]:
        """Articles created, updated, skipped, in conflict (per article of a bundle); files refused."""
        totals = dict.fromkeys((CREATED, UPDATED, SKIPPED, CONFLICT, REFUSED), 0)
        for outcome in self.outcomes:
            if outcome.status == REFUSED:
                totals[REFUSED] += 1
            elif outcome.bundle is not None:
                for status in (CREATED, UPDATED, SKIPPED, CONFLICT):
                    totals[status] += outcome.bundle.count(status)
            else:
                totals[outcome.status] += 1
        return totals

    def to_dict(self) -> dict[str, Any]:
        """The summary as plain JSON values."""
        totals = self.totals()
        return {
            "created": totals[CREATED],
            "updated": totals[UPDATED],
            "skipped": totals[SKIPPED],
            "conflicts": totals[CONFLICT],
            "refused": totals[REFUSED],
            "files": [o.to_dict() for o in self.outcomes],
        }


class _OneTransaction(Database):
    """The database seen through one open session, so several services share its transaction."""

    def __init__(self, db: Database, session: Session):
        super().__init__(db.url, db.engine)
        self.sessions = db.sessions
        self._session = session

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """The shared session; the outer transaction commits or rolls back."""
        yield self._session
        self._session.flush()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """The shared session, for reads."""
        yield self._session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """The shared session's connection, so reads see what this transaction wrote."""
        yield self._session.connection()


class ImportService:
    """Bring files in as drafts by the acting user, each file all or nothing."""

    def __init__(self, db: Database, actor: Person, settings: Settings | None = None):
        self.db = db
        self.actor = actor
        self.settings = settings or Settings()
        self.bundle_limits: BundleLimits = DEFAULT_LIMITS
        # Where pictures that documents and bundles bring are filed (the newsroom's media folder).
        self.media = MediaStore.default()
        # Read a big bundle on every core (None: when it pays; see services.bundle_workers).
        self.bundle_parallel: bool | None = None

    def import_files(
        self,
        paths: Iterable[str | Path],
        *,
        progress: Progress | None = None,
        now: datetime | None = None,
    ) -> ImportSummary:
        """Import every file in turn; a refused file does not stop the others."""
        files = [Path(p) for p in paths]
        log.info("import started: %d files", len(files))
        outcomes: list[ImportOutcome] = []
        for done, path in enumerate(files):
            if progress is not None:
                progress(done, len(files), str(path))
            if is_bundle(path):
                # Within a bundle the count stays at this file; the label says how far it is.
                tick = None
                if progress is not None:
                    tick = self._bundle_tick(progress, done, len(files), path)
                outcomes.append(self.import_bundle(path, now=now, tick=tick))
                continue
            outcomes.append(self.import_file(path, now=now))
        if progress is not None:
            progress(len(files), len(files), "")
        summary = ImportSummary(tuple(outcomes))
        log.info("import finished: %s", summary.totals())
        return summary

    def import_file(self, path: str | Path, *, now: datetime | None = None) -> ImportOutcome:
        """Import one file: created, skipped when the same file came in before, or refused."""
        path = Path(path)
        if is_bundle(path):
            return self.import_bundle(path, now=now)
        return _logged(self._import_document(path, now))

    def _import_document(self, path: Path, now: datetime | None) -> ImportOutcome:
        try:
            source, imported = read_file(path)
        except NewsdeskError as exc:
            return ImportOutcome(str(path), REFUSED, str(exc))
        except DocumentError as exc:
            return ImportOutcome(str(path), REFUSED, f"{path.name} does not fit an article: {exc}")
        except (RecursionError, MemoryError) as exc:
            return ImportOutcome(
                str(path), REFUSED, f"{path.name} is too complex to import ({exc!r})"
            )
        findings = _style_notes(imported)
        base = _outcome_fields(path, imported, findings)
        earlier = self._imported_before(source)
        if earlier is not None:
            return ImportOutcome(
                status=SKIPPED, reason=f"already imported as article {earlier}", **base
            )
        try:
            article_id, tickers = self._store(source, imported, now or utc_now())
        except NewsdeskError as exc:
            return ImportOutcome(status=REFUSED, reason=f"{path.name}: {exc}", **base)
        return ImportOutcome(status=CREATED, id=article_id, tickers=tickers, **base)

    def import_bundle(
        self,
        path: str | Path,
        *,
        now: datetime | None = None,
        tick: Callable[[int, int], None] | None = None,
    ) -> ImportOutcome:
        """Import a submission bundle, all or nothing; the outcome carries its report."""
        return _logged(self._import_bundle(Path(path), now, tick))

    def _import_bundle(
        self, path: Path, now: datetime | None, tick: Callable[[int, int], None] | None
    ) -> ImportOutcome:
        importer = BundleImporter(
            self.db,
            self.actor,
            self.settings,
            self.bundle_limits,
            media=self.media,
            parallel=self.bundle_parallel,
        )
        try:
            report = importer.import_bundle(path, now=now, tick=tick)
        except NewsdeskError as exc:
            denied = isinstance(exc, PermissionDeniedError)
            return ImportOutcome(str(path), REFUSED, str(exc), kind="bundle", denied=denied)
        except (RecursionError, MemoryError) as exc:
            return ImportOutcome(
                str(path), REFUSED, f"{path.name} is too complex to import ({exc!r})", kind="bundle"
            )
        status = CREATED if report.changed else SKIPPED
        return ImportOutcome(str(path), status, report.describe(), kind="bundle", bundle=report)

    @staticmethod
    def _bundle_tick(
        progress: Progress, done: int, total: int, path: Path
    ) -> Callable[[int, int], None]:
        def tick(articles: int, of: int) -> None:
            progress(done, total, f"{path} ({articles}/{of})")

        return tick

    def _imported_before(self, source: SourceFile) -> str | None:
        with self.db.reading() as session:
            return ArticleRepository(session).first_import_of(IMPORT_STEP, source.digest)

    def _store(
        self, source: SourceFile, imported: ImportedArticle, now: datetime
    ) -> tuple[str, tuple[str, ...]]:
        # Pictures are filed first, under their checksums (as a bundle's are): a refusal below
        # leaves only files the same import would put there again, and no text without them.
        for src, data in imported.pictures:
            self.media.add_data(data, src)
        with self.db.transaction() as session:
            shared = _OneTransaction(self.db, session)
            article = ArticleService(shared, self.actor).create(
                imported.content, step=IMPORT_STEP, note=_note(source, imported)
            )
            if imported.dated_at is not None and imported.dated_at <= now:
                # The source's own time is the article's time; the revision keeps the import time.
                row = ArticleRepository(session).get(article.id)
                if row is None:  # pragma: no cover - the row was written just above
                    raise InvalidInputError("the imported article vanished")
                row.created_at = imported.dated_at
                session.flush()
            tickers = TickerService(shared, self.actor, self.settings)
            # New items go to the top of the running order: adding the last first keeps the
            # page's own order on air.
            ids = tuple(
                tickers.add(
                    item.text,
                    language=imported.content.language,
                    breaking=item.breaking,
                    article_id=article.id,
                    now=now,
                ).id
                for item in reversed(imported.tickers)
            )[::-1]
        return article.id, ids


def _logged(outcome: ImportOutcome) -> ImportOutcome:
    """The outcome, logged by path, status, id and reason (never the article's text)."""
    log.info(
        "import of %s: %s %s %s", outcome.path, outcome.status, outcome.id or "", outcome.reason
    )
    return outcome


def _note(source: SourceFile, imported: ImportedArticle) -> str:
    parts = [imported.kind]
    if imported.encoding:
        parts.append(imported.encoding)
    if imported.dated_at is not None:
        parts.append(f"dated {imported.dated_at.isoformat()}")
    if imported.tickers:
        parts.append(f"{len(imported.tickers)} ticker items")
    if imported.dropped:
        parts.append(f"left out: {dropped_text(imported.dropped)}")
    parts.append(f"sha256 {source.digest}")
    return f"imported from {source.name} ({', '.join(parts)})"


def _outcome_fields(
    path: Path, imported: ImportedArticle, findings: tuple[StyleNote, ...]
) -> dict[str, Any]:
    content = imported.content
    return {
        "path": str(path),
        "headline": content.headline,
        "language": content.language,
        "kind": imported.kind,
        "encoding": imported.encoding,
        "breaking": content.breaking,
        "dated_at": imported.dated_at,
        "paragraphs": len(content.body.blocks),
        "findings": findings,
        "dropped": imported.dropped,
    }


def _style_notes(imported: ImportedArticle) -> tuple[StyleNote, ...]:
    """House-style findings in the headline and body, so the desk sees what to fix first."""
    content = imported.content
    notes: list[StyleNote] = []
    for name, text in (("headline", content.headline), ("body", content.body.plain_text())):
        for finding in lint_text(text, content.language, field=name):
            notes.append(
                StyleNote(
                    name, finding.rule, _words(text, finding.start, finding.end), finding.message
                )
            )
    return tuple(notes)


def _words(text: str, start: int, end: int) -> str:
    """The whole words around a finding's span."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]
