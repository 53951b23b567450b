"""The ticker crawl preview: items scrolling across a strip as they will on air."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QTextLayout
from PySide6.QtWidgets import QSizePolicy, QWidget

from newsdesk.gui.ticker.measure import crawl_font, shaped_layout
from newsdesk.render.labels import BREAKING, label
from newsdesk.text.breaking import starts_with_breaking_label
from newsdesk.text.direction import Direction, language_direction, resolve_direction

DEFAULT_SPEED = 90.0  # pixels per second
DEFAULT_SEPARATOR = "◆"
FRAME_MS = 16
PADDING = 8.0
BADGE_PADDING = 8.0

STRIP = QColor("#10243e")
INK = QColor("#ffffff")
SEPARATOR_INK = QColor("#7fa3cc")
BREAKING_INK = QColor("#ffd34d")
BADGE = QColor("#c8102e")


@dataclass(frozen=True)
class CrawlItem:
    """One item on the crawl: its text, language and whether it is breaking news."""

    text: str
    language: str = "ar"
    breaking: bool = False


@dataclass
class _Segment:
    """A piece of the strip: its layout, place along the reading direction and colours."""

    layout: QTextLayout
    start: float
    width: float
    ink: QColor
    item: int | None = None
    badge: bool = False


def _as_item(value: CrawlItem | tuple) -> CrawlItem:
    return value if isinstance(value, CrawlItem) else CrawlItem(*value)


class TickerCrawl(QWidget):
    """Scrolls items in the crawl's reading direction; breaking items lead; pauses on hover.

    An Arabic crawl moves left to right, so each item's start (its right end) enters first;
    a Latin crawl moves right to left.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
        speed: float = DEFAULT_SPEED,
        separator: str = DEFAULT_SEPARATOR,
        font: QFont | None = None,
    ):
        super().__init__(parent)
        self._language = language
        self._speed = float(speed)
        self._separator = separator
        self._font = font or crawl_font()
        self._items: list[CrawlItem] = []
        self._segments: list[_Segment] = []
        self._period = 0.0
        self._offset = 0.0
        self._hovered = False
        self._paused = False
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- settings -----------------------------------------------------------------------------

    def set_items(self, items: Iterable[CrawlItem | tuple]) -> None:
        """Show these items, breaking ones first, and restart the crawl from its entry edge."""
        crawl_items = [_as_item(item) for item in items]
        self._items = sorted(crawl_items, key=lambda item: not item.breaking)
        self._offset = 0.0
        self._rebuild()
        if self._items:
            self.start()
        else:
            self.stop()

    def items(self) -> list[CrawlItem]:
        """The items in crawl order (breaking first)."""
        return list(self._items)

    def set_language(self, language: str | None) -> None:
        """Fix the crawl's language (its direction); None follows the items."""
        self._language = language
        self._rebuild()

    def set_speed(self, pixels_per_second: float) -> None:
        """Set the crawl speed in pixels per second."""
        self._speed = max(0.0, float(pixels_per_second))

    def speed(self) -> float:
        """The crawl speed in pixels per second."""
        return self._speed

    def set_separator(self, separator: str) -> None:
        """Set the text shown between items."""
        self._separator = separator
        self._rebuild()

    def direction(self) -> Direction:
        """The crawl's reading direction: "rtl" moves left to right, "ltr" right to left."""
        if self._language:
            return language_direction(self._language)
        if not self._items:
            return "rtl"
        votes = [resolve_direction(item.text, item.language) for item in self._items]
        return "rtl" if votes.count("rtl") >= votes.count("ltr") else "ltr"

    # -- running ------------------------------------------------------------------------------

    def start(self) -> None:
        """Start (or resume) scrolling."""
        self._paused = False
        self._clock.start()
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        """Stop scrolling."""
        self._timer.stop()

    def is_paused(self) -> bool:
        """True while the crawl is held by the pointer."""
        return self._paused or self._hovered

    def offset(self) -> float:
        """How far the strip has moved from its entry position, in pixels."""
        return self._offset

    def period(self) -> float:
        """The width of one pass of all items and separators, in pixels."""
        return self._period

    def advance(self, milliseconds: float) -> None:
        """Move the strip as `milliseconds` of crawl time would (nothing while paused)."""
        if self.is_paused() or self._period <= 0:
            return
        self._offset += self._speed * milliseconds / 1000.0
        # Once a whole pass has gone by, the next copy stands where the first one started.
        limit = self.width() + self._period
        while self._offset >= limit:
            self._offset -= self._period
        self.update()

    def item_rect(self, index: int) -> QRectF:
        """Where item `index` (in crawl order) stands now, first pass, in widget pixels."""
        for segment in self._segments:
            if segment.item == index and not segment.badge:
                return self._rect(segment, 0)
        raise IndexError(index)

    def _tick(self) -> None:
        elapsed = self._clock.restart()
        self.advance(elapsed)

    # -- layout and painting ------------------------------------------------------------------

    def _rebuild(self) -> None:
        font = self._font
        bold = QFont(font)
        bold.setBold(True)
        direction = self.direction()
        crawl_language = self._language or ("ar" if direction == "rtl" else "en")
        segments: list[_Segment] = []
        cursor = 0.0
        gap = QFontMetricsF(font).horizontalAdvance(" ") * 2

        def add(text: str, use: QFont, language: str, ink: QColor, **kw) -> None:
            nonlocal cursor
            layout = shaped_layout(text, use, language)
            width = layout.lineAt(0).naturalTextWidth() if layout.lineCount() else 0.0
            if kw.get("badge"):
                width += 2 * BADGE_PADDING
            segments.append(_Segment(layout, cursor, width, ink, **kw))
            cursor += width + gap

        for index, item in enumerate(self._items):
            # A text that opens with "عاجل:" already says so; a badge would say it twice.
            if item.breaking and not starts_with_breaking_label(item.text):
                add(
                    label(BREAKING, item.language), bold, item.language, INK, item=index, badge=True
                )
            ink = BREAKING_INK if item.breaking else INK
            add(item.text, bold if item.breaking else font, item.language, ink, item=index)
            if self._separator:
                add(self._separator, font, crawl_language, SEPARATOR_INK)
        self._segments = segments
        self._period = cursor
        self.update()

    def _rect(self, segment: _Segment, copy: int) -> QRectF:
        start = segment.start + copy * self._period
        height = self.height()
        if self.direction() == "rtl":
            left = self._offset - start - segment.width
        else:
            left = self.width() - self._offset + start
        return QRectF(left, 0, segment.width, height)

    def sizeHint(self) -> QSize:
        """One line of crawl text with some room above and below."""
        height = math.ceil(QFontMetricsF(self._font).height() + 2 * PADDING)
        return QSize(640, height)

    def minimumSizeHint(self) -> QSize:
        """As tall as the text needs."""
        return QSize(120, self.sizeHint().height())

    def enterEvent(self, event) -> None:
        """Hold the crawl while the pointer is over it."""
        self._hovered = True
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        """Move on once the pointer leaves."""
        self._hovered = False
        self._clock.restart()
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw every segment of every pass that is on screen."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), STRIP)
        if self._period <= 0:
            return
        width = float(self.width())
        copies = range(0, math.ceil((self._offset + width) / self._period) + 1)
        for copy in copies:
            for segment in self._segments:
                rect = self._rect(segment, copy)
                if rect.right() < 0 or rect.left() > width:
                    continue
                self._draw(painter, segment, rect)
        painter.end()

    def _draw(self, painter: QPainter, segment: _Segment, rect: QRectF) -> None:
        layout = segment.layout
        if layout.lineCount() == 0:
            return
        line = layout.lineAt(0)
        y = (rect.height() - line.height()) / 2
        x = rect.left()
        if segment.badge:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE)
            painter.drawRoundedRect(QRectF(x, y - 2, rect.width(), line.height() + 4), 4, 4)
            x += BADGE_PADDING
        painter.setPen(segment.ink)
        layout.draw(painter, QPointF(x, y))
