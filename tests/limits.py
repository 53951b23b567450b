"""Making writes fail part-way, as a full disk does, for tests of what a failed write leaves."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def files_limited_to(size: int) -> Iterator[None]:
    """Make every write past `size` bytes fail with EFBIG, as a full disk fails mid-write."""
    resource = pytest.importorskip("resource")
    old_limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, old_limits[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limits)
        signal.signal(signal.SIGXFSZ, old_handler)
