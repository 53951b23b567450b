"""List the first page of 50 and show one article among 100,000 in SQLite, against raw sqlite3.

Prints JSON: median and p95 milliseconds for the service call and the same query in raw sqlite3,
and their ratio. Run: .venv/bin/python benchmarks/bench_article_store.py [--articles N]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bulk import article_row, insert_articles
from timing import summary, timed

from newsdesk.domain.document import Block, Document
from newsdesk.domain.people import Person, Role
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.opening import open_database

STATUSES = ("draft", "submitted", "in_review", "approved", "published", "returned", "spiked")
WORDS = "الحكومة أخنوش صانع تقليدي الحماية الاجتماعية CNSS التأمين المرض مليون درهم المغرب الرباط".split()


def _body(rng: random.Random) -> str:
    paragraphs = [" ".join(rng.choices(WORDS, k=40)) for _ in range(6)]
    return Document(tuple(Block(text=p) for p in paragraphs)).to_json()


def bulk_load(path: Path, count: int) -> list[str]:
    """Insert `count` articles straight through sqlite3 (the benchmark's own set-up)."""
    rng = random.Random(7)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    ids = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(count)]
    bodies = [_body(rng) for _ in range(50)]
    rows = []
    for i, article_id in enumerate(ids):
        at = (start + timedelta(seconds=i * 37)).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows.append(
            article_row(
                article_id,
                " ".join(rng.choices(WORDS, k=9)),
                "ar",
                bodies[i % 50],
                at,
                desk=rng.choice(("national", "sports", "economy")),
                status=rng.choice(STATUSES),
            )
        )
    insert_articles(path, rows)
    return ids


def main() -> None:
    """Run the benchmark and print JSON."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        db = open_database(str(path))
        ensure_first_admin(db, "admin")
        ids = bulk_load(path, args.articles)
        service = ArticleService(db, Person("admin", Role.ADMIN))
        rng = random.Random(3)
        raw = sqlite3.connect(path)
        list_sql = (
            "SELECT id, headline, language, status, version, desk, author, urgency, breaking, held_by,"
            " word_count, lint_errors,"
            " updated_at FROM articles WHERE status = ? ORDER BY updated_at DESC, id DESC LIMIT 50"
        )

        def raw_list() -> object:
            return raw.execute(list_sql, ("approved",)).fetchall()

        def raw_show() -> object:
            row = raw.execute("SELECT * FROM articles WHERE id = ?", (rng.choice(ids),)).fetchone()
            return json.loads(row[5])

        results = {
            "articles": args.articles,
            "list_page": summary(
                timed(lambda: service.summaries(status="approved", limit=50), args.runs)
            ),
            "list_page_raw_sqlite3": summary(timed(raw_list, args.runs)),
            "show_one": summary(timed(lambda: service.get(rng.choice(ids)), args.runs)),
            "show_one_raw_sqlite3": summary(timed(raw_show, args.runs)),
        }
        for name in ("list_page", "show_one"):
            results[f"{name}_ratio"] = round(
                results[name]["median_ms"] / results[f"{name}_raw_sqlite3"]["median_ms"], 2
            )
        raw.close()
        db.close()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
