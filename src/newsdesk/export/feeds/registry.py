"""The ticker feed formats by name, with what a writer needs to know about each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from newsdesk.domain.ticker import TickerChannel, TickerItem
from newsdesk.errors import InvalidInputError
from newsdesk.export.feeds.caspar import render_caspar
from newsdesk.export.feeds.json_feed import render_json
from newsdesk.export.feeds.plain import render_text
from newsdesk.export.feeds.rss import render_rss


@dataclass(frozen=True)
class FeedOptions:
    """Choices a feed may use: visual order and separator (text), title and link (RSS)."""

    visual: bool = False
    separator: str | None = None
    title: str = "Newsdesk"
    link: str = "https://news.example/"
    description: str = ""


Render = Callable[[Sequence[TickerItem], TickerChannel, datetime, FeedOptions], str]


@dataclass(frozen=True)
class FeedFormat:
    """One feed format: its name, media type, file extension and renderer."""

    name: str
    media_type: str
    extension: str
    render: Render
    visual: bool = False


FORMATS: dict[str, FeedFormat] = {
    f.name: f
    for f in (
        FeedFormat(
            "json",
            "application/json",
            "json",
            lambda items, ch, now, o: render_json(items, ch, now),
        ),
        FeedFormat(
            "rss",
            "application/rss+xml",
            "xml",
            lambda items, ch, now, o: render_rss(
                items, ch, now, title=o.title, link=o.link, description=o.description
            ),
        ),
        FeedFormat(
            "txt",
            "text/plain; charset=utf-8",
            "txt",
            lambda items, ch, now, o: render_text(
                items, ch, now, visual=o.visual, separator=o.separator
            ),
            visual=True,
        ),
        FeedFormat(
            "caspar",
            "application/xml",
            "xml",
            lambda items, ch, now, o: render_caspar(items, ch, now, visual=o.visual),
            visual=True,
        ),
    )
}


def feed_format(name: str) -> FeedFormat:
    """The format called `name`, or InvalidInputError naming the known ones."""
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise InvalidInputError(f"unknown ticker feed format '{name}' (one of {known})") from None


def render_feed(
    name: str,
    items: Sequence[TickerItem],
    channel: TickerChannel,
    now: datetime,
    options: FeedOptions | None = None,
) -> str:
    """The feed of what `channel` airs at `now`, in the named format."""
    fmt = feed_format(name)
    options = options or FeedOptions()
    if options.visual and not fmt.visual:
        raise InvalidInputError(f"visual order is for the txt and caspar feeds, not {name}")
    if options.separator is not None and name != "txt":
        raise InvalidInputError(f"a separator is for the txt feed, not {name}")
    return fmt.render(items, channel, now, options)
