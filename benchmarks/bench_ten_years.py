"""Every figure of the ten-year archive and the fifty-desk newsroom, in one run, against the clock.

Loads one archive of --articles articles (default a million) into SQLite and into a new
PostgreSQL database, then runs on them, each benchmark a process of its own and in this order:
the desk, queue and search figures (bench_archive.py, beside a 1,000-article archive), the
command line against `python -c "import sqlalchemy"` (bench_cli_startup.py, both databases),
`db check` / `db backup` / `db reindex` (bench_db_upkeep.py, SQLite), then the fifty desks
(bench_fifty_desks.py), export against zipping (bench_export.py), import (bench_import.py) and
typing in the 20,000-word article with house style and spelling on (bench_gui.py).

Prints one JSON object: each step's wall time, exit status and figures (the last JSON the step
printed), the machine's load before each step, and the total against the 30-minute budget.
The archives are removed at the end unless --keep is given.
Run: .venv/bin/python benchmarks/bench_ten_years.py [--articles 1000000] [--skip STEP ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench_archive import pg_database  # the server is NEWSDESK_BENCH_PG, as there

HERE = Path(__file__).resolve().parent
BUDGET_MINUTES = 30
STEPS = (
    "load-sqlite",
    "load-pg",
    "archive",
    "cli",
    "upkeep",
    "fifty",
    "export",
    "import",
    "typing",
)


def last_json(output: str) -> Any:
    """The last JSON value a benchmark printed (they print one, sometimes after other lines)."""
    decoder = json.JSONDecoder()
    found: Any = None
    at = 0
    while (start := _next_opening(output, at)) >= 0:
        try:
            found, at = decoder.raw_decode(output, start)
        except json.JSONDecodeError:
            at = start + 1
    return found


def _next_opening(text: str, at: int) -> int:
    spots = [i for i in (text.find("{", at), text.find("[", at)) if i >= 0]
    return min(spots) if spots else -1


def run_step(name: str, args: list[str]) -> dict[str, Any]:
    """Run one benchmark script and keep its time, status and figures."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / args[0]), *args[1:]], capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    step = {
        "seconds": round(seconds, 1),
        "exit": done.returncode,
        "load_before": round(load, 2),
        "figures": last_json(done.stdout),
    }
    if done.returncode:
        step["stderr_tail"] = done.stderr[-2000:]
    print(f"{name}: {seconds:.0f} s, exit {done.returncode}", file=sys.stderr)
    return step


def plan(articles: int, sqlite_file: Path, pg_url: str, work: Path) -> dict[str, list[str]]:
    """Each step's script and arguments."""
    return {
        "load-sqlite": ["archive.py", "--db", f"sqlite:///{sqlite_file}", "--articles", str(articles)],
        "load-pg": ["archive.py", "--db", pg_url, "--articles", str(articles)],
        "archive": [
            "bench_archive.py", "--large", str(articles), "--sqlite-large", str(sqlite_file),
            "--pg-large", pg_url,
        ],
        "cli": [
            "bench_cli_startup.py", "--db", str(sqlite_file), "--db", pg_url, "--rounds", "9",
            "--id-length", "36",
        ],
        "upkeep": ["bench_db_upkeep.py", "--db", str(sqlite_file), "--workdir", str(work)],
        "fifty": ["bench_fifty_desks.py", "--seconds", "60"],
        "export": ["bench_export.py", "--no-pdf"],
        "import": ["bench_import.py"],
        "typing": ["bench_gui.py", "--typing-only"],
    }  # fmt: skip


def main() -> None:
    """Run the steps in order and print the figures and the total time as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--skip", nargs="*", default=[], choices=STEPS)
    parser.add_argument("--workdir", type=Path, help="where the SQLite archive goes")
    parser.add_argument("--keep", action="store_true", help="keep both archives")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ten-years-", dir=args.workdir))
    sqlite_file = work / "archive.db"
    database = f"newsdesk_ten_years_{uuid.uuid4().hex[:8]}"
    pg_url = pg_database(database, create=True)
    steps = plan(args.articles, sqlite_file, pg_url, work)
    report: dict[str, Any] = {"articles": args.articles, "cores": os.cpu_count(), "steps": {}}
    started = time.perf_counter()
    try:
        for name in STEPS:
            if name not in args.skip:
                report["steps"][name] = run_step(name, steps[name])
    finally:
        minutes = (time.perf_counter() - started) / 60
        report["total_minutes"] = round(minutes, 1)
        report["budget_minutes"] = BUDGET_MINUTES
        report["within_budget"] = minutes <= BUDGET_MINUTES
        if args.keep:
            report["kept"] = {"sqlite": str(sqlite_file), "postgresql": pg_url}
        else:
            pg_database(database, create=False)
            for path in sorted(work.rglob("*"), reverse=True):
                path.unlink() if path.is_file() else path.rmdir()
            work.rmdir()
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
