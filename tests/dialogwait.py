"""Acting on a dialog as soon as it shows, from inside the modal loop that shows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def when_shown(kind: type[W], act: Callable[[W], None], tries: int = 100) -> list[W]:
    """Call `act` on the first visible window of `kind` once it shows (looking every 50 ms).

    Returns the list the window is put in when found, empty while (or if) none showed.
    """
    seen: list[W] = []

    def look() -> None:
        nonlocal tries
        tries -= 1
        found = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )
        if found is None:
            if tries > 0:
                QTimer.singleShot(50, look)
            return
        seen.append(found)
        act(found)

    QTimer.singleShot(0, look)
    return seen
