"""How soon a desk hears of another desk's save, and what watching costs while nothing changes.

PostgreSQL: one desk's `PgListener` (LISTEN on its own connection, in a thread) and another
desk's `ArticleService` on a second engine; each edit is timed from the writer's commit
returning to the listener hearing the notice. Then a desk's read after one notice while 150
articles changed in the last 30 s: the whole look-back window against the article named. The baseline is the queue's former poll every
3 s (a change waited 1.5 s on average, 3 s at worst).
SQLite: what one check costs while nothing changes, `PRAGMA data_version` on the held
connection against the former `change_marker()` query, over a file of `--articles` articles;
and how long reading the changed articles takes once data_version moved. A desk checks once a
second, so a change there is seen within 1 s (0.5 s on average).
Run: .venv/bin/python benchmarks/bench_change_feed.py [--articles 5000] [--edits 50] [--no-postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from timing import summary, timed  # noqa: E402

from newsdesk.domain.people import Person, Role  # noqa: E402

ADMIN = Person("admin", Role.ADMIN)
SARA = Person("sara", Role.EDITOR)

PG_BASE = os.environ.get("NEWSDESK_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SCHEMA = f"bench_change_feed_{os.getpid()}"
FORMER_POLL_S = 3.0


def _desk(url: str):  # type: ignore[no-untyped-def]
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.users import add_person, ensure_first_admin
    from newsdesk.storage.opening import open_database

    db = open_database(url)
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "sara", "editor")
    return db, ArticleService(db, SARA)


def postgres_latency(edits: int) -> dict[str, object]:
    """Commit-to-heard latency of the NOTIFY feed, in milliseconds."""
    import psycopg

    from newsdesk.domain.article import ArticleContent
    from newsdesk.storage.change_feed import PgListener
    from newsdesk.storage.opening import open_database

    plain = PG_BASE.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {SCHEMA}")
    url = f"{PG_BASE}?options=-csearch_path%3D{SCHEMA}"
    try:
        writer_db, writer = _desk(url)
        reader_db = open_database(url)
        heard = threading.Event()
        listener = PgListener(reader_db, lambda _payload: heard.set())
        article = writer.create(ArticleContent(headline="latency"))
        samples = []
        for n in range(edits):
            heard.clear()
            writer.edit(article.id, headline=f"latency {n}")
            committed = time.perf_counter()
            if not heard.wait(5):
                raise RuntimeError("a notice never arrived")
            samples.append((time.perf_counter() - committed) * 1000)
        listener.close()
        reads = named_reads(writer, reader_db)
        reader_db.close()
        writer_db.close()
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    figures = summary(samples)
    return {
        "after_a_notice_read_the_whole_window": reads[0],
        "after_a_notice_read_the_named_article": reads[1],
        "edits": edits,
        **figures,
        "max_ms": round(max(samples), 3),
        "former_poll_mean_ms": FORMER_POLL_S * 500,
        "ratio_former_over_notify": round(FORMER_POLL_S * 500 / figures["median_ms"], 1),
    }


def named_reads(writer, reader_db) -> tuple[dict[str, float], dict[str, float]]:  # type: ignore[no-untyped-def]
    """A desk's read after one notice, while 150 articles changed in the look-back window (a
    busy newsroom's 5 writes a second): the whole window, against the one article named."""
    from newsdesk.domain.article import ArticleContent
    from newsdesk.storage.change_feed import ArticleChanges

    changes = ArticleChanges(reader_db)
    ids = [writer.create(ArticleContent(headline=f"busy {n}")).id for n in range(150)]
    window, named = [], []
    for n in range(40):
        writer.edit(ids[n], headline=f"busy {n} again")
        start = time.perf_counter()
        changes.read()
        window.append((time.perf_counter() - start) * 1000)
        writer.edit(ids[n + 50], headline=f"busy {n + 50} again")
        start = time.perf_counter()
        changes.read({ids[n + 50]})
        named.append((time.perf_counter() - start) * 1000)
    return summary(window), summary(named)


def sqlite_costs(articles: int) -> dict[str, object]:
    """One idle check with data_version against the former marker query; one read after a change."""
    from newsdesk.domain.article import ArticleContent
    from newsdesk.storage.change_feed import ArticleChanges, SqliteVersionFeed
    from newsdesk.storage.opening import open_database

    with tempfile.TemporaryDirectory() as folder:
        url = str(Path(folder) / "bench.db")
        db, service = _desk(url)
        ids = [service.create(ArticleContent(headline=f"article {n}")).id for n in range(articles)]
        feed = SqliteVersionFeed(db)
        changes = ArticleChanges(db)
        idle_feed = timed(feed.changed, runs=500)
        idle_marker = timed(service.change_marker, runs=200)
        other_db = open_database(url)
        from newsdesk.services.articles import ArticleService

        other = ArticleService(other_db, SARA)
        reads = []
        for n in range(20):
            other.edit(ids[n], headline=f"changed {n}")
            assert feed.changed()
            start = time.perf_counter()
            found = changes.read()
            reads.append((time.perf_counter() - start) * 1000)
            assert [c.id for c in found] == [ids[n]]
        other_db.close()
        db.close()
    feed_ms, marker_ms = summary(idle_feed), summary(idle_marker)
    return {
        "articles": articles,
        "idle_check_data_version": feed_ms,
        "idle_check_former_marker": marker_ms,
        "ratio_marker_over_data_version": round(
            marker_ms["median_ms"] / max(feed_ms["median_ms"], 1e-6), 1
        ),
        "read_changed_after_a_change": summary(reads),
    }


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--edits", type=int, default=50)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    result: dict[str, object] = {"sqlite": sqlite_costs(args.articles)}
    if not args.no_postgres:
        result["postgresql"] = postgres_latency(args.edits)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
