"""The desk queue with a large archive: first page painted, a filter change, resident memory.

Each size runs in its own process so memory figures do not mix. Prints JSON.
Run: .venv/bin/python benchmarks/bench_queue.py [--large 100000] [--small 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(articles: int, folder: Path) -> None:
    """Create the database with `articles` articles across the review statuses."""
    from bulk import article_row, insert_articles

    from newsdesk.services.users import ensure_first_admin
    from newsdesk.storage.opening import open_database

    path = folder / f"queue-{articles}.db"
    db = open_database(str(path))
    ensure_first_admin(db, "admin")
    db.close()
    statuses = ("submitted", "in_review", "approved", "published")
    rows = [
        article_row(str(uuid.UUID(int=n)), f"خبر رقم {n} CNSS", "ar", '{"blocks":[]}',
                    f"2024-01-01 {n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}.{n:06d}",
                    status=statuses[n % 4])
        for n in range(articles)
    ]  # fmt: skip
    insert_articles(path, rows)


def child(articles: int, folder: Path) -> dict[str, float]:
    """Open the queue on a loaded database, change the filter; report figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import time
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    from newsdesk.domain.people import Person, Role
    from newsdesk.storage.opening import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(str(folder / f"queue-{articles}.db"))
    from newsdesk.gui.queue.view import QueueView

    start = time.perf_counter()
    view = QueueView(db, Person("admin", Role.ADMIN), timedelta(minutes=60))
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    first_page = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    view.tabs.setCurrentIndex(3)
    app.processEvents()
    filter_change = (time.perf_counter() - start) * 1000
    with open("/proc/self/status") as status:
        rss_kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    return {
        "first_page_ms": round(first_page, 1),
        "filter_change_ms": round(filter_change, 1),
        "rss_mb": round(rss_kb / 1024, 1),
    }


def main() -> None:
    """Run both sizes in child processes and print JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--child", type=int)
    parser.add_argument("--folder")
    parser.add_argument("--load", type=int)
    args = parser.parse_args()
    if args.load:
        load(args.load, Path(args.folder))
        return
    if args.child:
        print(json.dumps(child(args.child, Path(args.folder))))
        return
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in (args.small, args.large):
            subprocess.run(
                [sys.executable, __file__, "--load", str(size), "--folder", tmp],
                check=True,
                cwd=HERE,
            )
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(size), "--folder", tmp],
                capture_output=True, text=True, check=True, cwd=HERE,
            )  # fmt: skip
            results[str(size)] = json.loads(out.stdout.strip().splitlines()[-1])
    small, large = results[str(args.small)], results[str(args.large)]
    results["rss_growth_mb"] = round(large["rss_mb"] - small["rss_mb"], 1)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
