"""Shaped widths of ticker items, measured offscreen."""

from __future__ import annotations

import pytest

from newsdesk.gui.ticker.measure import crawl_font, items_too_long, measure_width

pytestmark = pytest.mark.gui


def test_width_grows_with_text(qapp) -> None:
    font = crawl_font(20)
    widths = [measure_width(text, font) for text in ("خبر", "خبر عاجل", "خبر عاجل من الرباط")]
    assert 0 < widths[0] < widths[1] < widths[2]
    assert measure_width("", font) == 0
    assert measure_width("Breaking news", font) < measure_width("Breaking news from Rabat", font)


def test_bigger_font_is_wider(qapp) -> None:
    assert measure_width("خبر عاجل", crawl_font(30)) > measure_width("خبر عاجل", crawl_font(15))


def test_arabic_is_measured_shaped(qapp) -> None:
    font = crawl_font(24)
    # Joined (medial) forms are narrower than the same letters standing alone.
    assert measure_width("ببب", font) < 3 * measure_width("ب", font)


def test_items_too_long_for_the_window(qapp) -> None:
    font = crawl_font(20)
    short = "خبر قصير"
    long = "الحكومة تصادق على مشروع قانون المالية للسنة المقبلة بعد نقاش طويل في البرلمان"
    report = items_too_long([short, long], font, window_px=300)
    assert [(r.index, r.text) for r in report] == [(1, long)]
    assert report[0].width == measure_width(long, font)
    assert report[0].overflow == report[0].width - 300
    assert items_too_long([short, long], font, window_px=100_000) == []
