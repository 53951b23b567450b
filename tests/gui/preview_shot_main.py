"""Draws the fidelity test's article in the preview, in a process of its own.

Qt reads the machine's fonts once per process, when it first needs them. The comparison with
the browser must see the fonts the test shows fontconfig (FONTCONFIG_FILE), as a machine that
has them installed would; a test process whose earlier tests already made Qt read its fonts
cannot. Usage: preview_shot_main.py SRC WIDTH PIXELS OUT.png (prints the measured rows as JSON).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


class Waiter:
    """The little of pytest-qt's qtbot that drawing the preview needs."""

    def __init__(self) -> None:
        self.kept: list[QWidget] = []

    def addWidget(self, widget: QWidget) -> None:
        self.kept.append(widget)

    def waitUntil(self, done: Callable[[], object], timeout: int = 10_000) -> None:
        end = time.monotonic() + timeout / 1000
        while not done():
            if time.monotonic() > end:
                raise TimeoutError("the preview was not drawn in time")
            QApplication.processEvents()
            time.sleep(0.01)

    def waitExposed(self, widget: QWidget) -> None:
        self.waitUntil(lambda: widget.windowHandle() is not None and widget.windowHandle().isExposed())


def main(src: str, width: str, pixels: int, out: Path) -> None:
    """Draw, save the picture, print the rows."""
    app = QApplication([])
    from test_preview_fidelity import article, preview_shot

    from newsdesk.gui.fonts import register_fonts

    register_fonts()
    _pane, shot = preview_shot(Waiter(), article(src), width, pixels)
    shot.image.save(str(out))
    print(json.dumps(shot.rows))
    app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
