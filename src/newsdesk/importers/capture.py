"""Captured web-page text: ticker lines, the breaking label, the date line, headline and body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from newsdesk.domain.document import Block
from newsdesk.importers.base import (
    ImportedArticle,
    ImportedTicker,
    build_article,
    check_block_count,
    one_line,
)
from newsdesk.importers.datelines import find_dateline, fold
from newsdesk.text.breaking import BREAKING_LABELS
from newsdesk.text.dates import DEFAULT_TIMEZONE

TICKER_MARKS = "•●◦▪"
_FOLDED_LABELS = frozenset(fold(label) for label in BREAKING_LABELS)
# "Urgent : …", "عاجل: …", "Breaking - …": a label, then the story on the same line.
_LABEL_SEPARATOR = re.compile(r"\s*[:：|]\s*|\s+[-–—]\s+")
# How far into a line its label's separator may start.
_LABEL_REACH = max(len(label) for label in BREAKING_LABELS) + 4
_CAPTURE_HEAD_LINES = 300
_HEADLINE_MIN_WORDS = 3


@dataclass(frozen=True)
class CaptureLine:
    """One non-empty line of a capture, with its position."""

    index: int
    text: str


def looks_like_capture(text: str) -> bool:
    """Whether plain text has two marks of a captured page: • lines, a label, a date line, a repeat.

    One mark alone is common in ordinary copy (a bullet list, a date); two are not.
    """
    lines = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line.strip())
            if len(lines) >= _CAPTURE_HEAD_LINES:  # a page shows its marks near the top
                break
    signals = (
        any(line[0] in TICKER_MARKS for line in lines),
        any(_is_label(line) for line in lines),
        any(find_dateline(line) for line in lines[:50]),
        _repeated_line(lines) is not None,
    )
    return sum(signals) >= 2


def parse_capture(
    text: str, *, source_name: str, encoding: str | None = None, tz: str = DEFAULT_TIMEZONE
) -> ImportedArticle:
    """Read a captured page: • lines to tickers, its label to breaking, the date line to the time."""
    raw_lines = text.splitlines()
    check_block_count(len(raw_lines), source_name)
    lines = [CaptureLine(i, one_line(raw)) for i, raw in enumerate(raw_lines) if raw.strip()]
    tickers: list[ImportedTicker] = []
    dated_at: datetime | None = None
    page: list[tuple[str, CaptureLine]] = []  # every line with its role, in the page's order
    labelled: dict[int, str] = {}  # a "Urgent : …" line's own text, by index
    for line in lines:
        if line.text[0] in TICKER_MARKS:
            item = line.text.lstrip(TICKER_MARKS).strip()
            story = _after_label(item)
            if story or item:
                tickers.append(ImportedTicker(story or item, breaking=story is not None))
            page.append(("ticker", line))
            continue
        if _is_label(line.text):
            page.append(("label", line))
            continue
        story = _after_label(line.text)
        if story is not None:
            labelled[line.index] = line.text
            line = CaptureLine(line.index, story)
        if dated_at is None:
            found = find_dateline(line.text)
            dated_at = found.moment(tz) if found else None
            if dated_at is not None:
                page.append(("date", line))
                continue
        page.append(("prose", line))
    headline, body = _split_headline([line for role, line in page if role == "prose"])
    body_start = body[0].index if body else len(raw_lines)
    breaking = _page_is_breaking(page, labelled, headline, body_start)
    # A label or "Urgent : …" inside the story is the story's own text, not the page's mark.
    story_labels = [line for role, line in page if role == "label" and line.index > body_start]
    body = sorted(
        [CaptureLine(b.index, labelled.get(b.index, b.text)) for b in body] + story_labels,
        key=lambda line: line.index,
    )
    return build_article(
        kind="capture",
        headline=headline,
        blocks=[Block(text=line.text) for line in body],
        source_name=source_name,
        breaking=breaking,
        tickers=tuple(ImportedTicker(t.text, breaking or t.breaking) for t in tickers),
        dated_at=dated_at,
        encoding=encoding,
    )


def _is_label(line: str) -> bool:
    if len(line) > 2 * _LABEL_REACH:
        return False  # a label line is short; most lines are not worth folding
    return fold(line.strip(" :：|-–—!*")).strip() in _FOLDED_LABELS


def _after_label(line: str) -> str | None:
    """The story after a leading label ("Urgent : …"), or None when the line has no label."""
    separator = _LABEL_SEPARATOR.search(line, 1, _LABEL_REACH)
    if separator is None or not _is_label(line[: separator.start()]):
        return None
    return line[separator.end() :].strip() or None


def _page_is_breaking(
    page: list[tuple[str, CaptureLine]], labelled: dict[int, str], headline: str, body_start: int
) -> bool:
    """Whether a label sits where a page puts its mark: on the headline, or just above it or the date.

    Menus list "Dernière minute" or "عاجل" among other sections; that is not the story's mark.
    """
    following: tuple[str, CaptureLine] | None = None  # the next line that is not a label
    for role, line in reversed(page):
        if (role == "label" or line.index in labelled) and line.index < body_start:
            if role == "prose" and line.text == headline:
                return True  # "Urgent : <headline>"
            if following is not None and (
                following[0] == "date"
                or (following[0] == "prose" and following[1].text == headline)
            ):
                return True
        if role != "label":
            following = (role, line)
    return False


def _repeated_line(lines: list[str]) -> str | None:
    """The first line seen twice, preferring one of a few words (menus repeat single words)."""
    seen: set[str] = set()
    short: str | None = None
    for line in lines:
        if line in seen and line[0] not in TICKER_MARKS and not _is_label(line):
            if len(line.split()) >= _HEADLINE_MIN_WORDS:
                return line
            short = short or line
        seen.add(line)
    return short


def _split_headline(prose: list[CaptureLine]) -> tuple[str, list[CaptureLine]]:
    """The headline is the line the page repeats (title and heading); the body follows it."""
    if not prose:
        return "", []
    repeated = _repeated_line([line.text for line in prose])
    if repeated is not None:
        # The page shows the headline twice (title, then heading); the story follows the second.
        second = [i for i, line in enumerate(prose) if line.text == repeated][1]
        body = [line for line in prose[second + 1 :] if line.text != repeated]
        if body:
            return repeated, body
        return repeated, [line for line in prose if line.text != repeated]
    return prose[0].text, prose[1:]
