"""Indexing speed: `db reindex` (search.rebuild) and the archive loader, against older code.

For each database, in child processes:
- load an archive of --articles with archive.py (this code), and the same with the baseline's
  archive.py and code (`git archive` of --baseline, default main, into a temporary folder);
  phase times as each loader prints them;
- rebuild each archive's index --runs times with the code that loaded it, alternated (so each
  code writes the index it defines, its FTS5 tokenizer included): articles per second of wall
  clock and per CPU second (the rebuilding process and its workers; PostgreSQL's backend
  apart), a digest of the index each one wrote (the same digest means the same terms, byte
  for byte) and, on SQLite, of the tokens FTS5 stored (fts5vocab: each token with its
  articles and occurrences).
Prints JSON. Run:
  .venv/bin/python benchmarks/bench_indexing.py [--articles 20000] [--runs 2]
      [--databases sqlite postgresql] [--baseline main]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
from pathlib import Path

from timing import backend_cpu_s

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PG_SERVER = os.environ.get("NEWSDESK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432")


def child_rebuild(url: str) -> dict[str, object]:
    """Rebuild the index of the archive at `url` in one transaction; figures and a digest."""
    from sqlalchemy import create_engine

    import newsdesk
    from newsdesk.storage.engine import resolve_url
    from newsdesk.storage.search import rebuild

    engine = create_engine(resolve_url(url))
    with engine.connect() as connection:
        server0 = backend_cpu_s(connection)
        wall0, cpu0 = time.perf_counter(), time.process_time()
        children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = 0
        for progress in rebuild(connection):
            done = progress[0]
        connection.commit()
        wall = time.perf_counter() - wall0
        cpu = time.process_time() - cpu0
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers_cpu = (children.ru_utime - children0.ru_utime) + (
            children.ru_stime - children0.ru_stime
        )
        server1 = backend_cpu_s(connection)
        digest = _index_digest(connection)
        tokens = _token_digest(connection)
    engine.dispose()
    total_cpu = cpu + workers_cpu
    return {
        "code": str(Path(newsdesk.__file__).parent.parent),
        "articles": done,
        "wall_s": round(wall, 2),
        "per_s": round(done / wall),
        "cpu_s": round(total_cpu, 2),
        "main_cpu_s": round(cpu, 2),
        "workers_cpu_s": round(workers_cpu, 2),
        "per_cpu_s": round(done / total_cpu),
        "server_cpu_s": None if server0 is None or server1 is None else round(server1 - server0, 2),
        "digest": digest,
        "tokens": tokens,
    }


def _index_digest(connection: object) -> str:
    from sqlalchemy import Connection

    assert isinstance(connection, Connection)
    sqlite = connection.dialect.name == "sqlite"
    # Every indexed column (FTS5) or the document as text (PostgreSQL), in a fixed order.
    columns = "headline, kicker, standfirst, body, tags" if sqlite else "document::text"
    sql = f"SELECT article_id, {columns} FROM article_search ORDER BY article_id"
    digest = hashlib.sha256()
    for row in connection.exec_driver_sql(sql):
        digest.update("\x1f".join(row).encode() + b"\x1e")
    return digest.hexdigest()[:16]


def _token_digest(connection: object) -> str | None:
    """SQLite: a digest of every token FTS5 stored, with its articles and occurrences."""
    from sqlalchemy import Connection

    assert isinstance(connection, Connection)
    if connection.dialect.name != "sqlite":
        return None
    connection.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab"
        " USING fts5vocab(main, article_search, row)"
    )
    digest = hashlib.sha256()
    for term, articles, count in connection.exec_driver_sql(
        "SELECT term, doc, cnt FROM temp.bench_vocab ORDER BY term"
    ):
        digest.update(f"{term}\x1f{articles}\x1f{count}\x1e".encode())
    return digest.hexdigest()[:16]


def _run(args: list[str], pythonpath: Path | None = None) -> dict[str, object]:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout[done.stdout.index("{") :])


def _new_database(kind: str, folder: Path) -> tuple[str, str | None]:
    if kind == "sqlite":
        return f"sqlite:///{folder / (uuid.uuid4().hex + '.db')}", None
    name = "bench_indexing_" + uuid.uuid4().hex[:10]
    _on_server(f"CREATE DATABASE {name}")
    return f"{PG_SERVER}/{name}", name


def _drop_database(name: str | None) -> None:
    if name is not None:
        _on_server(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _on_server(sql: str) -> None:
    from sqlalchemy import create_engine

    from newsdesk.storage.engine import resolve_url

    engine = create_engine(resolve_url(f"{PG_SERVER}/postgres"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(sql)
    engine.dispose()


def _baseline(ref: str, folder: Path) -> Path:
    archive = folder / "baseline.tar"
    with archive.open("wb") as out:
        subprocess.run(
            ["git", "-C", str(ROOT), "archive", ref, "src", "benchmarks"], stdout=out, check=True
        )
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "baseline", filter="data")
    return folder / "baseline"


def main() -> None:
    """Measure and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--baseline", default="main")
    parser.add_argument("--child-rebuild", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_rebuild:
        print(json.dumps(child_rebuild(args.child_rebuild)))
        return
    out: dict[str, object] = {"articles": args.articles, "baseline": args.baseline}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = _baseline(args.baseline, folder)
        for kind in args.databases:
            figures: dict[str, object] = {"uptime_before": os.getloadavg()}
            url, name = _new_database(kind, folder)
            loader = [str(HERE / "archive.py"), "--db", url, "--articles", str(args.articles)]
            figures["loader"] = _run(loader)
            old_url, old_name = _new_database(kind, folder)
            old = [str(base / "benchmarks" / "archive.py"), "--db", old_url]
            figures["baseline_loader"] = _run(
                [*old, "--articles", str(args.articles)], base / "src"
            )
            runs: dict[str, list[dict[str, object]]] = {"this": [], "baseline": []}
            for _ in range(args.runs):
                rebuild = [str(Path(__file__).resolve()), "--child-rebuild"]
                runs["this"].append(_run([*rebuild, url]))
                runs["baseline"].append(_run([*rebuild, old_url], base / "src"))
            figures["rebuild"] = runs
            best = {k: min(float(str(r["cpu_s"])) for r in v) for k, v in runs.items()}
            figures["rebuild_cpu_ratio"] = round(best["baseline"] / best["this"], 2)
            walls = {k: min(float(str(r["wall_s"])) for r in v) for k, v in runs.items()}
            figures["rebuild_wall_ratio"] = round(walls["baseline"] / walls["this"], 2)
            figures["same_index"] = len({r["digest"] for v in runs.values() for r in v}) == 1
            figures["same_tokens"] = len({r["tokens"] for v in runs.values() for r in v}) == 1
            figures["uptime_after"] = os.getloadavg()
            _drop_database(name)
            _drop_database(old_name)
            out[kind] = figures
            print(json.dumps({kind: figures}), file=sys.stderr, flush=True)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
