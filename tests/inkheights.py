"""How high letters stand on a rendered page: measured in its pixels, from the baseline up."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

# A pixel darker than this is ink (the page is white, the text near black).
INK = 160
# Letters that stand at the x-height in Latin and their Arabic counterparts (bowls and teeth).
LATIN_X = "xonus"
ARABIC_X = "هسمصب"


def ink_top(image: QImage, left: int, right: int, top: int, baseline: int) -> int | None:
    """The highest row with ink between columns left..right, searched from `top` to the baseline."""
    for y in range(max(0, top), min(baseline, image.height())):
        for x in range(max(0, left), min(right + 1, image.width())):
            if QColor(image.pixel(x, y)).value() < INK:
                return y
    return None


def ink_bottom(image: QImage, left: int, right: int, top: int, bottom: int) -> int | None:
    """The lowest row with ink between columns left..right, from `top` down to `bottom`."""
    for y in range(min(bottom, image.height() - 1), max(0, top) - 1, -1):
        for x in range(max(0, left), min(right + 1, image.width())):
            if QColor(image.pixel(x, y)).value() < INK:
                return y
    return None


def mean(values: list[float]) -> float:
    """The arithmetic mean of a non-empty list."""
    assert values
    return sum(values) / len(values)
