"""Time importing a 1,000-article submission bundle (a photo each) into an empty database, on
every core and in one process, taken in turns; JSON."""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from multiprocessing import forkserver
from pathlib import Path

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.people import Person, Role
from newsdesk.importers.bundle import read_bundle
from newsdesk.importers.submission import read_submission
from newsdesk.services.exporting import ExportRequest, ExportService
from newsdesk.services.importing import ImportService
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.mapping import snapshot_json
from newsdesk.storage.media import MediaStore
from newsdesk.storage.opening import open_database

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_export import build_articles, write_pictures
from bulk import article_row, insert_articles

ARTICLES = 1_000
RUNS = 5
ADMIN = Person("admin", Role.ADMIN)
AT = "2024-02-28 11:30:00.000000"


def reporter_database(path: Path, count: int) -> None:
    """A reporter's SQLite file with `count` drafts, each with two revisions (created, saved)."""
    db = open_database(str(path))
    ensure_first_admin(db, ADMIN.name)
    db.close()
    rows, revisions = [], []
    for article in build_articles(count):
        content = article.content
        rows.append(
            article_row(
                article.id,
                content.headline,
                content.language,
                content.body.to_json(),
                AT,
                standfirst=content.standfirst,
                status="draft",
            )
        )
        first = ArticleContent(headline=content.headline, language=content.language)
        # The saved revision holds what the row holds (article_row leaves kicker, tags... out).
        stored = ArticleContent(
            headline=content.headline,
            language=content.language,
            standfirst=content.standfirst,
            body=content.body,
            desk="national",
        )
        for number, (step, snapshot) in enumerate((("created", first), ("saved", stored)), start=1):
            revisions.append(
                (article.id, number, 1, "admin", AT, step, "", "draft", snapshot_json(snapshot))
            )
    insert_articles(path, rows)
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO revisions (article_id, revision, version, author, at, step, note,"
            " status, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            revisions,
        )


def media_folder(root: Path, count: int) -> MediaStore:
    """The reporter's media folder: a distinct news-sized photo for each generated article."""
    write_pictures(root, count)
    return MediaStore(root)


def workers_cpu() -> float:
    """CPU seconds of the worker processes that have ended (the fork server reaps them)."""
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # utime, stime, cutime, cstime are fields 14-17 of the line; the first two after ")" are 3-4.
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def import_once(
    folder: Path, bundle: Path, run: int, parallel: bool | None = None
) -> tuple[float, float, float, int]:
    """Seconds (wall, CPU here, CPU in workers) to import into a new empty database, and how
    many were created."""
    db = open_database(str(folder / f"desk-{run}.db"))
    ensure_first_admin(db, ADMIN.name)
    service = ImportService(db, ADMIN)
    service.media = MediaStore(folder / f"desk-media-{run}")
    service.bundle_parallel = parallel
    try:
        away = workers_cpu()
        started, cpu = time.perf_counter(), time.process_time()
        outcome = service.import_file(bundle)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        away = workers_cpu() - away
    finally:
        db.close()
    if outcome.bundle is None:
        raise SystemExit(f"import refused: {outcome.reason}")
    return seconds, cpu, away, outcome.bundle.count("created")


def main() -> None:
    """Write the submission, then time RUNS imports into empty SQLite files; print JSON."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        reporter_database(folder / "reporter.db", ARTICLES)
        db = open_database(str(folder / "reporter.db"))
        bundle = folder / "submission.zip"
        started = time.perf_counter()
        media = media_folder(folder / "media", ARTICLES)
        ExportService(db, ADMIN, media=media).export(ExportRequest(out=bundle, submission=True))
        export_s = time.perf_counter() - started
        db.close()
        started = time.perf_counter()
        files = read_bundle(bundle)
        verify_s = time.perf_counter() - started
        started = time.perf_counter()
        read_submission(files)
        records_s = time.perf_counter() - started
        # The first import starts the fork server (once per desktop session): left out.
        import_once(folder, bundle, RUNS, parallel=True)
        # Taken in turns, so that both see the same share of a busy machine.
        runs, serials = [], []
        for run in range(RUNS):
            runs.append(import_once(folder, bundle, run, parallel=True))
            serials.append(import_once(folder, bundle, RUNS + 1 + run, parallel=False))
        size = bundle.stat().st_size
    seconds = [s for s, _, _, _ in runs]
    created = {c for *_, c in runs}
    median = statistics.median(seconds)
    cpu = statistics.median(c for _, c, _, _ in runs)
    away = statistics.median(a for _, _, a, _ in runs)
    serial = (
        statistics.median(s for s, *_ in serials),
        statistics.median(c for _, c, *_ in serials),
    )
    print(
        json.dumps(
            {
                "benchmark": "import_bundle",
                "articles": ARTICLES,
                "created_each_run": sorted(created),
                "bundle_bytes": size,
                "bundle_files": len(files.files) + 1,
                "export_submission_s": round(export_s, 2),
                "read_and_verify_s": round(verify_s, 3),
                "parse_records_s": round(records_s, 3),
                "import_runs_s": [round(s, 3) for s in seconds],
                "import_median_s": round(median, 3),
                # The quickest run: the nearest to a quiet machine that a shared one gives.
                "import_best_s": round(min(seconds), 3),
                "articles_per_second_best": round(ARTICLES / min(seconds), 1),
                "articles_per_second": round(ARTICLES / median, 1),
                # On a shared machine the process's own CPU time says what the code costs.
                "import_cpu_median_s": round(cpu, 3),
                "articles_per_cpu_second": round(ARTICLES / cpu, 1),
                "import_workers_cpu_median_s": round(away, 3),
                "articles_per_total_cpu_second": round(ARTICLES / (cpu + away), 1),
                # One process (the default below PARALLEL_MIN or MIN_CORES), for the ratio.
                "one_process_runs_s": [round(s, 3) for s, *_ in serials],
                "one_process_s": round(serial[0], 3),
                "one_process_cpu_s": round(serial[1], 3),
                "speedup_over_one_process": round(serial[0] / median, 2),
                "target_articles_per_second": 600,
            }
        )
    )


if __name__ == "__main__":
    main()
