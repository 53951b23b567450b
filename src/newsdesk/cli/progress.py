"""A progress bar on standard error: drawn only on a terminal, and only for work that lasts."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

WIDTH = 30
# Work that ends sooner shows no bar at all.
DELAY_SECONDS = 2.0
# A redraw at most this often (the last one is always drawn).
REDRAW_SECONDS = 0.1
# What the storage layer's stages are called on the bar.
STAGE_LABELS = {
    "integrity": "checking the file",
    "audit chain": "checking the audit chain",
    "backup": "backing up",
    "reindex": "re-indexing",
}


class ProgressBar:
    """Shows `label [#####.....] done/total` on one line of a terminal once DELAY_SECONDS passed."""

    def __init__(
        self,
        label: str,
        *,
        stream: TextIO | None = None,
        delay: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty()
        self.delay = DELAY_SECONDS if delay is None else delay
        self.clock = clock
        self.started = clock()
        self.drawn_at: float | None = None  # when the bar was last drawn, if it was

    def update(self, done: int, total: int, label: str | None = None) -> None:
        """Redraw with the current count (and a new label, for a new stage of the work)."""
        if not self.enabled:
            return
        relabelled = label is not None and label != self.label
        if label is not None:
            self.label = label
        now = self.clock()
        if now - self.started < self.delay:
            return
        recent = self.drawn_at is not None and now - self.drawn_at < REDRAW_SECONDS
        if recent and done < total and not relabelled:
            return
        if relabelled and self.drawn_at is not None:
            self.stream.write("\n")  # the finished stage keeps its line
        filled = WIDTH * done // total if total else WIDTH
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}\033[K")
        self.stream.flush()
        self.drawn_at = now

    def stage(self, stage: str, done: int, total: int) -> None:
        """The storage layer's progress callback: a stage's name, how far, of how much."""
        self.update(done, total, STAGE_LABELS.get(stage, stage))

    def finish(self) -> None:
        """End the line, if a bar was drawn."""
        if self.enabled and self.drawn_at is not None:
            self.stream.write("\n")
            self.stream.flush()
