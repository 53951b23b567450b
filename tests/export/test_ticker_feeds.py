"""Ticker feeds as pure functions: order, expiry at a frozen clock, and each format's rules."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import timedelta
from email.utils import parsedate_to_datetime
from importlib.resources import files

import arabic_reshaper
import feedparser
import jsonschema
import pytest
from bidi import get_display

from newsdesk.domain.ticker import TickerChannel, TickerItem, TickerStatus
from newsdesk.errors import InvalidInputError
from newsdesk.export.feeds.caspar import render_caspar
from newsdesk.export.feeds.json_feed import load_schema, render_json
from newsdesk.export.feeds.plain import render_text
from newsdesk.export.feeds.registry import FORMATS, FeedOptions, render_feed
from newsdesk.export.feeds.rss import render_rss
from rss_rules import rss_problems
from ticker_support import NOW, seed_ticker

HOUR = timedelta(hours=1)
CHANNEL = TickerChannel("site", "ar", 1280)


def _item(n: int, text: str, **fields) -> TickerItem:
    fields.setdefault("status", TickerStatus.APPROVED)
    fields.setdefault("expires_at", NOW + 6 * HOUR)
    fields.setdefault("approved_at", NOW - timedelta(minutes=n))
    return TickerItem(id=f"item-{n}", channel="site", text=text, position=n, **fields)


@pytest.fixture
def seed_items() -> list[TickerItem]:
    """The captured page's ticker as approved items, its عاجل headline breaking, plus items
    that must never air: a draft, a withdrawn one, an expired one and one not yet started."""
    seed = seed_ticker()
    items = [_item(n, text) for n, text in enumerate(seed.headlines)]
    items.append(_item(9, seed.breaking, breaking=True, urgency=1, expires_at=NOW + HOUR))
    items += [
        _item(10, "مسودة لم تعتمد", status=TickerStatus.DRAFT),
        _item(11, "خبر سحب من الشريط", status=TickerStatus.WITHDRAWN),
        _item(12, "خبر انتهت مدته", expires_at=NOW),
        _item(13, "خبر مبرمج لاحقا", starts_at=NOW + HOUR),
    ]
    return items


def _aired(seed_items: list[TickerItem]) -> list[str]:
    seed = seed_ticker()
    return [seed.breaking, *seed.headlines]


def test_json_feed_validates_against_the_shipped_schema(seed_items) -> None:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    feed = json.loads(render_json(seed_items, CHANNEL, NOW))
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(feed)
    assert [i["text"] for i in feed["items"]] == _aired(seed_items)
    assert [i["position"] for i in feed["items"]] == list(range(6))
    first = feed["items"][0]
    assert (first["breaking"], first["urgency"], first["language"], first["direction"]) == (
        True,
        1,
        "ar",
        "rtl",
    )
    assert feed["ticker"] == {
        "name": "site",
        "language": "ar",
        "direction": "rtl",
        "window_px": 1280,
    }
    assert feed["generated_at"] == "2024-02-28T12:30:00+00:00"


def test_the_schema_rejects_what_the_format_forbids(seed_items) -> None:
    validator = jsonschema.Draft202012Validator(load_schema())
    feed = json.loads(render_json(seed_items, CHANNEL, NOW))
    feed["items"][0]["direction"] = "auto"
    feed["items"][1]["urgency"] = 0
    del feed["items"][2]["text"]
    assert len(list(validator.iter_errors(feed))) == 3


def test_the_schema_ships_inside_the_package() -> None:
    schema_file = files("newsdesk").joinpath("export", "schemas", "ticker-feed.schema.json")
    assert schema_file.is_file()
    assert json.loads(schema_file.read_text(encoding="utf-8"))["title"].startswith("Newsdesk")


def test_expiry_is_judged_at_the_moment_of_export(seed_items) -> None:
    just_before = NOW + HOUR - timedelta(microseconds=1)
    texts = [i["text"] for i in json.loads(render_json(seed_items, CHANNEL, just_before))["items"]]
    assert texts[0] == seed_ticker().breaking
    texts = [i["text"] for i in json.loads(render_json(seed_items, CHANNEL, NOW + HOUR))["items"]]
    assert texts == [*seed_ticker().headlines, "خبر مبرمج لاحقا"]
    assert render_text(seed_items, CHANNEL, NOW + 7 * HOUR) == ""


def test_rss_parses_to_the_same_titles_in_the_same_order(seed_items) -> None:
    rss = render_rss(seed_items, CHANNEL, NOW, title="Hespress", link="https://news.example/")
    assert rss_problems(rss) == []
    parsed = feedparser.parse(rss)
    assert not parsed.bozo
    assert parsed.version == "rss20"
    assert [e.title for e in parsed.entries] == _aired(seed_items)
    assert parsed.feed.language == "ar"
    assert parsed.feed.title == "Hespress: site"
    first = parsed.entries[0]
    assert first.id == "item-9" and first.guidislink is False
    assert [t.term for t in first.tags] == ["breaking"]
    assert all("tags" not in e for e in parsed.entries[1:])


def test_rss_elements_and_dates_follow_rss_2(seed_items) -> None:
    root = ET.fromstring(render_rss(seed_items, CHANNEL, NOW).encode("utf-8"))
    assert root.tag == "rss" and root.get("version") == "2.0"
    [channel] = root.findall("channel")
    for name in ("title", "link", "description", "language", "pubDate"):
        assert (channel.findtext(name) or "").strip(), name
    assert parsedate_to_datetime(channel.findtext("pubDate")) == NOW
    assert channel.findtext("pubDate") == "Wed, 28 Feb 2024 12:30:00 GMT"
    for entry in channel.findall("item"):
        assert entry.findtext("title")
        assert entry.find("guid").get("isPermaLink") == "false"
        assert parsedate_to_datetime(entry.findtext("pubDate")) <= NOW


def test_plain_text_is_one_item_a_line_in_logical_order(seed_items) -> None:
    assert render_text(seed_items, CHANNEL, NOW).splitlines() == _aired(seed_items)
    joined = render_text(seed_items, CHANNEL, NOW, separator=" • ")
    assert joined == " • ".join(_aired(seed_items)) + "\n"


def _reference_visual(line: str) -> str:
    # What a legacy character generator needs, straight from the two libraries.
    return get_display(arabic_reshaper.reshape(line), base_dir="R")


def test_visual_text_matches_python_bidi_with_joined_arabic(seed_items) -> None:
    lines = render_text(seed_items, CHANNEL, NOW, visual=True).splitlines()
    assert lines == [_reference_visual(text) for text in _aired(seed_items)]
    assert "CNSS" in lines[0] and "641" in lines[0]
    assert all("\ufe70" <= c <= "\ufeff" for c in lines[1].replace(" ", "").replace(".", ""))
    joined = render_text(seed_items, CHANNEL, NOW, visual=True, separator=" • ")
    assert joined == _reference_visual(" • ".join(_aired(seed_items))) + "\n"


def test_caspar_template_data_is_valid_escaped_xml(seed_items) -> None:
    tricky = _item(20, "A&B <\"قال\"> 'x'\x01 end\x0bnext", urgency=3)
    root = ET.fromstring(render_caspar([*seed_items, tricky], CHANNEL, NOW))
    assert root.tag == "templateData"
    components = root.findall("componentData")
    assert [c.get("id") for c in components] == [f"f{n}" for n in range(7)]
    values = [c.find("data[@id='text']").get("value") for c in components]
    assert values == [*_aired(seed_items), "A&B <\"قال\"> 'x' end next"]
    visual = ET.fromstring(render_caspar(seed_items, CHANNEL, NOW, visual=True))
    assert [d.get("value") for d in visual.iter("data")] == [
        _reference_visual(t) for t in _aired(seed_items)
    ]


def test_every_format_through_the_registry(seed_items) -> None:
    assert set(FORMATS) == {"json", "rss", "txt", "caspar"}
    for name in FORMATS:
        assert seed_ticker().breaking in render_feed(name, seed_items, CHANNEL, NOW)
    with pytest.raises(InvalidInputError, match="unknown ticker feed format"):
        render_feed("atom", seed_items, CHANNEL, NOW)
    with pytest.raises(InvalidInputError, match="visual order"):
        render_feed("json", seed_items, CHANNEL, NOW, FeedOptions(visual=True))
    with pytest.raises(InvalidInputError, match="separator"):
        render_feed("rss", seed_items, CHANNEL, NOW, FeedOptions(separator=" | "))


def test_an_empty_channel_gives_empty_but_valid_feeds() -> None:
    assert json.loads(render_json([], CHANNEL, NOW))["items"] == []
    assert rss_problems(render_rss([], CHANNEL, NOW)) == []
    assert render_text([], CHANNEL, NOW) == ""
    assert ET.fromstring(render_caspar([], CHANNEL, NOW)).tag == "templateData"
