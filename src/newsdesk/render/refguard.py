"""A guard against a reference-counting fault of some PySide6 builds: void calls drop None.

PySide6 6.12 on CPython 3.11 gives up one reference to None for every Qt method that returns
nothing (QPainter.save, QTextCursor.setPosition, ...). CPython 3.12 made None immortal, so there
it does no harm; on 3.11 a long run of PDF pages (about 165 such calls an article) takes None's
count to zero and the interpreter aborts with "deallocating None", mid-run or at exit. The guard
finds out once whether the running Qt has the fault, and if so gives back, after each piece of
Qt work, the references that work took. Giving back a few too many is harmless (None is never
freed); a reserve covers what one piece of work takes before it is given back.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

RESERVE = 100_000
_PROBE_CALLS = 64

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def give_back(count: int) -> None:
    """Add `count` references to None."""
    for _ in range(count):
        _incref(None)


class NoneRefGuard:
    """Measures and repays the references to None that Qt calls drop, where they do."""

    def __init__(self) -> None:
        self.leaking: bool | None = None
        self._lock = threading.Lock()

    def check(self, void_call: Callable[[], object]) -> bool:
        """Find out (once) whether a void Qt call drops a reference to None; repay if so."""
        with self._lock:
            if self.leaking is None:
                before = sys.getrefcount(None)
                for _ in range(_PROBE_CALLS):
                    void_call()
                lost = before - sys.getrefcount(None)
                self.leaking = lost >= _PROBE_CALLS // 2
                if self.leaking:
                    give_back(lost + RESERVE)
            return self.leaking

    @contextmanager
    def balanced(self) -> Iterator[None]:
        """Run a piece of Qt work, then give back what it took from None (if anything)."""
        if not self.leaking:
            yield
            return
        before = sys.getrefcount(None)
        try:
            yield
        finally:
            lost = before - sys.getrefcount(None)
            if lost > 0:
                give_back(lost)


GUARD = NoneRefGuard()
