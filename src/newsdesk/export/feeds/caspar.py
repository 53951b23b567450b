"""CasparCG template data: one component per item, f0, f1, ..., each holding its text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from xml.etree.ElementTree import Element, SubElement, tostring

from newsdesk.domain.ticker import TickerChannel, TickerItem
from newsdesk.export.feeds.common import feed_items, visual_line, xml_text


def render_caspar(
    items: Sequence[TickerItem],
    channel: TickerChannel,
    now: datetime,
    *,
    visual: bool = False,
) -> str:
    """The `<templateData>` of what `channel` airs at `now`, in air order.

    With `visual`, text is in display order with joined Arabic, for templates with no bidi
    engine of their own.
    """
    root = Element("templateData")
    for index, item in enumerate(feed_items(items, now)):
        text = xml_text(item.text)
        if visual:
            text = visual_line(text, item.language)
        component = SubElement(root, "componentData", id=f"f{index}")
        SubElement(component, "data", id="text", value=text)
    return tostring(root, encoding="unicode") + "\n"
