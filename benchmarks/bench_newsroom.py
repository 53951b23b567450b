"""Per-person connections must not slow the desk: saving an article and listing the first queue
page on PostgreSQL with 100,000 articles, on a newsroom (row-level security, triggers, each
person's own login role) against the same schema without them (one role for everyone).

Run: .venv/bin/python benchmarks/bench_newsroom.py [--articles 100000] [--runs 200]
Uses the PostgreSQL server of the tests (NEWSDESK_TEST_PG, by default postgres@127.0.0.1/test);
its schemas and roles are made for the run and dropped after it. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url
from timing import summary, timed

BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
STATUSES = ("draft", "submitted", "in_review", "approved", "published", "returned")
COLUMNS = (
    "id", "headline", "language", "kicker", "standfirst", "body", "byline", "dateline", "desk",
    "tags", "urgency", "breaking", "status", "version", "author", "created_at", "updated_at",
    "updated_by", "word_count", "lint_errors",
)  # fmt: skip


def url(base: str, schema: str, user: str | None = None) -> str:
    """The schema's URL, logged in as `user` (default: the base URL's)."""
    parsed = make_url(base)
    if user is not None:
        parsed = parsed.set(username=user)
    return parsed.render_as_string(hide_password=False) + f"?options=-csearch_path%3D{schema}"


def libpq(sqlalchemy_url: str) -> str:
    """A SQLAlchemy URL as libpq takes it."""
    return sqlalchemy_url.replace("postgresql+psycopg://", "postgresql://")


def load(base: str, schema: str, articles: int, people: dict[str, str]) -> None:
    """Create the schema, its tables and people, and `articles` articles by COPY."""
    from newsdesk.domain.people import Person, Role
    from newsdesk.services.users import add_person, ensure_first_admin
    from newsdesk.storage.opening import open_database

    with psycopg.connect(libpq(base), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    db = open_database(url(base, schema))
    ensure_first_admin(db, people["admin"])
    add_person(db, Person(people["admin"], Role.ADMIN), people["sara"], "editor")
    db.close()
    author = people["sara"]
    with psycopg.connect(libpq(url(base, schema))) as conn:
        with conn.cursor().copy(f"COPY articles ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for n in range(articles):
                at = "2026-01-01 00:00:00+00"
                copy.write_row(
                    (str(uuid.UUID(int=n)), f"خبر رقم {n}", "ar", "", "", "", "", "", "national",
                     "[]", 5, False, STATUSES[n % len(STATUSES)], 1, author, at,
                     f"2026-01-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00+00", author, 0, 0)
                )  # fmt: skip
        conn.execute("ANALYZE")


def measure(base: str, plain: str, newsroom: str, actor: str, runs: int) -> dict[str, object]:
    """Save one article and list the first queue page on both schemas, in alternating batches
    (so that a busy moment of a shared machine hits both alike); medians and p95 of each."""
    from newsdesk.domain.people import Person, Role
    from newsdesk.services.articles import ArticleService
    from newsdesk.storage.opening import open_database

    person = Person(actor, Role.EDITOR)
    kinds = {
        # The plain schema: one role for everyone (the database's owner); the newsroom: the
        # editor's own login role, with the newsroom's triggers and policies on.
        "plain": open_database(url(base, plain)),
        "newsroom": open_database(url(base, newsroom, actor)),
    }
    article = str(uuid.UUID(int=0))  # a draft by the acting editor
    count = iter(range(10**9))
    samples: dict[str, dict[str, list[float]]] = {k: {"save": [], "page": []} for k in kinds}
    try:
        services = {kind: ArticleService(db, person) for kind, db in kinds.items()}
        batch = 20
        for _ in range(max(1, runs // batch)):
            for kind, service in services.items():
                samples[kind]["save"] += timed(
                    lambda s=service: s.edit(article, headline=f"خبر معدل {next(count)}"), batch
                )
                samples[kind]["page"] += timed(
                    lambda s=service: s.summaries(status="submitted", limit=50), batch
                )
    finally:
        for db in kinds.values():
            db.close()
    return {
        kind: {"save": summary(found["save"]), "first_queue_page": summary(found["page"])}
        for kind, found in samples.items()
    }


@contextmanager
def bench_schemas(base: str, articles: int) -> Iterator[tuple[str, str, dict[str, str], str]]:
    """A plain schema and a newsroom schema with the same data; dropped with their roles after."""
    token = uuid.uuid4().hex[:8]
    people = {who: f"{who}_bench{token}" for who in ("admin", "sara")}
    plain, newsroom, prefix = f"bench_plain_{token}", f"bench_newsroom_{token}", f"ndb_{token}"
    try:
        load(base, plain, articles, people)
        load(base, newsroom, articles, people)
        from newsdesk.cli.main import main as newsdesk

        code = newsdesk(["--db", url(base, newsroom), "server", "init", "--prefix", prefix,
                         "--admin", people["admin"]])  # fmt: skip
        assert code == 0, "server init failed"
        yield plain, newsroom, people, prefix
    finally:
        with psycopg.connect(libpq(base), autocommit=True) as conn:
            roles = [r for (r,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE strpos(rolname, %s) > 0", (token,))]  # fmt: skip
            for schema in (plain, newsroom):
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            for role in roles:
                conn.execute(f'DROP OWNED BY "{role}" CASCADE')
            for role in sorted(roles, key=lambda r: (r.endswith("_owner"), r.startswith("ndb_"))):
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def main() -> None:
    """Load both schemas, time both, print JSON with the ratios."""
    import os

    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    base = os.environ.get("NEWSDESK_TEST_PG", BASE)
    with bench_schemas(base, args.articles) as (plain, newsroom, people, _prefix):
        found = measure(base, plain, newsroom, people["sara"], args.runs)
    result = {
        "articles": args.articles,
        "runs": args.runs,
        **found,
        "ratio": {
            operation: round(
                found["newsroom"][operation]["median_ms"]  # type: ignore[index]
                / found["plain"][operation]["median_ms"],  # type: ignore[index]
                2,
            )
            for operation in ("save", "first_queue_page")
        },
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
