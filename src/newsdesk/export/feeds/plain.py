"""Plain text for character generators: one item a line, or all on one line with a separator."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newsdesk.domain.ticker import TickerChannel, TickerItem
from newsdesk.export.feeds.common import feed_items, one_line, visual_line


def render_text(
    items: Sequence[TickerItem],
    channel: TickerChannel,
    now: datetime,
    *,
    visual: bool = False,
    separator: str | None = None,
) -> str:
    """The text feed of what `channel` airs at `now`, each line ending in a newline.

    Text is in logical order unless `visual`, for devices with no bidi engine: then each line
    is in left-to-right display order with Arabic letters in their joined forms.
    """
    aired = feed_items(items, now)
    if separator is not None:
        lines = (
            [(separator.join(one_line(i.text) for i in aired), channel.language)] if aired else []
        )
    else:
        lines = [(one_line(i.text), i.language) for i in aired]
    if visual:
        lines = [(visual_line(line, language), language) for line, language in lines]
    return "".join(line + "\n" for line, _ in lines)
