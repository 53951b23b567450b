"""`db reindex` of an older SQLite archive (unicode61 index) to ascii; searches before and after.

Loads an archive of --articles with archive.py, then --runs times: makes its index again as
older databases have it (unicode61, with the row index; the same folded rows, untimed); runs the
queries (archive.py's precise queries, its target queries, and indexed words picked at every
frequency from a few articles to most of the archive); rebuilds the index as `db reindex` does
(timed: wall, CPU of this process and of its workers); runs the queries again. Prints JSON:
times, articles per second, the tokenizer the index then has, and whether every query gave the
same ids, scores and snippets. Also FTS5's own writing alone: the archive's folded rows inserted
into a new FTS5 table of each tokenizer, alternated --runs times (CPU of this process; SQLite
runs in it).
Run: .venv/bin/python benchmarks/bench_tokenizer_reindex.py [--articles 20000] [--runs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from archive import TARGET_ONLY_QUERY, TARGET_QUERY, load_archive, precise_queries
from sqlalchemy import create_engine

from newsdesk.services.searching import reindex, search_articles
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database
from newsdesk.storage.search import (
    SQLITE_INSERT,
    SQLITE_ROW_INDEX,
    SQLITE_TOKENIZER,
    UNICODE61_TOKENIZER,
    sqlite_index_table,
    tokenizer_of,
)

# Indexed words holding about this many articles each (the commonest first).
WORD_SHARES = (None, 4000, 1000, 100, 10, 2)


def _as_older(url: str) -> None:
    """Make the index again as older databases have it: unicode61, with the row index."""
    engine = create_engine(url)
    with engine.begin() as connection:
        rows = connection.exec_driver_sql(
            "SELECT article_id, headline, kicker, standfirst, body, tags FROM article_search"
            " ORDER BY rowid"
        ).all()
        connection.exec_driver_sql("DROP TABLE article_search")
        connection.exec_driver_sql(sqlite_index_table(UNICODE61_TOKENIZER))
        connection.exec_driver_sql(SQLITE_ROW_INDEX)
        connection.exec_driver_sql(SQLITE_INSERT, [tuple(row) for row in rows])
    engine.dispose()


def _words(url: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, article_search, row)"
        )
        words = []
        for share in WORD_SHARES:
            order = "doc DESC" if share is None else f"abs(doc - {share}), term"
            words += connection.exec_driver_sql(
                f"SELECT term FROM temp.v ORDER BY {order} LIMIT 3"
            ).scalars()
    engine.dispose()
    return words


def _fts5_writes(url: str, runs: int) -> dict[str, list[float]]:
    """CPU seconds of inserting the archive's folded rows into an FTS5 table of each tokenizer."""
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT article_id, headline, kicker, standfirst, body, tags FROM article_search"
        ).all()
    engine.dispose()
    seconds: dict[str, list[float]] = {UNICODE61_TOKENIZER: [], SQLITE_TOKENIZER: []}
    for _ in range(runs):
        for tokenizer, spent in seconds.items():
            db = sqlite3.connect(":memory:")
            db.execute(
                "CREATE VIRTUAL TABLE t USING fts5(article_id UNINDEXED, headline, kicker,"
                f" standfirst, body, tags, tokenize = '{tokenizer}')"
            )
            cpu0 = time.process_time()
            db.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", rows)
            db.commit()
            spent.append(round(time.process_time() - cpu0, 2))
            db.close()
    return seconds


def _results(db: Database, queries: list[str]) -> list[list[tuple[str, float, str]]]:
    return [[(h.id, h.score, h.snippet) for h in search_articles(db, q)] for q in queries]


def _reindex(url: str) -> dict[str, object]:
    """Rebuild the index as `db reindex` does (one write transaction), timed."""
    db = open_database(url)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = list(reindex(db))[-1][0]
    wall = time.perf_counter() - wall0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = children.ru_utime - children0.ru_utime + children.ru_stime - children0.ru_stime
    cpu = time.process_time() - cpu0 + workers
    with db.engine.connect() as connection:
        tokenizer = tokenizer_of(connection)
    db.close()
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "workers_cpu_s": round(workers, 2),
        "per_s": round(done / wall),
        "per_cpu_s": round(done / cpu),
        "tokenizer_before": UNICODE61_TOKENIZER,
        "tokenizer_after": tokenizer,
    }


def main() -> None:
    """Measure and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    out: dict[str, object] = {"articles": args.articles, "load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'archive.db'}"
        load_archive(url, args.articles, progress=False)
        precise = [query for query, _, _ in precise_queries(args.articles, 12)]
        queries = [TARGET_QUERY, TARGET_ONLY_QUERY, *precise, *_words(url)]
        out["queries"] = len(queries)
        runs = []
        for _ in range(args.runs):
            _as_older(url)
            db = open_database(url)
            before = _results(db, queries)
            db.close()
            figures = _reindex(url)
            db = open_database(url)
            after = _results(db, queries)
            db.close()
            figures["same_results"] = after == before
            figures["hits"] = sum(len(hits) for hits in after)
            runs.append(figures)
            print(json.dumps(figures), file=sys.stderr, flush=True)
        out["runs"] = runs
        out["fts5_write_cpu_s"] = _fts5_writes(url, args.runs)
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
