"""How long storage work reports how far it got: a callback given (stage, done, total).

`done` never goes down within a stage and ends equal to `total`. A callback may raise to stop
the work (a person cancelled): each task leaves the database and any file it writes as before.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, int, int], None]

# The stages, as the command line and the desktop name them.
INTEGRITY = "integrity"
AUDIT_CHAIN = "audit chain"
BACKUP = "backup"
REINDEX = "reindex"


def ignore(_stage: str, _done: int, _total: int) -> None:
    """A callback that wants nothing."""
