"""A page drawn as a picture, for a print preview that would otherwise set its text anew.

Qt's print preview records the drawing and plays it back at the preview's zoom, shaping the
text again with the screen's font metrics: right-to-left lines then come out wider than laid out
and lose their first letters past the column's edge. Drawn into an image first, the page is
shown exactly as the PDF and the printer get it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

# One and a half times the page's own resolution: sharp up to the preview's zoom of 150 %,
# at 5 MB a page (three bytes a pixel; the page is white, so no transparency).
SCALE = 1.5


def draw_as_image(
    painter: QPainter, width: float, height: float, draw: Callable[[QPainter], None]
) -> None:
    """Run `draw` on an image of the page (`width` by `height`), then put it on `painter`."""
    image = QImage(math.ceil(width * SCALE), math.ceil(height * SCALE), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    inner = QPainter(image)
    inner.setRenderHint(QPainter.RenderHint.Antialiasing)
    inner.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    inner.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    inner.scale(SCALE, SCALE)
    try:
        draw(inner)
    finally:
        inner.end()
    # Recorded with the picture: the preview then scales the page smoothly to its zoom.
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRectF(0, 0, width, height), image)
    painter.restore()
