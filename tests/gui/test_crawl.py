"""The ticker crawl moves in its reading direction, leads with breaking items and pauses on hover."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from newsdesk.gui.ticker.crawl import CrawlItem, TickerCrawl

pytestmark = pytest.mark.gui

ARABIC = [
    CrawlItem("الحكومة تصادق على مشروع قانون المالية", "ar"),
    CrawlItem("CNSS يسجل 641 ألف صانع تقليدي", "ar"),
]
FRENCH = [
    ("Le gouvernement adopte le projet de loi de finances", "fr", False),
    ("Séisme de magnitude 5 dans la province d'Al Haouz", "fr", False),
]


@pytest.fixture
def crawl(qtbot) -> TickerCrawl:
    widget = TickerCrawl(speed=100)
    widget.resize(800, widget.sizeHint().height())
    # The offscreen platform's pointer rests near the top-left corner: keep it off the crawl.
    widget.move(300, 300)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.is_paused()
    return widget


def test_arabic_crawl_moves_left_to_right_start_first(crawl: TickerCrawl) -> None:
    crawl.set_items(ARABIC)
    crawl.stop()
    assert crawl.direction() == "rtl"
    first = crawl.item_rect(0)
    # The item's start (its right end) stands at the left edge, about to enter.
    assert first.right() == pytest.approx(0, abs=1)
    assert crawl.item_rect(1).right() < first.left()
    crawl.advance(500)
    moved = crawl.item_rect(0)
    assert moved.left() - first.left() == pytest.approx(50, abs=0.5)


def test_french_crawl_moves_right_to_left_start_first(crawl: TickerCrawl) -> None:
    crawl.set_items(FRENCH)
    crawl.stop()
    assert crawl.direction() == "ltr"
    first = crawl.item_rect(0)
    assert first.left() == pytest.approx(crawl.width(), abs=1)
    assert crawl.item_rect(1).left() > first.right()
    crawl.advance(500)
    assert first.left() - crawl.item_rect(0).left() == pytest.approx(50, abs=0.5)


def test_crawl_runs_on_its_timer(qtbot, crawl: TickerCrawl) -> None:
    crawl.set_items(ARABIC)
    qtbot.waitUntil(lambda: crawl.offset() > 10, timeout=3000)


def test_breaking_items_lead(crawl: TickerCrawl) -> None:
    crawl.set_items([*ARABIC, CrawlItem("زلزال بقوة 5 درجات يضرب إقليم الحوز", "ar", True)])
    assert [item.breaking for item in crawl.items()] == [True, False, False]
    assert crawl.items()[0].text.startswith("زلزال")
    badge = next(s for s in crawl._segments if s.badge)
    assert badge.item == 0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("عاجل: زلزال يضرب إقليم الحوز", "ar"),
        ("Urgent : séisme au Haouz", "fr"),
        ("BREAKING quake", "en"),
    ],
)
def test_a_text_that_says_breaking_is_not_labelled_twice(
    crawl: TickerCrawl, text: str, language: str
) -> None:
    crawl.set_items([CrawlItem(text, language, True), CrawlItem("زلزال بقوة 5 درجات", "ar", True)])
    badges = [s for s in crawl._segments if s.badge]
    assert [b.item for b in badges] == [1]


def test_hover_pauses_and_leaving_resumes(crawl: TickerCrawl) -> None:
    crawl.set_items(FRENCH)
    crawl.stop()
    point = QPointF(10, 10)
    QApplication.sendEvent(crawl, QEnterEvent(point, point, point))
    assert crawl.is_paused()
    before = crawl.offset()
    crawl.advance(500)
    assert crawl.offset() == before
    QApplication.sendEvent(crawl, QEvent(QEvent.Type.Leave))
    assert not crawl.is_paused()
    crawl.advance(500)
    assert crawl.offset() > before


def test_speed_and_separator_are_configurable(crawl: TickerCrawl) -> None:
    crawl.set_items(FRENCH)
    crawl.stop()
    crawl.set_speed(200)
    crawl.advance(250)
    assert crawl.offset() == pytest.approx(50)
    plain = crawl.period()
    crawl.set_separator("  ///  ")
    assert crawl.period() > plain


def test_crawl_wraps_around(crawl: TickerCrawl) -> None:
    crawl.set_items(ARABIC)
    crawl.stop()
    for _ in range(100):
        crawl.advance(1000)
    assert 0 <= crawl.offset() < crawl.width() + crawl.period()


def test_crawl_paints(crawl: TickerCrawl) -> None:
    crawl.set_items([*ARABIC, CrawlItem("عاجل جدا", "ar", True)])
    crawl.stop()
    crawl.advance(3000)
    image = crawl.grab().toImage()
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(0, image.width(), 3)}
    assert len(colours) > 3
