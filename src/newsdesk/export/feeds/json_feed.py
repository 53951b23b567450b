"""The JSON ticker feed, described by the JSON Schema that ships in export/schemas/."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

from newsdesk.domain.ticker import TickerChannel, TickerItem
from newsdesk.export.feeds.common import feed_items, iso_time, one_line
from newsdesk.text.direction import language_direction, resolve_direction

FORMAT = "newsdesk-ticker"
VERSION = 1
SCHEMA_FILE = "ticker-feed.schema.json"


def schema_file() -> Traversable:
    """The JSON Schema of this feed, as shipped inside the package."""
    return files("newsdesk").joinpath("export", "schemas", SCHEMA_FILE)


def load_schema() -> dict[str, Any]:
    """The JSON Schema of this feed, parsed."""
    schema: dict[str, Any] = json.loads(schema_file().read_text(encoding="utf-8"))
    return schema


def feed_dict(items: Sequence[TickerItem], channel: TickerChannel, now: datetime) -> dict[str, Any]:
    """The feed as plain JSON values."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "ticker": {
            "name": channel.name,
            "language": channel.language,
            "direction": language_direction(channel.language),
            "window_px": channel.window_px,
        },
        "generated_at": iso_time(now),
        "items": [_item(item, i) for i, item in enumerate(feed_items(items, now))],
    }


def _item(item: TickerItem, position: int) -> dict[str, Any]:
    text = one_line(item.text)
    return {
        "id": item.id,
        "text": text,
        "language": item.language,
        "direction": resolve_direction(text, item.language),
        "breaking": item.breaking,
        "urgency": item.urgency,
        "position": position,
        "starts_at": iso_time(item.starts_at),
        "expires_at": iso_time(item.expires_at),
        "article_id": item.article_id,
    }


def render_json(items: Sequence[TickerItem], channel: TickerChannel, now: datetime) -> str:
    """The JSON feed of what `channel` airs at `now`."""
    # Compact: indenting switches json to its pure-Python encoder, several times slower.
    data = feed_dict(items, channel, now)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
