"""Shaped text widths for the ticker: how many pixels an item takes on air (no widgets needed)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from newsdesk.text.direction import resolve_direction

CRAWL_FAMILIES = ["Noto Sans Arabic", "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans"]


def crawl_font(point_size: float = 20, *, bold: bool = False) -> QFont:
    """The default crawl font: a sans family that shapes Arabic, at `point_size`."""
    font = QFont()
    font.setFamilies(CRAWL_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def shaped_layout(text: str, font: QFont, language: str = "ar") -> QTextLayout:
    """A one-line QTextLayout of `text`, shaped and laid out in its own resolved direction."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    rtl = resolve_direction(text, language) == "rtl"
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    if line.isValid():
        # Measure on an unbounded line, then fit the line to the text so that right-to-left
        # text, which Qt aligns to the line's right end, starts at x = 0 like any other.
        line.setLineWidth(1e9)
        line.setLineWidth(math.ceil(line.naturalTextWidth()))
        line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return layout


def measure_width(text: str, font: QFont, language: str = "ar") -> int:
    """The rendered width of `text` in `font`, in pixels, after shaping (joined Arabic forms)."""
    if not text:
        return 0
    layout = shaped_layout(text, font, language)
    if layout.lineCount() == 0:
        return 0
    return math.ceil(layout.lineAt(0).naturalTextWidth())


@dataclass(frozen=True)
class TooLong:
    """An item wider than the on-air window."""

    index: int
    text: str
    width: int
    window: int

    @property
    def overflow(self) -> int:
        """How many pixels the item is over."""
        return self.width - self.window


def items_too_long(
    texts: Iterable[str], font: QFont, window_px: int, language: str = "ar"
) -> list[TooLong]:
    """The items whose shaped width exceeds an on-air window of `window_px` pixels."""
    found: list[TooLong] = []
    for index, text in enumerate(texts):
        width = measure_width(text, font, language)
        if width > window_px:
            found.append(TooLong(index, text, width, window_px))
    return found
