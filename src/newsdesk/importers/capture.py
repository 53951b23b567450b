"""Captured web-page text: ticker lines, the breaking label, the date line, headline and body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from newsdesk.domain.document import Block
from newsdesk.importers.base import (
    ImportedArticle,
    ImportedTicker,
    build_article,
    check_block_count,
    one_line,
)
from newsdesk.text.dates import DEFAULT_TIMEZONE

TICKER_MARKS = "•●◦▪"
BREAKING_LABELS = frozenset({"عاجل", "خبر عاجل", "أخبار عاجلة", "اخبار عاجلة"})

_DAY_NAMES = (
    "الأحد|الاحد|الإثنين|الاثنين|الأثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|الجمعه|السبت"
)
# Month names as written in the Maghreb (Morocco, Algeria, Tunisia), in Egypt and the Gulf,
# and in the Levant; each maps to its month number.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "يناير جانفي كانون_الثاني",
        "فبراير فيفري فبرير شباط",
        "مارس آذار اذار",
        "أبريل ابريل إبريل أفريل افريل نيسان",
        "ماي مايو أيار ايار",
        "يونيو يونيه جوان حزيران",
        "يوليوز يوليو يوليه جويلية جويلة تموز",
        "غشت أغسطس اغسطس أوت اوت آب",
        "شتنبر سبتمبر أيلول ايلول",
        "أكتوبر اكتوبر تشرين_الأول تشرين_الاول",
        "نونبر نوفمبر تشرين_الثاني",
        "دجنبر ديسمبر كانون_الأول كانون_الاول",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name.replace("_", " ")] = _number

_MONTH_PATTERN = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER = r"[0-9٠-٩۰-۹]"
DATE_LINE = re.compile(
    rf"(?:(?:{_DAY_NAMES})\s*[،,\-–|]?\s*)?"
    rf"(?P<day>{_NUMBER}{{1,2}})\s+(?:من\s+)?(?P<month>{_MONTH_PATTERN})\s*[،,]?\s+"
    rf"(?P<year>{_NUMBER}{{4}})"
    rf"(?:\s*[،,\-–|]?\s*(?:على\s+)?(?:الساعة|الساعه)?\s*"
    rf"(?P<hour>{_NUMBER}{{1,2}})\s*[:h]\s*(?P<minute>{_NUMBER}{{2}}))?"
)
_MAX_DATE_LINE_CHARS = 120
_MAX_DATE_LINE_EXTRA = 40
_CAPTURE_HEAD_LINES = 300
_HEADLINE_MIN_WORDS = 3
_LABEL_PREFIX = re.compile(r"^(?:عاجل|خبر عاجل)\s*[:：|\-–—]\s*(?=\S)")


@dataclass(frozen=True)
class CaptureLine:
    """One non-empty line of a capture, with its position."""

    index: int
    text: str


def looks_like_capture(text: str) -> bool:
    """Whether plain text has two marks of a captured page: • lines, عاجل, a date line, a repeat.

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
        any(_date_match(line) for line in lines[:50]),
        _repeated_line(lines) is not None,
    )
    return sum(signals) >= 2


def parse_capture(
    text: str, *, source_name: str, encoding: str | None = None, tz: str = DEFAULT_TIMEZONE
) -> ImportedArticle:
    """Read a captured page: • lines to tickers, عاجل to breaking, the date line to the time."""
    raw_lines = text.splitlines()
    check_block_count(len(raw_lines), source_name)
    lines = [CaptureLine(i, one_line(raw)) for i, raw in enumerate(raw_lines) if raw.strip()]
    tickers: list[ImportedTicker] = []
    breaking = False
    dated_at: datetime | None = None
    prose: list[CaptureLine] = []
    for line in lines:
        if line.text[0] in TICKER_MARKS:
            item = line.text.lstrip(TICKER_MARKS).strip()
            labelled = _LABEL_PREFIX.match(item)
            if labelled:
                item = item[labelled.end() :]
            if item:
                tickers.append(ImportedTicker(item, breaking=labelled is not None))
            continue
        if _is_label(line.text):
            breaking = True
            continue
        labelled = _LABEL_PREFIX.match(line.text)
        if labelled:
            # "عاجل: ..." on a line of its own marks the story itself as breaking.
            breaking = True
            line = CaptureLine(line.index, line.text[labelled.end() :])
        match = _date_match(line.text) if dated_at is None else None
        if match is not None:
            dated_at = _moment(match, tz)
            if dated_at is not None:
                continue
        prose.append(line)
    headline, body = _split_headline(prose)
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


def parse_date_line(text: str, tz: str = DEFAULT_TIMEZONE) -> datetime | None:
    """The moment an Arabic date line names, in zone tz, or None when it names none."""
    match = _date_match(text)
    return _moment(match, tz) if match else None


def _is_label(line: str) -> bool:
    return line.strip(" :：|-–—!*").strip() in BREAKING_LABELS


def _date_match(line: str) -> re.Match[str] | None:
    if len(line) > _MAX_DATE_LINE_CHARS:
        return None
    match = DATE_LINE.search(line)
    # A date line is mostly the date: a sentence that mentions one stays in the body.
    if match is None or len(line) - (match.end() - match.start()) > _MAX_DATE_LINE_EXTRA:
        return None
    return match


def _moment(match: re.Match[str], tz: str) -> datetime | None:
    def number(group: str) -> int:
        return int(match.group(group).translate(_DIGITS))

    month = _MONTHS[match.group("month")]
    hour = number("hour") if match.group("hour") else 0
    minute = number("minute") if match.group("minute") else 0
    try:
        return datetime(number("year"), month, number("day"), hour, minute, tzinfo=ZoneInfo(tz))
    except ValueError:
        return None


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
