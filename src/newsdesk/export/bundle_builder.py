"""Building a bundle from articles and ticker feeds, one step at a time (no database here)."""

from __future__ import annotations

import re
from collections.abc import Generator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdesk.domain.article import Article
from newsdesk.domain.ticker import TickerChannel, TickerItem
from newsdesk.errors import InvalidInputError
from newsdesk.export.base import Exporter
from newsdesk.export.bundle_folder import bundle_digest, open_bundle
from newsdesk.export.bundle_zip import Manifest
from newsdesk.export.feeds.registry import FORMATS as FEED_FORMATS
from newsdesk.export.feeds.registry import render_feed
from newsdesk.export.media import BundleMedia
from newsdesk.export.parallel import rendered_in_order
from newsdesk.export.submission import KIND as SUBMISSION
from newsdesk.export.submission import SubmissionParts
from newsdesk.storage.media import MediaStore
from newsdesk.timeutil import as_utc

ARTICLES_DIR = "articles"
TICKERS_DIR = "tickers"
_UNSAFE_NAME = re.compile(r"[^0-9A-Za-z._-]+")
EPOCH = datetime(1980, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class TickerFeedSource:
    """One channel's on-air items, as a bundle's ticker feeds are made from."""

    channel: TickerChannel
    items: Sequence[TickerItem]


@dataclass(frozen=True)
class Progress:
    """How far an export has come: `done` of `total` steps, and what is being done."""

    done: int
    total: int
    phase: str
    article_id: str | None = None


@dataclass(frozen=True)
class BundleSummary:
    """A finished bundle: where it is, its id, checksum and what it holds."""

    path: Path
    bundle_id: str
    sha256: str
    size: int
    files: int
    articles: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The summary as plain JSON values (for --json)."""
        return {
            "out": str(self.path),
            "bundle_id": self.bundle_id,
            "sha256": self.sha256,
            "size": self.size,
            "files": self.files,
            "articles": self.articles,
        }


def _ticker_times(item: TickerItem) -> list[datetime]:
    return [as_utc(t) for t in (item.created_at, item.approved_at, item.starts_at) if t is not None]


def content_time(articles: Sequence[Article], feeds: Sequence[TickerFeedSource]) -> datetime:
    """The latest change of anything in the bundle: its creation time, so equal content is equal.

    Feeds are written as at this moment too; every item on air now started before it and ends
    after it, so the feeds list exactly what is on air.
    """
    times = [as_utc(a.updated_at) for a in articles]
    times += [t for feed in feeds for item in feed.items for t in _ticker_times(item)]
    return max(times, default=EPOCH)


def feed_path(channel: str, fmt: str) -> str:
    """Where a channel's feed in one format goes inside the bundle."""
    safe = _UNSAFE_NAME.sub("_", channel).strip("._") or "channel"
    extension = FEED_FORMATS[fmt].extension
    suffix = f"feed.{extension}" if fmt in ("json", "txt") else f"feed.{fmt}.{extension}"
    return f"{TICKERS_DIR}/{safe}/{suffix}"


def article_entry(article: Article, paths: list[str]) -> dict[str, Any]:
    """An article as the manifest lists it."""
    return {
        "id": article.id,
        "version": article.version,
        "status": article.status.value,
        "language": article.language,
        "headline": article.headline,
        "files": paths,
    }


def build_bundle(
    out: Path,
    articles: Sequence[Article],
    exporters: Sequence[Exporter],
    feeds: Sequence[TickerFeedSource] = (),
    *,
    parallel: bool | None = None,
    submission: SubmissionParts | None = None,
    media: MediaStore | None = None,
    folder: bool = False,
    workers: int | None = None,
) -> Generator[Progress, None, BundleSummary]:
    """Write the bundle to `out`, yielding progress after each article; return its summary.

    Closing the generator early (Cancel) or any error removes the unfinished file; `out` only
    appears, complete, when the generator has run to its end. Large bundles are rendered by
    worker processes (`parallel`: None decides by size; `workers`: how many, one per core by
    default); the bytes are the same either way.
    With `submission`, its native records are written beside the formats (a submission bundle).
    With `media`, each picture an article shows is copied from that folder into the article's
    own (without it pictures stay references). With `folder`, `out` is a folder, not a zip.
    """
    if not articles:
        raise InvalidInputError("no articles to export")
    # Sorted as their folders are ("id/"), so the zip's entries come in path order.
    ordered = sorted(articles, key=lambda a: a.id + "/")
    if len({a.id for a in ordered}) != len(ordered):
        raise InvalidInputError("an article was selected twice")
    created = content_time(ordered, feeds)
    manifest = Manifest(created=created, formats=[e.name for e in exporters])
    if submission is not None:
        manifest.kind, manifest.details = SUBMISSION, submission.details
    total = len(ordered) + 1
    yield Progress(0, total, "articles")
    with open_bundle(out, manifest, folder=folder) as bundle:
        try:
            rendered = rendered_in_order(
                ordered,
                exporters,
                parallel=parallel,
                media=BundleMedia(media),
                workers=workers,
                packed=not folder,
            )
            try:
                for done, (article, files) in enumerate(
                    zip(ordered, rendered, strict=True), start=1
                ):
                    paths = []
                    if submission is not None:
                        extra = submission.article_files.get(article.id, [])
                        files = sorted([*files, *extra], key=lambda entry: entry[0])
                    for filename, data, media_type in files:
                        path = f"{ARTICLES_DIR}/{article.id}/{filename}"
                        bundle.add(path, data, media_type)
                        paths.append(path)
                    manifest.articles.append(article_entry(article, paths))
                    yield Progress(done, total, "articles", article.id)
            finally:
                rendered.close()
            # The feeds are rendered before the manifest but stored after it, in path order.
            feed_files = _render_feeds(feeds, created)
            for channel, paths in _feed_listing(feed_files):
                manifest.tickers.append({"channel": channel, "files": paths})
            # Files after the manifest in path order: submission records, then ticker feeds.
            tail = [(path, data, media) for _channel, path, data, media in feed_files]
            if submission is not None:
                tail = sorted([*tail, *submission.extra_files], key=lambda entry: entry[0])
            for path, data, media_type in tail:
                bundle.list_file(path, data, media_type)
            bundle.add_manifest()
            for path, data, _media_type in tail:
                bundle.write(path, data)
            bundle.close()
        except BaseException:
            with suppress(Exception):
                bundle.close()
            raise
    sha256, size = bundle_digest(out, folder=folder)
    yield Progress(total, total, "done")
    return BundleSummary(
        path=out,
        bundle_id=manifest.bundle_id(),
        sha256=sha256,
        size=size,
        files=len(manifest.files) + 1,
        articles=manifest.articles,
    )


def _render_feeds(
    feeds: Sequence[TickerFeedSource], moment: datetime
) -> list[tuple[str, str, bytes, str]]:
    rendered = []
    for feed in feeds:
        for fmt, spec in FEED_FORMATS.items():
            text = render_feed(fmt, feed.items, feed.channel, moment)
            path = feed_path(feed.channel.name, fmt)
            rendered.append((feed.channel.name, path, text.encode("utf-8"), spec.media_type))
    return sorted(rendered, key=lambda entry: entry[1])


def _feed_listing(feed_files: list[tuple[str, str, bytes, str]]) -> list[tuple[str, list[str]]]:
    listing: dict[str, list[str]] = {}
    for channel, path, _data, _media in feed_files:
        listing.setdefault(channel, []).append(path)
    return [(channel, sorted(paths)) for channel, paths in listing.items()]
