"""Ticker test data: the headline ticker captured on the seed page, and a frozen clock."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from datafiles import SEED

NOW = datetime(2024, 2, 28, 12, 30, tzinfo=UTC)
BREAKING_MARK = "عاجل"
_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")


@dataclass(frozen=True)
class SeedTicker:
    """The page's ticker: its bulleted headlines, in page order, and the one marked breaking."""

    headlines: list[str]
    breaking: str


def seed_ticker() -> SeedTicker:
    """Read the ticker from the top of the captured page.

    The page opens with lines that start with "•" (the crawl), then a line "عاجل"; the item it
    marks is the first line after it that is not the dateline ("... على الساعة 12:30").
    """
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    headlines = [line.lstrip("•").strip() for line in lines if line.startswith("•")]
    mark = lines.index(BREAKING_MARK)
    breaking = next(line for line in lines[mark + 1 :] if line and not _CLOCK_TIME.search(line))
    return SeedTicker(headlines, breaking)
