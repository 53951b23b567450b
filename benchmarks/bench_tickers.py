"""Time exporting a 500-item ticker channel in every feed format; prints JSON.

Three figures per format: rendering alone from domain items; the same with the visual-order
cache emptied before each run (the first export of items never seen before); and the whole
path the CLI takes on a SQLite file (reading the on-air items through the service, then
rendering).
"""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from timing import summary, timed

from newsdesk.domain.people import Person, Role
from newsdesk.domain.ticker import TickerChannel, TickerItem, TickerStatus
from newsdesk.export.feeds.common import visual_line
from newsdesk.export.feeds.registry import FeedOptions, render_feed
from newsdesk.services.tickers import TickerService
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.opening import open_database

ITEMS = 500
RUNS = 30
NOW = datetime(2024, 2, 28, 12, 30, tzinfo=UTC)
WORDS = (
    "الحكومة تعلن برنامجا جديدا لدعم الصناع التقليديين في جهة الدار البيضاء سطات "
    "وزارة الانتقال الرقمي توقع مذكرة تفاهم لتعزيز الابتكار المحلي بالرباط وطنجة "
    "المنتخب الوطني يستعد لمواجهة حاسمة في تصفيات كأس إفريقيا للأمم CNSS AMO 2024"
).split()
VARIANTS = {
    "json": FeedOptions(),
    "rss": FeedOptions(),
    "txt": FeedOptions(),
    "txt --visual": FeedOptions(visual=True),
    "caspar": FeedOptions(),
    "caspar --visual": FeedOptions(visual=True),
}


def headline(n: int) -> str:
    """A distinct Arabic headline of 9 to 14 words, so no two items shape alike."""
    size = 9 + n % 6
    return " ".join(WORDS[(n * 7 + k * 3) % len(WORDS)] for k in range(size)) + f" ({n})"


def build_items(count: int = ITEMS) -> list[TickerItem]:
    """On-air items: one in ten breaking, all live at NOW."""
    return [
        TickerItem(
            id=f"item-{n:04d}",
            channel="tv",
            text=headline(n),
            breaking=n % 10 == 0,
            urgency=1 + n % 9,
            position=n,
            status=TickerStatus.APPROVED,
            author="sara",
            approver="karim",
            expires_at=NOW + timedelta(hours=6),
            created_at=NOW - timedelta(minutes=n),
            approved_at=NOW - timedelta(minutes=n),
        )
        for n in range(count)
    ]


def service_path(folder: Path) -> dict[str, dict[str, float]]:
    """Median and p95 of reading the on-air items from SQLite and rendering each format."""
    db = open_database(str(folder / "bench.db"))
    ensure_first_admin(db, "admin")
    chief = Person("admin", Role.ADMIN)
    service = TickerService(db, chief)
    for item in build_items():
        added = service.add(item.text, channel="tv", breaking=item.breaking, now=NOW)
        service.approve(added.id, force=True, now=NOW)
    results = {}
    for name, options in VARIANTS.items():
        fmt = name.split()[0]

        def run(fmt: str = fmt, options: FeedOptions = options) -> str:
            aired = service.on_air("tv", now=NOW)
            return render_feed(fmt, aired.items, aired.channel, aired.now, options)

        assert run().count("\n") >= 1
        results[name] = summary(timed(run, RUNS))
    db.close()
    return results


def main() -> None:
    """Print the timings of every format as one JSON object."""
    items = build_items()
    channel = TickerChannel("tv", "ar", 1920)
    render, cold = {}, {}
    for name, options in VARIANTS.items():
        fmt = name.split()[0]
        render[name] = summary(
            timed(lambda f=fmt, o=options: render_feed(f, items, channel, NOW, o), RUNS)
        )
        if options.visual:

            def first_export(f: str = fmt, o: FeedOptions = options) -> str:
                visual_line.cache_clear()
                return render_feed(f, items, channel, NOW, o)

            cold[name] = summary(timed(first_export, 10, warmup=1))
    with tempfile.TemporaryDirectory() as folder:
        through_service = service_path(Path(folder))
    print(
        json.dumps(
            {
                "benchmark": "ticker_feeds",
                "items": ITEMS,
                "runs": RUNS,
                "render": render,
                "render_first_export": cold,
                "service_sqlite": through_service,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
