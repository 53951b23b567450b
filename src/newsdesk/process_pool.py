"""Work spread over worker processes: how many, how they start, and results in order.

Export, import and re-indexing all start their workers here, so every pool of the application
starts the same way on each platform and in the packaged application.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# What the fork server imports once, before it starts any worker (see preload).
_PRELOAD: list[str] = []


def cores() -> int:
    """The processor cores this process may run on (its affinity where the system has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def worker_count(*, writes_here: bool) -> int:
    """How many workers to start by default.

    One per core, but one fewer when this process keeps writing while they work (it needs a
    core of its own), and at least one. Otherwise at least two: work handed to workers on a
    single core is still shared out.
    """
    if writes_here:
        return max(1, cores() - 1)
    return max(2, cores())


def preload(module: str) -> None:
    """Have the fork server import `module` once, for every worker it starts after.

    Call it on import: the server is started once per process, with what is listed by then.
    Where workers are spawned instead, each imports what it needs itself.
    """
    if module not in _PRELOAD:
        _PRELOAD.append(module)


def context() -> BaseContext:
    """How worker processes start: a fork server where it is safe, else spawn.

    Never plain fork: the desktop app has Qt threads running, and a forked copy of them can
    deadlock. The fork server is a clean process started once, which forks each worker with the
    preloaded modules already imported (Linux and the other Unixes). macOS gets spawn, as
    Python's own default there: its system libraries are not safe in a forked child, even one
    of a clean server. Windows only has spawn. In the packaged application both methods start
    the program itself again, which its entry point's multiprocessing.freeze_support() turns
    into the fork server or the worker.
    """
    if sys.platform in ("darwin", "win32") or (
        "forkserver" not in multiprocessing.get_all_start_methods()
    ):
        return multiprocessing.get_context("spawn")
    server = multiprocessing.get_context("forkserver")
    # Ignored once the server is running.
    server.set_forkserver_preload(list(_PRELOAD))
    return server


def executor(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes started by context()."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=context())


def in_order(
    work: Callable[[T], R], items: Iterable[T], workers: int, *, ahead: int | None = None
) -> Generator[R, None, None]:
    """`work` on each item in `workers` processes (0: here), results in the items' order.

    While a result is being used, `ahead` items (by default twice the workers) are being
    worked on or wait their turn, so the workers stay busy and memory stays bounded. `work`
    and the items cross to the workers by pickling. A worker's exception is raised here;
    closing the generator (or an exception) cancels what has not started and waits for the
    rest.
    """
    if workers <= 0:
        yield from map(work, items)
        return
    waiting = 2 * workers if ahead is None else ahead
    pool = executor(workers)
    try:
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(work, item))
            if len(pending) > waiting:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
