"""Parts of bundles still being written: held while they grow, swept once their writer is gone."""

from __future__ import annotations

import glob
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; age tells an abandoned part instead
    fcntl = None  # type: ignore[assignment]

PART_SUFFIX = ".part"
# Without locks, a part untouched for this long belongs to no running export.
ABANDONED_AFTER_S = 6 * 3600


def part_prefix(out: Path) -> str:
    """The name every part of a bundle written to `out` starts with (hidden, beside it)."""
    return f".{out.name}."


@contextmanager
def holding(part: Path) -> Iterator[None]:
    """Hold a lock on a part for as long as it is being written (released even by a kill)."""
    if fcntl is None:
        yield
        return
    handle = os.open(part, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(handle)


def sweep_abandoned_parts(out: Path) -> list[Path]:
    """Remove the parts that killed exports to `out` left behind; return what was removed."""
    pattern = glob.escape(part_prefix(out)) + "*" + PART_SUFFIX
    removed = []
    for part in sorted(out.parent.glob(pattern)):
        with suppress(OSError):
            if _remove_if_abandoned(part):
                removed.append(part)
    return removed


def _remove_if_abandoned(part: Path) -> bool:
    if part.is_symlink():
        return False  # never ours: mkstemp and mkdtemp make plain files and folders
    if fcntl is None:
        if time.time() - part.stat().st_mtime < ABANDONED_AFTER_S:
            return False
        _remove(part)
        return True
    handle = os.open(part, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # a running export is writing it
        _remove(part)
        return True
    finally:
        os.close(handle)


def _remove(part: Path) -> None:
    if part.is_dir():
        shutil.rmtree(part)
    else:
        part.unlink()
