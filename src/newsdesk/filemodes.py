"""Permissions for files written through a temporary name, as if they had been created directly."""

from __future__ import annotations

import os
import threading
from pathlib import Path

_LOCK = threading.Lock()


def current_umask() -> int:
    """The process's umask (reading it means setting it, hence the lock)."""
    with _LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def give_usual_mode(path: Path, *, directory: bool = False) -> None:
    """Give `path` the mode an ordinary open() or mkdir() would have (mkstemp/mkdtemp make it private)."""
    base = 0o777 if directory else 0o666
    path.chmod(base & ~current_umask())
