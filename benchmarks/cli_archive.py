"""A large SQLite archive for the command-line benchmarks: articles, their index and audit rows.

Written straight through sqlite3 (as bulk.py does), in chunks, so a million articles fit in
memory. Bodies are short (one paragraph of about 40 words): the command line lists, shows and
searches, and neither its start-up nor a query on an index depends on a body's length. Each
article gets its search-index row (folded as Newsdesk folds) and one chained audit row, so that
`db check` walks a chain as long as the archive.
Run: .venv/bin/python benchmarks/cli_archive.py --articles 1000000 --db /tmp/million.db
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench_search import ARABIC, FILLER_AR, FILLER_FR, FRENCH, make_text
from bulk import COLUMNS, article_row

from newsdesk.domain.document import Block, Document
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.audit_chain import canonical
from newsdesk.storage.opening import open_database
from newsdesk.text.normalize import normalize_for_index

CHUNK = 20_000
# Nearly everything in a ten-year archive is published; the rest is today's work.
STATUSES = (("published", 0.97), ("approved", 0.01), ("draft", 0.01), ("spiked", 0.01))
DESKS = ("national", "sports", "economy", "world", "culture")


def _status(rng: random.Random) -> str:
    roll = rng.random()
    for status, share in STATUSES:
        if roll < share:
            return status
        roll -= share
    return STATUSES[0][0]


def build_archive(path: Path, count: int, seed: int = 21) -> list[str]:
    """Create a Newsdesk database at `path` holding `count` articles; return a few of their ids."""
    db = open_database(str(path))
    ensure_first_admin(db, "admin")
    db.close()
    rng = random.Random(seed)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    step = timedelta(days=3650) / max(count, 1)
    placeholders = ", ".join("?" * len(COLUMNS))
    picked: list[str] = []
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        last_id, previous = (int(row[0]), str(row[1])) if row else (0, "")
        for first in range(0, count, CHUNK):
            articles, index_rows, audit_rows = [], [], []
            for i in range(first, min(first + CHUNK, count)):
                arabic = rng.random() < 0.8
                words, filler = (ARABIC, FILLER_AR) if arabic else (FRENCH, FILLER_FR)
                article_id = str(uuid.UUID(int=rng.getrandbits(128)))
                headline = make_text(rng, words, filler, 9)
                text = make_text(rng, words, filler, 40)
                body = Document((Block(text=text),)).to_json()
                at = (start + step * i).strftime("%Y-%m-%d %H:%M:%S.%f")
                status = _status(rng)
                articles.append(
                    article_row(
                        article_id,
                        headline,
                        "ar" if arabic else "fr",
                        body,
                        at,
                        desk=rng.choice(DESKS),
                        status=status,
                    )
                )
                index_rows.append(
                    (article_id, normalize_for_index(headline), "", "", normalize_for_index(text))
                )
                last_id += 1
                fields = (last_id, article_id, "admin", at, "publish", "approved", status, "", 1)
                digest = hashlib.sha256(canonical(*fields, previous).encode()).hexdigest()
                audit_rows.append((*fields, previous, digest))
                previous = digest
                if i % (count // 20 or 1) == 0:
                    picked.append(article_id)
            conn.executemany(
                f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({placeholders})", articles
            )
            conn.executemany(
                "INSERT INTO article_search (article_id, headline, kicker, standfirst, body, tags)"
                " VALUES (?, ?, ?, ?, ?, '')",
                index_rows,
            )
            conn.executemany(
                "INSERT INTO audit_log (id, article_id, actor, at, step, from_status, to_status,"
                " note, article_version, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                audit_rows,
            )
            conn.commit()
    return picked


def main() -> None:
    """Build the archive and say how long it took."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, required=True, help="the SQLite file to create")
    args = parser.parse_args()
    if args.db.exists():
        raise SystemExit(f"{args.db} exists already")
    t0 = time.perf_counter()
    build_archive(args.db, args.articles)
    print(f"{args.articles} articles in {time.perf_counter() - t0:.1f} s at {args.db}")


if __name__ == "__main__":
    main()
