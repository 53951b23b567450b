"""`db check`, `db backup` and `db reindex` on a large archive: how long each takes, how often it
told its progress, and copying the file with `cp` as the baseline for the backup.

Runs in-process, through the same calls the commands make, with a recording progress callback.
`db reindex` rewrites the search index, so it runs on a copy of the archive (the backup) unless
--reindex-in-place is given.
Run: .venv/bin/python benchmarks/bench_db_upkeep.py --db ARCHIVE.db [--skip reindex]
Build an archive first with benchmarks/cli_archive.py.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from newsdesk.services.searching import reindex
from newsdesk.storage.backup import backup_sqlite
from newsdesk.storage.opening import integrity_report, open_database


class Heard:
    """How many progress calls each stage made, and when the first and last came."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = defaultdict(int)
        self.last: dict[str, tuple[int, int]] = {}
        self.started = time.perf_counter()
        self.longest_gap = 0.0
        self._previous = self.started

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        self.longest_gap = max(self.longest_gap, now - self._previous)
        self._previous = now
        self.calls[stage] += 1
        self.last[stage] = (done, total)

    def summary(self) -> dict[str, object]:
        """The calls per stage, the last (done, total) of each, the longest silence."""
        return {
            "progress_calls": dict(self.calls),
            "last": {stage: list(pair) for stage, pair in self.last.items()},
            "longest_gap_between_calls_s": round(self.longest_gap, 2),
        }


def main() -> None:
    """Run the three tasks on --db and print JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument(
        "--skip", action="append", default=[], choices=("check", "backup", "reindex")
    )
    parser.add_argument("--reindex-in-place", action="store_true")
    parser.add_argument("--workdir", type=Path, help="where the backup goes (default: a temp dir)")
    args = parser.parse_args()
    out: dict[str, object] = {
        "database": str(args.db),
        "size_mb": round(args.db.stat().st_size / 1e6),
        "load_before": os.getloadavg(),
    }
    db = open_database(str(args.db), create=False)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        if "check" not in args.skip:
            heard = Heard()
            t0 = time.perf_counter()
            report = integrity_report(db, heard)
            out["check"] = {
                "seconds": round(time.perf_counter() - t0, 1),
                "problems": report.lines(),
                "audit_rows": report.chain.rows if report.chain else None,
                **heard.summary(),
            }
        copy = Path(tmp) / "backup.db"
        if "backup" not in args.skip or "reindex" not in args.skip:
            heard = Heard()
            t0 = time.perf_counter()
            backup_sqlite(args.db, copy, heard)
            backup_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            subprocess.run(["cp", str(args.db), str(Path(tmp) / "plain-copy.db")], check=True)
            cp_s = time.perf_counter() - t0
            (Path(tmp) / "plain-copy.db").unlink()
            out["backup"] = {
                "seconds": round(backup_s, 1),
                "cp_seconds": round(cp_s, 1),
                "ratio_to_cp": round(backup_s / cp_s, 2),
                **heard.summary(),
            }
        if "reindex" not in args.skip:
            target = args.db if args.reindex_in_place else copy
            on = db if args.reindex_in_place else open_database(str(target), create=False)
            steps = 0
            t0 = time.perf_counter()
            total = 0
            for _done, so_far in reindex(on):
                steps += 1
                total = so_far
            seconds = time.perf_counter() - t0
            out["reindex"] = {
                "seconds": round(seconds, 1),
                "articles": total,
                "articles_per_second": round(total / seconds) if seconds else None,
                "progress_calls": steps,
                "on": "the archive" if args.reindex_in_place else "its backup",
            }
            if on is not db:
                on.close()
        shutil.rmtree(tmp, ignore_errors=True)
    db.close()
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
