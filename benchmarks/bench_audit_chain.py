"""The audit log's hash chain: walking a million rows, and what chaining adds to one audit row.

A log of `--rows` rows is loaded straight into SQLite and into PostgreSQL (a schema of its own,
dropped afterwards; hashes computed in Python, the chain trigger switched off while loading),
then `verify_chain` walks it, each walk in a process of its own so its peak memory is its own.
Adding one audit row is timed with and without chaining (SQLite: `add_audit` against a plain
INSERT; PostgreSQL: the same INSERT with the chain trigger on and off). Prints JSON.
Run: .venv/bin/python benchmarks/bench_audit_chain.py [--rows 1000000] [--no-postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
PG_BASE = os.environ.get("NEWSDESK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
SCHEMA = f"bench_audit_chain_{os.getpid()}"
STEPS = (("submit", "draft", "submitted"), ("claim", "submitted", "in_review"),
         ("approve", "in_review", "approved"), ("publish", "approved", "published"))  # fmt: skip
START = datetime(2025, 1, 1, tzinfo=UTC)


def chained_rows(count: int) -> Iterator[tuple[object, ...]]:
    """`count` audit rows in column order, chained in Python."""
    from newsdesk.storage.audit_chain import row_hash

    previous = ""
    for n in range(1, count + 1):
        step, before, after = STEPS[n % 4]
        at = START + timedelta(seconds=n, microseconds=n % 1_000_000)
        note = f"ملاحظة رقم {n} ✓" if n % 3 == 0 else ""
        values = (n, f"{n // 4:036d}", "karim", at, step, before, after, note, n % 4 + 1, previous)
        previous = row_hash(*values)
        yield (*values, previous)


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'chain.db'}"


def pg_url() -> str:
    return f"{PG_BASE}?options=-csearch_path%3D{SCHEMA}".replace(
        "postgresql://", "postgresql+psycopg://"
    )


def prepare(url: str) -> None:
    from newsdesk.storage.opening import open_database

    open_database(url).close()


def load_sqlite(folder: Path, rows: Iterable[tuple[object, ...]]) -> None:
    prepare(sqlite_url(folder))
    text = ((*r[:3], r[3].strftime("%Y-%m-%d %H:%M:%S.%f"), *r[4:]) for r in rows)  # type: ignore[attr-defined]
    with sqlite3.connect(folder / "chain.db") as conn:
        conn.executemany(f"INSERT INTO audit_log ({COLUMNS}) VALUES ({','.join('?' * 11)})", text)


COLUMNS = "id, article_id, actor, at, step, from_status, to_status, note, article_version, prev_hash, hash"


def load_postgres(rows: Iterable[tuple[object, ...]]) -> None:
    import psycopg

    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        conn.execute(f"CREATE SCHEMA {SCHEMA}")
    prepare(pg_url())
    with psycopg.connect(pg_url().replace("+psycopg", "")) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_zz_chain")
        with conn.cursor().copy(f"COPY audit_log ({COLUMNS}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_zz_chain")
        conn.execute(
            "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), max(id)) FROM audit_log"
        )
        conn.execute("ANALYZE audit_log")


def drop_postgres() -> None:
    import psycopg

    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")


def walk(url: str) -> dict[str, float]:
    """Walk the chain in a process of its own: seconds, rows a second, peak resident memory."""
    code = (
        "import json, resource, sys, time\n"
        "from newsdesk.storage.audit_chain import verify_chain\n"
        "from newsdesk.storage.opening import open_database\n"
        "db = open_database(sys.argv[1], migrate=False)\n"
        "with db.engine.connect() as c:\n"
        "    c.exec_driver_sql('SELECT 1')\n"
        "    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "    start = time.perf_counter(); report = verify_chain(c); took = time.perf_counter() - start\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "assert report.ok, report.problems()\n"
        "print(json.dumps({'rows': report.rows, 's': took, 'rss_before_mb': before / 1024,"
        " 'rss_peak_mb': after / 1024}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    figures = json.loads(out.stdout)
    figures["rows_per_s"] = round(figures["rows"] / figures["s"])
    figures["s"] = round(figures["s"], 2)
    figures["rss_growth_mb"] = round(figures.pop("rss_peak_mb") - figures["rss_before_mb"], 1)
    figures["rss_before_mb"] = round(figures["rss_before_mb"], 1)
    return figures


def best_walk(url: str, runs: int) -> dict[str, float]:
    results = [walk(url) for _ in range(runs)]
    return min(results, key=lambda r: r["s"]) | {"runs_s": [r["s"] for r in results]}


def one_row_sqlite(folder: Path, runs: int) -> dict[str, float]:
    """One audit row added in its own write transaction: chained (add_audit) vs a plain INSERT."""
    from sqlalchemy import insert
    from timing import summary, timed

    from newsdesk.storage.models import AuditRow
    from newsdesk.storage.opening import open_database
    from newsdesk.storage.repositories import ArticleRepository

    db = open_database(sqlite_url(folder))
    values = {"article_id": "a", "actor": "karim", "step": "approve", "from_status": "in_review",
              "to_status": "approved", "note": "", "article_version": 3}  # fmt: skip

    def chained() -> None:
        with db.transaction() as session:
            ArticleRepository(session).add_audit(at=datetime.now(UTC), **values)

    def plain() -> None:
        with db.transaction() as session:
            session.execute(insert(AuditRow), [{**values, "at": datetime.now(UTC)}])

    try:
        return _compare(timed(chained, runs), timed(plain, runs), summary)
    finally:
        db.close()


def one_row_postgres(runs: int) -> dict[str, float]:
    """One audit row in its own transaction on PostgreSQL: chain trigger on vs off."""
    import psycopg
    from timing import summary, timed

    values = "'a', 'karim', now(), 'approve', 'in_review', 'approved', ''"
    columns = "article_id, actor, at, step, from_status, to_status, note"
    # With the trigger the id is its to draw; without it, the column default's way.
    chained = f"INSERT INTO audit_log ({columns}) VALUES ({values})"
    plain = (
        f"INSERT INTO audit_log (id, {columns}) VALUES"
        f" (nextval(pg_get_serial_sequence('audit_log', 'id')), {values})"
    )
    with psycopg.connect(pg_url().replace("+psycopg", "")) as conn:

        def add(statement: str) -> None:
            conn.execute(statement)
            conn.commit()

        with_trigger = timed(lambda: add(chained), runs)
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_zz_chain")
        conn.commit()
        without = timed(lambda: add(plain), runs)
        conn.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_zz_chain")
        conn.commit()
    return _compare(with_trigger, without, summary)


def _compare(chained: list[float], plain: list[float], summary) -> dict[str, float]:  # type: ignore[no-untyped-def]
    a, b = summary(chained), summary(plain)
    return {"chained_median_ms": a["median_ms"], "plain_median_ms": b["median_ms"],
            "ratio": round(a["median_ms"] / b["median_ms"], 2)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    figures: dict[str, object] = {"rows": args.rows}
    start = time.perf_counter()
    for _ in chained_rows(args.rows):
        pass
    figures["python_hashing_rows_per_s"] = round(args.rows / (time.perf_counter() - start))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        load_sqlite(folder, chained_rows(args.rows))
        figures["sqlite_walk"] = best_walk(sqlite_url(folder), args.runs)
        figures["sqlite_one_row"] = one_row_sqlite(folder, 300)
    if not args.no_postgres:
        try:
            load_postgres(chained_rows(args.rows))
            figures["postgres_walk"] = best_walk(pg_url(), args.runs)
            figures["postgres_one_row"] = one_row_postgres(300)
        finally:
            drop_postgres()
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
