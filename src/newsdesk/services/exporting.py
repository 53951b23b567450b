"""Exporting publication bundles: selection, progress with cancel, and optional publishing."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from newsdesk.domain.article import Article, Status
from newsdesk.domain.people import Person
from newsdesk.domain.workflow import Step, WorkflowError, check_step
from newsdesk.errors import InvalidInputError, NewsdeskError, PermissionDeniedError
from newsdesk.export.base import ExportSettings
from newsdesk.export.bundle_builder import BundleSummary, Progress, TickerFeedSource, build_bundle
from newsdesk.export.registry import DEFAULT_FORMATS, exporters
from newsdesk.services.articles import DEFAULT_LEASE, ArticleService
from newsdesk.services.submission import gather_submission, select_submission
from newsdesk.services.ticker_channels import ChannelService
from newsdesk.services.tickers import TickerService
from newsdesk.storage.engine import Database
from newsdesk.storage.media import MediaStore
from newsdesk.timeutil import as_utc

PAGE = 500

log = logging.getLogger(__name__)


# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they force the
# order letters are shown in, so a headline can read differently on a partner's site (which
# may cut or drop them) than in the editor.
BIDI_OVERRIDES = re.compile("[\u202a-\u202e\u2066-\u2069]")


class ExportCancelled(NewsdeskError):
    """The export was cancelled; nothing was written."""


class BidiOverridesFound(InvalidInputError):
    """Headlines or ticker items carry bidi override characters; the user must confirm."""

    def __init__(self, findings: list[str]):
        self.findings = findings
        super().__init__(
            f"{len(findings)} headline(s) or ticker item(s) carry bidi override characters "
            f"({'; '.join(findings[:3])}); remove them or confirm to export them anyway"
        )


def bidi_override_findings(
    articles: Sequence[Article], feeds: Sequence[TickerFeedSource]
) -> list[str]:
    """Each headline and on-air ticker item with override characters, and which ones."""

    def codes(text: str) -> str:
        return ", ".join(sorted({f"U+{ord(c):04X}" for c in BIDI_OVERRIDES.findall(text)}))

    found = [
        f"article {a.id} headline: {codes(a.headline)}"
        for a in articles
        if BIDI_OVERRIDES.search(a.headline)
    ]
    found += [
        f"ticker item {item.id} on {feed.channel.name}: {codes(item.text)}"
        for feed in feeds
        for item in feed.items
        if BIDI_OVERRIDES.search(item.text)
    ]
    return found


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where: by ids, or by status (default approved), desk and dates."""

    out: Path
    formats: tuple[str, ...] = DEFAULT_FORMATS
    ids: tuple[str, ...] = ()
    status: str | None = Status.APPROVED.value
    desk: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    tickers: bool = True
    mark_published: bool = False
    allow_bidi_overrides: bool = False
    # A folder instead of a zip (same files and manifest); "2.2" writes ninjs 2.2 instead of 3.1.
    folder: bool = False
    ninjs_version: str = "3.1"
    # A reporter's submission: own drafts (or the ids) with native records, for the desk.
    submission: bool = False


@dataclass(frozen=True)
class ExportResult:
    """A finished export: the bundle and the articles marked published."""

    bundle: BundleSummary
    published: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The result as plain JSON values (for --json)."""
        return {**self.bundle.to_dict(), "published": self.published}


class ExportService:
    """Builds bundles for a person: each read in its own transaction, publishing in one."""

    def __init__(
        self,
        db: Database,
        actor: Person,
        settings: ExportSettings | None = None,
        media: MediaStore | None = None,
        lease: timedelta = DEFAULT_LEASE,
    ):
        self.db = db
        self.actor = actor
        self.settings = settings or ExportSettings()
        # Where the pictures of image blocks are read from (the configured media folder).
        self.media = media if media is not None else MediaStore.default()
        self._articles = ArticleService(db, actor, lease)

    def select(self, request: ExportRequest) -> list[Article]:
        """The articles the request names: its ids, or those matching status, desk and dates."""
        if request.submission:
            return select_submission(self.db, self.actor, request.ids)
        if request.ids:
            return [self._articles.get(article_id) for article_id in request.ids]
        chosen: list[Article] = []
        offset = 0
        while True:
            page = self._articles.summaries(
                status=request.status, desk=request.desk, limit=PAGE, offset=offset
            )
            for summary in page:
                changed = as_utc(summary.updated_at)
                if request.since and changed < as_utc(request.since):
                    continue
                if request.until and changed >= as_utc(request.until):
                    continue
                chosen.append(self._articles.get(summary.id))
            if len(page) < PAGE:
                return chosen
            offset += PAGE

    def feeds(self) -> list[TickerFeedSource]:
        """Every ticker channel with what it airs now."""
        tickers = TickerService(self.db, self.actor)
        sources = []
        for channel in ChannelService(self.db, self.actor).channels():
            on_air = tickers.on_air(channel.name)
            sources.append(TickerFeedSource(on_air.channel, on_air.items))
        return sources

    def steps(
        self, request: ExportRequest, articles: Sequence[Article] | None = None
    ) -> Generator[Progress, None, BundleSummary]:
        """Write the bundle step by step (close the generator to cancel); return its summary."""
        chosen = list(articles) if articles is not None else self.select(request)
        if not chosen:
            raise InvalidInputError("no articles match the selection; nothing was exported")
        if request.mark_published and request.submission:
            raise InvalidInputError(
                "a submission goes to the desk; it cannot mark anything published"
            )
        if request.mark_published:
            self._check_publishable(chosen)
        # A submission carries the sender's draft ticker items, not what is on air.
        feeds = self.feeds() if request.tickers and not request.submission else []
        if not request.allow_bidi_overrides:
            findings = bidi_override_findings(chosen, feeds)
            if findings:
                raise BidiOverridesFound(findings)
        settings = replace(self.settings, ninjs_version=request.ninjs_version)
        writers = exporters(request.formats, settings)
        parts = (
            gather_submission(self.db, self.actor, chosen, media=self.media)
            if request.submission
            else None
        )
        log.info(
            "export started: %d articles, formats %s, to %s",
            len(chosen),
            ",".join(request.formats),
            request.out,
        )
        summary = yield from build_bundle(
            Path(request.out),
            chosen,
            writers,
            feeds,
            submission=parts,
            media=self.media,
            folder=request.folder,
        )
        log.info(
            "export finished: bundle %s, %d files, %d bytes",
            summary.path,
            summary.files,
            summary.size,
        )
        return summary

    def export(
        self,
        request: ExportRequest,
        *,
        progress: Callable[[Progress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the bundle, reporting progress; publish the articles afterwards if asked."""
        chosen = self.select(request)
        steps = self.steps(request, chosen)
        try:
            while True:
                step = next(steps)
                if progress is not None:
                    progress(step)
                if cancelled is not None and cancelled():
                    raise ExportCancelled("export cancelled; no bundle was written")
        except StopIteration as stop:
            summary: BundleSummary = stop.value
        except BaseException:
            # Closing the generator removes the unfinished file at once.
            steps.close()
            raise
        published = self.publish(chosen) if request.mark_published else []
        return ExportResult(summary, published)

    def publish(self, articles: Sequence[Article]) -> list[str]:
        """Mark exported articles published in one transaction, all or none.

        An article that changed since it was exported is not the one in the bundle, so the
        whole step is refused and nothing is marked.
        """
        self._articles.take_steps(
            {article.id: article.version for article in articles},
            Step.PUBLISH,
            "exported",
            stale="article {id} changed after it was exported; nothing was published",
        )
        return [article.id for article in articles]

    def _check_publishable(self, articles: Sequence[Article]) -> None:
        for article in articles:
            try:
                check_step(self.actor.role, article.status, Step.PUBLISH)
            except WorkflowError as exc:
                raise PermissionDeniedError(
                    f"cannot mark article {article.id} published: {exc}"
                ) from exc
