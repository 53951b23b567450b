"""The RSS 2.0 rules a feed must follow, checked by hand: RSS 2.0 has no official schema and
feedparser accepts broken feeds without complaint."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

# RFC 822 date-time as RSS 2.0 uses it (four-digit years allowed, as RFC 2822 requires).
_RFC822 = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2}(?:\d{2})? "
    r"\d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z])$"
)
# A language as RSS 2.0 allows it: an ISO 639 code, optionally with a region (en-us, ar-MA).
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_REQUIRED = ("title", "link", "description")


def rss_problems(document: str | bytes) -> list[str]:
    """Every RSS 2.0 rule the document breaks (empty when it is a valid feed)."""
    data = document.encode("utf-8") if isinstance(document, str) else document
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return [f"not well-formed XML: {exc}"]
    problems: list[str] = []
    if root.tag != "rss":
        return [f"the root element is <{root.tag}>, not <rss>"]
    if root.get("version") != "2.0":
        problems.append('<rss> needs version="2.0"')
    channels = root.findall("channel")
    if len(channels) != 1:
        return [*problems, f"<rss> needs exactly one <channel>, not {len(channels)}"]
    channel = channels[0]
    problems += [f"<channel> needs <{name}>" for name in _REQUIRED if not _text(channel, name)]
    language = channel.find("language")
    if language is not None and not _LANGUAGE.match(language.text or ""):
        problems.append(f"<language> '{language.text or ''}' is not a language code")
    problems += _dates(channel, "channel")
    for n, item in enumerate(channel.findall("item")):
        if not (_text(item, "title") or _text(item, "description")):
            problems.append(f"item {n} needs <title> or <description>")
        guid = item.find("guid")
        if guid is not None and guid.get("isPermaLink", "true") not in ("true", "false"):
            problems.append(f"item {n}: isPermaLink must be true or false")
        problems += _dates(item, f"item {n}")
    return problems


def _text(element: ET.Element, name: str) -> str:
    return (element.findtext(name) or "").strip()


def _dates(element: ET.Element, where: str) -> list[str]:
    problems = []
    for name in ("pubDate", "lastBuildDate"):
        value = element.findtext(name)
        if value is None:
            continue
        try:
            ok = bool(_RFC822.match(value.strip())) and parsedate_to_datetime(value) is not None
        except (TypeError, ValueError):
            ok = False
        if not ok:
            problems.append(f"{where}: <{name}> '{value}' is not an RFC 822 date")
    return problems
