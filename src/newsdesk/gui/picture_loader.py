"""Pictures read and scaled on a worker thread, so showing one never stalls typing.

Decoding a 12-megapixel photograph takes a good part of a second: done on the GUI thread the
first time the picture scrolls into view, it would hold up every key pressed meanwhile. The
editor and the preview show a pale box of the picture's size until the small copy arrives.
The worker takes the latest request first (what was just scrolled into view) and, on Linux,
runs at a lower priority than the GUI thread, so typing keeps the processor it needs.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from newsdesk.gui.thumbnails import scaled_picture

WORKER_NICENESS = 10


class PictureLoader(QObject):
    """Scales pictures on one worker thread; `loaded` brings each back to the GUI thread."""

    loaded = Signal(str, QImage)  # the name it was asked for by, the scaled picture

    def __init__(self) -> None:
        super().__init__()
        self._wanted: deque[tuple[str, Path, int]] = deque()
        self._pending: set[str] = set()
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None

    def request(self, name: str, path: Path, width: int) -> None:
        """Read the picture at `path` at most `width` wide, once however often asked."""
        with self._ready:
            if name in self._pending:
                return
            self._pending.add(name)
            self._wanted.append((name, path, width))
            self._ready.notify()
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="pictures", daemon=True)
            self._thread.start()

    def busy(self) -> bool:
        """Whether pictures are waiting or being read."""
        with self._ready:
            return bool(self._pending)

    def _work(self) -> None:
        if sys.platform.startswith("linux"):
            # A Linux thread has its own nice value: the GUI thread keeps its share first.
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)
        while True:
            with self._ready:
                while not self._wanted:
                    self._ready.wait()
                name, path, width = self._wanted.pop()  # the latest first
            image = scaled_picture(path, width)
            with self._ready:
                self._pending.discard(name)
            self.loaded.emit(name, image)  # queued to the GUI thread's receivers


_LOADER: PictureLoader | None = None


def picture_loader() -> PictureLoader:
    """The process's one loader (made on first use, on the GUI thread)."""
    global _LOADER
    if _LOADER is None:
        _LOADER = PictureLoader()
    return _LOADER
