"""Rendering many articles on every processor core, in order, for the bundle writer."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from newsdesk.domain.article import Article
from newsdesk.export.base import Exporter

# Below this many articles starting worker processes costs more than it saves.
PARALLEL_MIN = 64
CHUNK = 16

Rendered = list[tuple[str, bytes, str]]


def render_article(article: Article, exporters: Sequence[Exporter]) -> Rendered:
    """Every format of one article as (filename, bytes, media type), sorted by filename."""
    files = sorted((e.filename, e) for e in exporters)
    return [(name, e.render(article), e.media_type) for name, e in files]


def _render_chunk(articles: Sequence[Article], exporters: Sequence[Exporter]) -> list[Rendered]:
    return [render_article(article, exporters) for article in articles]


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _context() -> multiprocessing.context.BaseContext:
    # Never plain fork: the desktop app has Qt threads running, and a forked copy of them can
    # deadlock. The fork server starts clean once; spawn is the portable fallback.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def rendered_in_order(
    articles: Sequence[Article], exporters: Sequence[Exporter], *, parallel: bool | None = None
) -> Iterator[Rendered]:
    """Each article's files, in the order of `articles`, rendered by worker processes if it pays.

    Closing the iterator cancels whatever has not started yet.
    """
    workers = _workers()
    if parallel is None:
        parallel = workers > 1 and len(articles) >= PARALLEL_MIN
    if not parallel:
        for article in articles:
            yield render_article(article, exporters)
        return
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    pool = ProcessPoolExecutor(max_workers=max(2, workers), mp_context=_context())
    try:
        pending: deque[Future[list[Rendered]]] = deque()
        upcoming = iter(chunks)
        # A few chunks ahead keep every worker busy without holding the whole bundle in memory.
        for chunk in upcoming:
            pending.append(pool.submit(_render_chunk, chunk, exporters))
            if len(pending) >= 3 * workers:
                break
        while pending:
            done = pending.popleft().result()
            nxt = next(upcoming, None)
            if nxt is not None:
                pending.append(pool.submit(_render_chunk, nxt, exporters))
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
