"""A ten-year archive on SQLite and PostgreSQL: the desk, the queue and search, small and large.

For each database and each archive (a small one and a large one, loaded by archive.py or given
already loaded), in child processes so that memory figures do not mix:
- start: process start to the first painted main window, against a bare PySide6 window in the
  same run (alternated), and to the window ready (navigator, counts, queue filled);
- queue: the desk queue's first page painted, each tab change (median and slowest), the
  process's resident memory once shown (its growth from small to large is the figure);
- search: median and p95 of `search_articles` (ranked hits with highlighted snippets) for one-
  and two-word Arabic and French queries, common and precise; the index's size per article;
- ranking: where the archive's old target comes in the first page of its precise query, which
  thousands of newer articles also match.
Prints JSON. Run:
  .venv/bin/python benchmarks/bench_archive.py [--small 1000] [--large 1000000]
      [--databases sqlite postgresql] [--sqlite-large PATH] [--pg-large URL]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from timing import summary, timed

HERE = Path(__file__).resolve().parent
PG_SERVER = os.environ.get("NEWSDESK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432")
COMMON_QUERIES = (
    "الحكومة", "المغرب", "البنك المركزي", "كرة القدم", "الحكومة الميزانية",
    "gouvernement", "université", "banque centrale", "voitures électriques",
)  # fmt: skip
RUNS = 5


def child_queue(url: str) -> dict[str, object]:
    """The queue on the archive: first page painted, tab changes, resident memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    from newsdesk.domain.people import Person, Role
    from newsdesk.storage.opening import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(url)
    from newsdesk.gui.queue.view import QueueView

    start = time.perf_counter()
    view = QueueView(db, Person("admin", Role.ADMIN), timedelta(minutes=60))
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    first_page = (time.perf_counter() - start) * 1000
    changes = []
    for _ in range(2):
        for index in (*range(1, view.tabs.count()), 0):
            start = time.perf_counter()
            view.tabs.setCurrentIndex(index)
            app.processEvents()
            changes.append((time.perf_counter() - start) * 1000)
    polls = timed(view.poll_changes, 5, warmup=1)
    with open("/proc/self/status") as status:
        rss_kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    db.close()
    return {
        "first_page_ms": round(first_page, 1),
        "tab_change": {**summary(changes), "max_ms": round(max(changes), 1)},
        "change_poll": summary(polls),
        "rss_mb": round(rss_kb / 1024, 1),
    }


def child_search(url: str, articles: int) -> dict[str, object]:
    """Search latency over common and precise queries, the index size, the old target's place."""
    from archive import TARGET_ID, TARGET_ONLY_QUERY, TARGET_QUERY, precise_queries
    from sqlalchemy import text

    from newsdesk.services.searching import search_articles
    from newsdesk.storage import search
    from newsdesk.storage.opening import open_database

    db = open_database(url)
    precise = precise_queries(
        articles, 12, planned=int(os.environ.get("ARCHIVE_PLANNED", 0)) or None
    )
    queries = list(COMMON_QUERIES) + [q for q, _, _ in precise]
    # The place of a precise query alone: a few hundred matches in a million.
    queries += [q.split()[0] for q, _, _ in precise[:4]]
    cpu = time.process_time()
    samples: dict[str, list[float]] = {q: timed(lambda q=q: search_articles(db, q), RUNS, 1)
                                       for q in queries}  # fmt: skip
    # This process's CPU per search (PostgreSQL's own share runs in the server).
    client_cpu_ms = (time.process_time() - cpu) * 1000 / (len(queries) * (RUNS + 1))
    found = {q: search_articles(db, q) for q in queries}
    highlighted = sum(1 for hits in found.values() for hit in hits if "**" in hit.snippet)
    shown = sum(len(hits) for hits in found.values())
    precise_first = sum(1 for q, _, i in precise if [h.id for h in found[q]][:1] == [i])
    ranking = {}
    for query in (TARGET_QUERY, TARGET_ONLY_QUERY):
        hits = search_articles(db, query, limit=20)
        ids = [hit.id for hit in hits]
        ranking[query] = {
            "target_place_on_first_page": ids.index(TARGET_ID) + 1 if TARGET_ID in ids else None,
            "first_hit": {"headline": hits[0].headline, "snippet": hits[0].snippet}
            if hits
            else None,
            "median_ms": summary(timed(lambda q=query: search_articles(db, q), RUNS, 1))[
                "median_ms"
            ],
        }
    with db.read_connection() as connection:
        if db.is_sqlite:
            size = connection.exec_driver_sql(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'article_search%'"
            ).scalar_one()
        else:
            size = connection.execute(
                text("SELECT pg_total_relation_size('article_search')")
            ).scalar_one()
        # How many matches were ranked (all of them up to search.RANK_ALL).
        ranked = {
            q: len(search.search(connection, q, limit=10**7)) for q in (TARGET_QUERY, "الحكومة")
        }
    db.close()
    everything = [ms for runs in samples.values() for ms in runs]
    by_kind = {
        kind: summary([ms for q in group for ms in samples[q]])
        for kind, group in (
            ("common", COMMON_QUERIES),
            ("precise_two_words", [q for q, _, _ in precise]),
            ("place_one_word", [q.split()[0] for q, _, _ in precise[:4]]),
        )
    }
    slowest = sorted(samples, key=lambda q: -statistics.median(samples[q]))[:4]
    return {
        "queries": len(queries),
        "search": summary(everything),
        "by_kind": by_kind,
        "slowest_median_ms": {q: round(statistics.median(samples[q]), 1) for q in slowest},
        "client_cpu_ms_per_search": round(client_cpu_ms, 2),
        "hits_with_highlight": f"{highlighted}/{shown}",
        "precise_query_target_first": f"{precise_first}/{len(precise)}",
        "ranking": ranking,
        "matches_ranked": ranked,
        "index_bytes_per_article": round(size / articles),
    }


def run_child(kind: str, url: str, articles: int) -> dict[str, object]:
    """Run one measuring child; its last line of output is JSON."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--url", url, "--articles", str(articles)],
        capture_output=True, text=True, cwd=HERE, check=False,
    )  # fmt: skip
    if out.returncode:
        return {"error": out.stderr.strip().splitlines()[-3:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_start(url: str, folder: Path, runs: int) -> dict[str, object]:
    """Start-up on the archive against a bare window, as bench_gui measures it."""
    from bench_gui import start_up_runs

    bare, painted, ready = start_up_runs(url, folder, runs)
    return {
        "bare_window": summary(bare),
        "first_paint": summary(painted),
        "ready": summary(ready),
        "ready_after_first_paint_ms": round(
            statistics.median(r - p for p, r in zip(painted, ready, strict=True)), 1
        ),
        "first_paint_ratio": round(statistics.median(painted) / statistics.median(bare), 2),
    }


def measure(url: str, articles: int, folder: Path, runs: int) -> dict[str, object]:
    """Every figure for one archive."""
    return {
        "articles": articles,
        "start": measure_start(url, folder, runs),
        "queue": run_child("queue", url, articles),
        "search": run_child("search", url, articles),
    }


def pg_database(name: str, create: bool) -> str:
    """Create (or drop) a PostgreSQL database of this run; its URL."""
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        if create:
            conn.execute(f'CREATE DATABASE "{name}"')
        else:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return f"{PG_SERVER}/{name}"


def main() -> None:
    """Load (or take) the archives, measure each, print JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--sqlite-large", help="an archive of --large articles already loaded")
    parser.add_argument("--pg-large", help="an archive of --large articles already loaded")
    parser.add_argument(
        "--planned", type=int, help="the size a given large archive's stopped load was meant for"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child")
    parser.add_argument("--url")
    parser.add_argument("--articles", type=int)
    args = parser.parse_args()
    if args.child:
        if args.child == "queue":
            print(json.dumps(child_queue(args.url)))
        else:
            print(json.dumps(child_search(args.url, args.articles), ensure_ascii=False))
        return
    from archive import load_archive

    if args.planned:
        os.environ["ARCHIVE_PLANNED"] = str(args.planned)  # read by the measuring children

    results: dict[str, object] = {}
    run_id = uuid.uuid4().hex[:8]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for database in args.databases:
            given = args.sqlite_large if database == "sqlite" else args.pg_large
            figures = {}
            for size in (args.small, args.large):
                made = None
                if size == args.large and given:
                    url = given if "://" in given else f"sqlite:///{given}"
                    load = None
                else:
                    if database == "sqlite":
                        url = f"sqlite:///{folder / f'archive-{size}.db'}"
                    else:
                        made = f"newsdesk_archive_{run_id}_{size}"
                        url = pg_database(made, create=True)
                    load = load_archive(url, size, progress=False).as_dict()
                try:
                    figures[str(size)] = {"load": load, **measure(url, size, folder, args.runs)}
                finally:
                    if made:
                        pg_database(made, create=False)
                print(json.dumps({database: figures}, ensure_ascii=False), file=sys.stderr)
            small, large = figures[str(args.small)], figures[str(args.large)]
            try:
                growth = large["queue"]["rss_mb"] - small["queue"]["rss_mb"]  # type: ignore[index]
                figures["rss_growth_mb"] = round(growth, 1)
            except (KeyError, TypeError):
                pass
            results[database] = figures
    results["uptime"] = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
