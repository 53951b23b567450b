"""A progress bar on standard error, drawn only when it is a terminal."""

from __future__ import annotations

import sys

WIDTH = 30


class ProgressBar:
    """Shows `label [#####.....] done/total` on one line of a terminal."""

    def __init__(self, label: str):
        self.label = label
        self.enabled = sys.stderr.isatty()

    def update(self, done: int, total: int) -> None:
        """Redraw with the current count."""
        if not self.enabled:
            return
        filled = WIDTH * done // total if total else WIDTH
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{total}")
        sys.stderr.flush()

    def finish(self) -> None:
        """End the line."""
        if self.enabled:
            sys.stderr.write("\n")
