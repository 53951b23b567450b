"""The one pool: results in order, a worker's error raised here, never plain fork."""

from __future__ import annotations

import math
import multiprocessing
import operator
import os
import sys

import pytest

from newsdesk.process_pool import context, cores, in_order, worker_count

# Workers unpickle the work by name: the standard library's functions travel as they are.
SQUARES = [n * n for n in range(40)]


def test_results_come_in_the_items_order() -> None:
    assert list(in_order(math.isqrt, SQUARES, 2, ahead=3)) == list(range(40))


def test_the_work_is_done_in_other_processes_or_here_with_none() -> None:
    elsewhere = set(in_order(operator.call, [os.getpid] * 8, 2))
    assert elsewhere and os.getpid() not in elsewhere
    assert set(in_order(operator.call, [os.getpid] * 3, 0)) == {os.getpid()}


def test_a_workers_error_is_raised_here_after_the_results_before_it() -> None:
    before = []
    with pytest.raises(ValueError, match="nonnegative"):
        for root in in_order(math.isqrt, [*SQUARES[:13], -1, *SQUARES[13:]], 2):
            before.append(root)
    assert before == list(range(13))


def test_closing_early_stops_the_pool() -> None:
    results = in_order(math.isqrt, iter(SQUARES * 50), 2)
    assert next(results) == 0
    results.close()  # cancels the rest and waits: no worker is left running
    assert multiprocessing.active_children() == []


def test_workers_never_start_by_plain_fork() -> None:
    method = context().get_start_method()
    assert method != "fork"
    if sys.platform.startswith("linux"):
        assert method == "forkserver"
    if sys.platform in ("darwin", "win32"):
        assert method == "spawn"


def test_a_process_that_writes_keeps_a_core() -> None:
    assert worker_count(writes_here=True) == max(1, cores() - 1)
    assert worker_count(writes_here=False) == max(2, cores())
