"""The newsroom dictionary and the hamza-seat fold, on a SQLite file: what they cost.

Prints JSON:
- fold: folding a 20,000-word Arabic article (whole, as `fold` is given a text) with the
  hamza seats folded, against the same fold without them (what the seat folding adds);
- version: polling `dictionary_version` with 10,000 words, against a bare `SELECT 1`;
- accepted: reading every accepted word (newsroom and personal) with 10,000 words;
- import: a 10,000-word list imported in one transaction (each word audited);
- with --newsroom: the same import on PostgreSQL as an editor's own login on a newsroom
  (triggers, the audit checks at commit), against a plain schema (the database's owner).
Run: .venv/bin/python benchmarks/bench_dictionary.py [--newsroom] [--words 10000]
Uses the PostgreSQL server of the tests (NEWSDESK_TEST_PG); its schemas and roles are dropped.
"""

from __future__ import annotations

import json
import random
import re
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from timing import summary, timed

import newsdesk.text.normalize as normalize
from newsdesk.domain.people import Person, Role
from newsdesk.services.dictionary import DictionaryService, dictionary_version
from newsdesk.services.personal_dictionary import accepted_words
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.settings import Settings
from newsdesk.storage.opening import open_database

WORDS = (
    "المسؤول مسئول الشؤون الشئون رئيس الحكومة مبادئ مبادىء هيئة سؤال يؤكد التأمين الإجباري "
    "المغرب الرباط الوزارة الاقتصاد المالية الميزانية الاستثمار الفلاحة الماء الجفاف"
).split()
ADMIN = Person("admin", Role.ADMIN)
_NEVER = re.compile("(?!)")


def article(words: int, seed: int = 7) -> str:
    """A long Arabic article made of news words, many of them with a hamza on a seat."""
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words))


def fold_cost(body: str) -> dict[str, object]:
    """The article folded with and without the seat folding."""

    def terms() -> None:
        normalize.fold(body)

    with_seats = summary(timed(terms, 20))
    seat, yeh = normalize._HAMZA_SEAT, normalize._YEH_HAMZA
    normalize._HAMZA_SEAT = normalize._YEH_HAMZA = _NEVER
    try:
        without = summary(timed(terms, 20))
    finally:
        normalize._HAMZA_SEAT, normalize._YEH_HAMZA = seat, yeh
    return {
        "with_seats": with_seats,
        "without_seats": without,
        "ratio": round(with_seats["median_ms"] / without["median_ms"], 2),
    }


def postgres_imports(words: int) -> dict[str, object]:
    """Import `words` words on a plain schema and on a newsroom, in milliseconds."""
    import os
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    from newsdesk.cli.main import main as cli

    base = os.environ.get("NEWSDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    token = uuid.uuid4().hex[:8]
    libpq = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    listing = "".join(f"كلمة{n}\n" for n in range(words)).encode()

    def schema_url(schema: str, user: str | None = None) -> str:
        parsed = make_url(base)
        if user is not None:
            parsed = parsed.set(username=user)
        return parsed.render_as_string(hide_password=False) + f"?options=-csearch_path%3D{schema}"

    times: dict[str, float] = {}
    schemas = {"plain": f"bench_plain_{token}", "newsroom": f"bench_room_{token}"}
    admin, sara = f"admin_{token}", f"sara_{token}"
    try:
        with psycopg.connect(libpq, autocommit=True) as conn:
            for schema in schemas.values():
                conn.execute(f'CREATE SCHEMA "{schema}"')
        for kind, schema in schemas.items():
            db = open_database(schema_url(schema))
            ensure_first_admin(db, admin)
            add_person(db, Person(admin, Role.ADMIN), sara, "editor")
            db.close()
            if kind == "newsroom":
                init = ["--db", schema_url(schema), "server", "init", "--prefix", f"b_{token}"]
                assert cli(init) == 0
            who = Person(sara, Role.EDITOR)
            db = open_database(schema_url(schema, sara if kind == "newsroom" else None))
            try:
                start = time.perf_counter()
                DictionaryService(db, who).import_list(listing)
                times[f"{kind}_ms"] = round((time.perf_counter() - start) * 1000, 1)
            finally:
                db.close()
    finally:
        with psycopg.connect(libpq, autocommit=True) as conn:
            for schema in schemas.values():
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            roles = [
                r
                for (r,) in conn.execute(
                    "SELECT rolname FROM pg_roles WHERE strpos(rolname, %s) > 0", (token,)
                )
            ]
            for role in roles:
                conn.execute(f'DROP OWNED BY "{role}" CASCADE')
            for role in sorted(roles, key=lambda n: (n.endswith("_owner"), n.startswith("b_"))):
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')
    return {**times, "ratio": round(times["newsroom_ms"] / times["plain_ms"], 2)}


def main() -> None:
    """Print the figures as JSON."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--newsroom", action="store_true")
    parser.add_argument("--words", type=int, default=10_000)
    args = parser.parse_args()
    body = article(20_000)
    figures: dict[str, object] = {"fold_20000_words": fold_cost(body)}
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "bench.db"))
        try:
            ensure_first_admin(db, ADMIN.name)
            listing = "".join(f"كلمة{n}\n" for n in range(args.words)).encode()
            start = time.perf_counter()
            DictionaryService(db, ADMIN).import_list(listing)
            figures[f"import_{args.words}_words_ms"] = round(
                (time.perf_counter() - start) * 1000, 1
            )

            def bare() -> None:
                with db.reading() as session:
                    session.execute(text("SELECT 1")).scalar()

            poll = summary(timed(lambda: dictionary_version(db), 200))
            baseline = summary(timed(bare, 200))
            figures["version_poll"] = {
                "version": poll,
                "select_1": baseline,
                "ratio": round(poll["median_ms"] / baseline["median_ms"], 2),
            }
            settings = Settings(personal_words=[f"word{n}" for n in range(100)])
            figures["accepted_words_10100"] = summary(
                timed(lambda: accepted_words(db, settings), 20)
            )
        finally:
            db.close()
    if args.newsroom:
        figures[f"postgres_import_{args.words}_words"] = postgres_imports(args.words)
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
