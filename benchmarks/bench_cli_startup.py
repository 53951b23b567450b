"""`newsdesk article list`, `article show` and `search`, each a fresh process, against
`python -c "import sqlalchemy"` in the same run.

The baseline and the commands take turns, round after round, so a change in the machine's load
falls on both. Each figure is the median over the rounds of the wall time and of the CPU time
(user + system) of the child process; on a shared machine the CPU time is the steadier of the two.
Bytecode is compiled first, as an installed package has it.
Run: .venv/bin/python benchmarks/bench_cli_startup.py [--db ARCHIVE.db | --articles N] [--rounds R]
Without --db a temporary archive of --articles articles is built (cli_archive.py).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import newsdesk

BASELINE = "python -c 'import sqlalchemy'"


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _environment(user: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NEWSDESK_USER"] = user
    # The log and settings of the runs stay out of the person's own folders.
    scratch = Path(tempfile.mkdtemp(prefix="cli-bench-"))
    env.setdefault("NEWSDESK_DATA_DIR", str(scratch / "data"))
    env.setdefault("NEWSDESK_CONFIG_DIR", str(scratch / "config"))
    return env


def measure(
    db: str, newsdesk_cmd: str, rounds: int, query: str, user: str, shown: int = 8
) -> dict[str, object]:
    """Time the three commands and the baseline on `db`; return the figures."""
    env = _environment(user)
    listed = subprocess.run(
        [newsdesk_cmd, "--db", str(db), "--json", "article", "list", "--limit", "1"],
        env=env,
        capture_output=True,
        check=True,
    )
    prefix = json.loads(listed.stdout)[0]["id"][:shown]  # as `article list` shows it
    commands = {
        BASELINE: [sys.executable, "-c", "import sqlalchemy"],
        "article list": [newsdesk_cmd, "--db", str(db), "article", "list"],
        "article show": [newsdesk_cmd, "--db", str(db), "article", "show", prefix],
        "search": [newsdesk_cmd, "--db", str(db), "search", query],
    }
    for argv in commands.values():  # warm the file cache and the bytecode
        _run(argv, env)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, argv in commands.items():
            samples[name].append(_run(argv, env))
    wall = {name: statistics.median(w for w, _ in runs) for name, runs in samples.items()}
    cpu = {name: statistics.median(c for _, c in runs) for name, runs in samples.items()}
    return {
        "database": db,
        "articles": _count(db),
        "rounds": rounds,
        "median_wall_ms": {name: round(v * 1000, 1) for name, v in wall.items()},
        "median_cpu_ms": {name: round(v * 1000, 1) for name, v in cpu.items()},
        "wall_ratio": {n: round(wall[n] / wall[BASELINE], 2) for n in commands if n != BASELINE},
        "cpu_ratio": {n: round(cpu[n] / cpu[BASELINE], 2) for n in commands if n != BASELINE},
    }


def _count(db: str) -> int:
    from sqlalchemy import create_engine, text

    from newsdesk.storage.engine import resolve_url

    engine = create_engine(resolve_url(db))
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM articles")).scalar_one())
    finally:
        engine.dispose()


def main() -> None:
    """Run the benchmark and print JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--db", action="append", help="an archive: SQLite file or database URL (repeatable)"
    )
    parser.add_argument("--articles", type=int, default=1000, help="size of the built archive")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--query", default="الرباط الجفاف")
    parser.add_argument("--as", dest="user", default="admin", help="the acting user")
    parser.add_argument(
        "--id-length",
        type=int,
        default=8,
        help="characters of the id given to `article show` (archive.py's ids share their first 8)",
    )
    parser.add_argument(
        "--newsdesk",
        default=str(Path(sys.executable).with_name("newsdesk")),
        help="the newsdesk command to time (another installation, to compare)",
    )
    args = parser.parse_args()
    compileall.compile_dir(Path(newsdesk.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        databases = args.db
        if not databases:
            from cli_archive import build_archive

            built = Path(tmp) / "archive.db"
            build_archive(built, args.articles)
            databases = [str(built)]
        results = [
            measure(db, args.newsdesk, args.rounds, args.query, args.user, args.id_length)
            for db in databases
        ]
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
