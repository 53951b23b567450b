"""Work done in other processes, in order, while this one writes: search-index rows.

Folding and stemming are pure Python; writing the index is the database's work in this
process. Running the first in worker processes lets a bulk load or a rebuild use every core.
Workers only compute: every write stays on the caller's connection, in its transaction.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

# Below this many articles starting worker processes costs more than it saves.
PARALLEL_MIN = 5_000

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """One worker per core but one (the one this process writes on), at least one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, cores - 1)


def in_order(work: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """`work` on each item in `workers` processes (0: here), results in the items' order.

    A few items run ahead of the one being consumed, so memory stays bounded; closing the
    iterator cancels what has not started, and a worker's exception is raised here.
    """
    if workers <= 0:
        yield from map(work, items)
        return
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context())
    try:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(work, item))
            if len(pending) > 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    # Never plain fork: the desktop app has Qt threads running, and a forked copy of them can
    # deadlock. Spawn starts clean everywhere; its start-up is small beside PARALLEL_MIN articles.
    return multiprocessing.get_context("spawn")
