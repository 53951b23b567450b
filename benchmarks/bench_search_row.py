"""Replacing one article's row of the SQLite search index on a large archive.

Prints JSON: the median and p95 of replacing a row (delete + insert, as a save does) through
the row index (`storage/search.py`), against the former delete by the UNINDEXED article_id
column (a read of every row), on an FTS5 table of N articles of 300–800 words built with the
app's own `create_index`.
Run: .venv/bin/python benchmarks/bench_search_row.py [--articles 100000] [--saves 30]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine

from newsdesk.storage.search import SQLITE_DELETE_ROW, create_index

OLD_DELETE = "DELETE FROM article_search WHERE article_id = :id"
INSERT = (
    "INSERT INTO article_search (article_id, headline, kicker, standfirst, body, tags)"
    " VALUES (:id, :headline, '', '', :body, '')"
)


def build(path: Path, articles: int) -> None:
    """An FTS5 index of `articles` rows of made-up Arabic-like words, with the row index."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        create_index(connection)
    engine.dispose()
    rng = random.Random(7)
    words = [
        "".join(rng.choice("ابتثجحخدذرزسشصضطظعغفقكلمنهوي") for _ in range(5)) for _ in range(20_000)
    ]
    with sqlite3.connect(path) as conn:
        batch = []
        for n in range(articles):
            body = " ".join(rng.choices(words, k=rng.randint(300, 800)))
            batch.append(
                {"id": f"a{n:08d}", "headline": " ".join(rng.choices(words, k=8)), "body": body}
            )
            if len(batch) == 5_000:
                conn.executemany(INSERT, batch)
                batch.clear()
        conn.executemany(INSERT, batch)


def replace_times(path: Path, delete: str, saves: int, articles: int) -> list[float]:
    """Milliseconds of each of `saves` replacements of a random article's row."""
    rng = random.Random(11)
    times = []
    with sqlite3.connect(path) as conn:
        for _ in range(saves):
            article = f"a{rng.randrange(articles):08d}"
            start = time.perf_counter()
            conn.execute(delete, {"id": article})
            conn.execute(INSERT, {"id": article, "headline": "عنوان جديد", "body": "نص جديد"})
            conn.commit()
            times.append((time.perf_counter() - start) * 1000)
    return times


def stats(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median_ms": round(ordered[len(ordered) // 2], 2),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "search.db"
        start = time.perf_counter()
        build(path, args.articles)
        built = time.perf_counter() - start
        indexed = stats(replace_times(path, SQLITE_DELETE_ROW, args.saves, args.articles))
        old = stats(replace_times(path, OLD_DELETE, args.saves, args.articles))
    print(json.dumps({
        "articles": args.articles,
        "build_s": round(built, 1),
        "replace_through_row_index": indexed,
        "replace_by_article_id_scan": old,
        "ratio_median": round(old["median_ms"] / indexed["median_ms"], 1),
    }, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
