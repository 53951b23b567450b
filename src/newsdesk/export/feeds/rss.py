"""The RSS 2.0 ticker feed: one item per headline, breaking ones marked by a category."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from newsdesk import __version__
from newsdesk.domain.ticker import TickerChannel, TickerItem
from newsdesk.export.feeds.common import feed_items, xml_text

BREAKING_CATEGORY = "breaking"


def rfc822(value: datetime) -> str:
    """A time as RSS wants it (RFC 822, in GMT): "Wed, 28 Feb 2024 12:30:00 GMT"."""
    return format_datetime(value.astimezone(UTC), usegmt=True)


def render_rss(
    items: Sequence[TickerItem],
    channel: TickerChannel,
    now: datetime,
    *,
    title: str = "Newsdesk",
    link: str = "https://news.example/",
    description: str = "",
) -> str:
    """The RSS 2.0 feed of what `channel` airs at `now`."""
    rss = Element("rss", version="2.0")
    head = SubElement(rss, "channel")
    _text(head, "title", f"{title}: {channel.name}")
    _text(head, "link", link)
    _text(head, "description", description or f"Headlines on the {channel.name} ticker")
    _text(head, "language", channel.language)
    _text(head, "pubDate", rfc822(now))
    _text(head, "lastBuildDate", rfc822(now))
    _text(head, "generator", f"Newsdesk {__version__}")
    for item in feed_items(items, now):
        entry = SubElement(head, "item")
        _text(entry, "title", item.text)
        guid = _text(entry, "guid", item.id)
        guid.set("isPermaLink", "false")
        _text(entry, "pubDate", rfc822(_aired(item, now)))
        if item.breaking:
            _text(entry, "category", BREAKING_CATEGORY)
    indent(rss)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + tostring(rss, encoding="unicode") + "\n"


def _text(parent: Element, tag: str, text: str) -> Element:
    element = SubElement(parent, tag)
    element.text = xml_text(text)
    return element


def _aired(item: TickerItem, now: datetime) -> datetime:
    """When the item went on air: its approval or its start, whichever came later."""
    known = [t for t in (item.approved_at, item.starts_at) if t is not None]
    return max(known) if known else item.created_at or now
