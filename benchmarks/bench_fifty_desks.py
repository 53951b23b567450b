"""Fifty desks at once on one newsroom server: saving, queue pages, searches and the change feed.

Each desk is a process of its own calling the services (not the command line) with its own
engine and listening connection, logged in as its own person's role on a `server init`
newsroom (see desk_sim.py for what a desk does; desk_newsroom.py for the newsroom and its
archive). 40 desks work at a reporter's pace, 10 at ten times it.

A reporter's pace, in real time: a save every 20 s, a queue page (with its tab counts) every
10 s, a search every 30 s, and the changed articles read whenever the feed says something
changed. `--speed` compresses time: at the default 2 a reporter saves every 10 s and a fast desk
every second; a run of `--seconds` is `speed` times as long in newsroom time.

Two runs on the same newsroom, one after the other:
- direct: every desk straight to PostgreSQL. A desk holds two server connections (its work and
  its listener), so 50 desks need 100: when the server cannot spare them (`max_connections`
  less those in use and a margin for others), as many desks as fit are run, four reporters to
  one fast desk, and the figures say so.
- pgbouncer: the desks' work through a PgBouncer started here (transaction pooling, one
  server connection per person at most, `--pool` in all), the listeners straight to the server
  (`pooler=transaction&listen_port=...` in each desk's URL).

Targets: saving p99 < 200 ms, queue page p99 < 100 ms, no errors but honest conflicts, every
desk hearing of every other desk's write within 1 s (from the writer's commit returning).

Run: .venv/bin/python benchmarks/bench_fifty_desks.py [--articles 20000] [--seconds 90]
By default on a PostgreSQL server of its own, set up with connections for every desk
(own_server.py); with --shared-server on NEWSDESK_BENCH_PG (by default
postgres@127.0.0.1:5432/test, trusting local connections), whose schema and roles are dropped
after. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import signal
import statistics
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import psycopg  # noqa: E402
from desk_newsroom import BenchNewsroom, bench_newsroom, libpq  # noqa: E402
from desk_sim import DeskPlan, DeskResult, desk_process  # noqa: E402
from own_server import own_server  # noqa: E402

from pgbouncer_support import pgbouncer  # noqa: E402

BASE = os.environ.get("NEWSDESK_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REPORTER_PACE = {"save": 20.0, "queue": 10.0, "search": 30.0}  # seconds, real time
FAST = 10.0
GRACE_S = 3.0  # listening goes on this long after the work stops, for the last notices
MARGIN = 12  # server connections left for everyone else
ALONE_S = 15.0  # the baseline's length


def plans(
    room: BenchNewsroom, desks: int, speed: float, url_of: Any, skip: tuple[str, ...] = ()
) -> list[DeskPlan]:
    """The first `desks` people as desks, one in five of them fast (chiefs among both)."""
    fast_count = round(desks / 5)
    found = []
    for n, name in enumerate(room.people[:desks]):
        fast = n % 5 == 4 and n // 5 < fast_count
        pace = speed * (FAST if fast else 1.0)
        intervals = {op: every / pace for op, every in REPORTER_PACE.items() if op not in skip}
        found.append(DeskPlan(name, name in room.chiefs, fast, url_of(name), intervals, seed=n))
    return found


def spare_connections() -> int:
    """Server connections a login role may still open now."""
    with psycopg.connect(libpq(BASE), autocommit=True) as conn:
        row = conn.execute(
            "SELECT current_setting('max_connections')::int"
            " - current_setting('superuser_reserved_connections')::int"
            " - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')"
        ).fetchone()
    assert row is not None
    return int(row[0])


def run_desks(desk_plans: list[DeskPlan], seconds: float) -> list[DeskResult]:
    """Start every desk, let them all begin together, collect what they measured."""
    context = multiprocessing.get_context("fork")
    start = context.Value("d", 0.0)

    def begin() -> None:  # the last desk to be ready sets the common start, just ahead
        start.value = time.monotonic() + 0.5

    ready = context.Barrier(len(desk_plans), action=begin)
    results = context.Queue()
    processes = [
        context.Process(target=desk_process, args=(plan, ready, start, seconds, GRACE_S, results))
        for plan in desk_plans
    ]
    for process in processes:
        process.start()
    found = [results.get(timeout=seconds + 300) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    return found


def percentile(samples: list[float], share: float) -> float:
    """The nearest-rank percentile of `samples`."""
    ordered = sorted(samples)
    return ordered[max(0, round(len(ordered) * share) - 1)]


def figures(samples: list[float]) -> dict[str, float]:
    """Count, median, p99 and max of millisecond samples."""
    if not samples:
        return {"n": 0}
    return {
        "n": len(samples),
        "p50_ms": round(statistics.median(samples), 1),
        "p99_ms": round(percentile(samples, 0.99), 1),
        "max_ms": round(max(samples), 1),
    }


def notice_latencies(results: list[DeskResult]) -> dict[str, Any]:
    """From each write's commit to each other desk hearing it, and to reading it."""
    heard_ms, seen_ms, last_heard_ms, missing = [], [], [], 0
    seen_at: dict[str, dict[str, list[tuple[int, float]]]] = {}
    for desk in results:
        for article, version, at in desk.seen:
            seen_at.setdefault(desk.name, {}).setdefault(article, []).append((version, at))
    for writer in results:
        for article, version, committed in writer.writes:
            latest = 0.0
            for desk in results:
                if desk is writer or not desk.samples:
                    continue  # itself, or a desk that never opened
                heard = desk.heard.get(f"{article} {version}")
                if heard is None:
                    missing += 1
                    continue
                heard_ms.append((heard - committed) * 1000)
                latest = max(latest, heard_ms[-1])
                read = [at for v, at in seen_at.get(desk.name, {}).get(article, []) if v >= version]
                if read:
                    seen_ms.append((min(read) - committed) * 1000)
            last_heard_ms.append(latest)
    return {
        "writes": sum(len(r.writes) for r in results),
        "commit_to_heard_each_desk": figures(heard_ms),
        "commit_to_heard_by_every_desk": figures(last_heard_ms),
        "commit_to_read_each_desk": figures(seen_ms),
        "notices_never_heard": missing,
    }


def report(results: list[DeskResult], seconds: float, note: str = "") -> dict[str, Any]:
    """The figures of one run."""

    def pooled(kind: str, fast: bool | None = None) -> list[float]:
        return [
            ms for r in results if fast is None or r.fast == fast for ms in r.samples.get(kind, [])
        ]

    errors: dict[str, int] = {}
    conflicts: dict[str, int] = {}
    for r in results:
        for kind, count in r.errors.items():
            errors[kind] = errors.get(kind, 0) + count
        for kind, count in r.conflicts.items():
            conflicts[kind] = conflicts.get(kind, 0) + count
    kinds = ("save", "step", "queue_page", "queue_counts", "search", "change_read")
    found: dict[str, Any] = {
        "desks": len(results),
        "fast_desks": sum(r.fast for r in results),
        "chiefs": sum(r.chief for r in results),
        "seconds": seconds,
        **({"note": note} if note else {}),
        **{kind: figures(pooled(kind)) for kind in kinds},
        "save_reporters": figures(pooled("save", fast=False)),
        "save_fast_desks": figures(pooled("save", fast=True)),
        "honest_conflicts": conflicts,
        "errors": errors,
        "notices": notice_latencies(results),
    }
    cpu = sum(r.cpu_s for r in results)
    found["desk_processes_cpu"] = {
        "seconds": round(cpu, 1),
        "share_of_two_cores": round(cpu / (2 * (seconds + GRACE_S)), 2),
    }
    found["targets_met"] = {
        "save_p99_under_200ms": found["save"].get("p99_ms", 1e9) < 200,
        "queue_page_p99_under_100ms": found["queue_page"].get("p99_ms", 1e9) < 100,
        "no_errors": not errors,
        "every_desk_heard_within_1s": (
            found["notices"]["commit_to_heard_by_every_desk"].get("max_ms", 1e9) < 1000
            and found["notices"]["notices_never_heard"] == 0
        ),
    }
    return found


def main() -> None:
    """Make the newsroom, run the desks direct and through PgBouncer, print both."""
    global BASE  # the desks, forked, and the helpers below reach the server through it
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=90)
    parser.add_argument("--speed", type=float, default=1.0)
    parser.add_argument("--pool", type=int, default=25, help="PgBouncer's server connections")
    parser.add_argument("--only", choices=("direct", "pgbouncer"))
    parser.add_argument("--idle", type=float, default=1, help="PgBouncer's server_idle_timeout")
    parser.add_argument(
        "--skip",
        choices=tuple(REPORTER_PACE),
        action="append",
        default=[],
        help="leave this kind of work out (to see what the rest costs)",
    )
    parser.add_argument("--pgbouncer-log", help="keep PgBouncer's log in this file")
    parser.add_argument(
        "--shared-server",
        action="store_true",
        help="run on NEWSDESK_BENCH_PG instead of a server of the benchmark's own",
    )
    args = parser.parse_args()
    # Stopped from outside: still drop the newsroom's schema and roles on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    # Connections for every desk (two each), PgBouncer's pool, the baseline desk and a margin.
    connections = 2 * args.desks + args.pool + 40
    server = nullcontext(BASE) if args.shared_server else own_server(connections)
    with server as base:
        BASE = base
        out_server = "shared" if args.shared_server else f"own, max_connections {connections}"
        chiefs = round(args.desks / 5)
        load_started = time.perf_counter()
        out: dict[str, Any] = {"articles": args.articles, "speed": args.speed, "skipped": args.skip}
        with bench_newsroom(BASE, args.desks, chiefs, args.articles) as room:
            out["newsroom_made_s"] = round(time.perf_counter() - load_started, 1)
            # The baseline: one desk alone on the same newsroom and machine, working flat out.
            lone = room.people[-1]  # an editor
            flat_out = {"save": 0.2, "queue": 0.1, "search": 0.3}
            alone = report(run_desks([DeskPlan(lone, False, True, room.url(lone), flat_out, 99)],
                                     ALONE_S), ALONE_S)  # fmt: skip
            out["one_desk_alone"] = {k: alone[k] for k in ("save", "queue_page", "search")}
            if args.only != "pgbouncer":
                spare = spare_connections() - MARGIN
                desks = min(args.desks, spare // 2)
                note = "" if desks == args.desks else (
                    f"{args.desks} desks need {2 * args.desks} server connections; "
                    f"{spare} could be spared: {desks} desks run"
                )  # fmt: skip
                direct = plans(room, desks, args.speed, room.url, tuple(args.skip))
                out["direct"] = report(run_desks(direct, args.seconds), args.seconds, note)
            if args.only != "direct":
                server_port = room.url_port()
                people = [*room.people, room.admin]
                log = Path(args.pgbouncer_log) if args.pgbouncer_log else None
                with pgbouncer(BASE, people, log, pool_mode="transaction", pool_size=1,
                               max_db_connections=args.pool, max_client_conn=4 * args.desks,
                               server_idle_timeout=args.idle) as port:  # fmt: skip

                    def pooled(name: str) -> str:
                        return (
                            f"{room.url(name, port)}?pooler=transaction&listen_port={server_port}"
                        )

                    bounced = plans(room, args.desks, args.speed, pooled, tuple(args.skip))
                    out["pgbouncer"] = report(run_desks(bounced, args.seconds), args.seconds)
                    out["pgbouncer"]["server_connections"] = (
                        f"{args.pool} pooled + 1 listener a desk"
                    )
        for mode in ("direct", "pgbouncer"):
            if mode in out:
                out[mode]["p99_over_one_desk_alone"] = {
                    kind: round(
                        out[mode][kind]["p99_ms"] / out["one_desk_alone"][kind]["p99_ms"], 1
                    )
                    for kind in ("save", "queue_page", "search")
                    if out[mode][kind].get("n") and out["one_desk_alone"][kind].get("n")
                }
        out["server"] = out_server
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
