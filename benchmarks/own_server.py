"""A PostgreSQL server of the benchmark's own, sized for the newsroom it simulates.

A newsroom server for fifty desks is set up with connections enough for them (each desk holds
two: its work and its change-feed listener); the machine's shared server keeps PostgreSQL's
default of 100. `initdb` and `pg_ctl` come from the machine's PostgreSQL packages, run as an
unprivileged user when the benchmark runs as root, on a free port of 127.0.0.1, trusting local
connections as the shared test server does, with PostgreSQL's other settings left at their
defaults (fsync on).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from login.scram_cluster import ScramCluster, free_port, postgres_bin, server_user


@contextmanager
def own_server(max_connections: int) -> Iterator[str]:
    """Start the server; yield the URL of its database `test` as `postgres`; stop it after."""
    bindir = postgres_bin()
    if bindir is None:
        raise SystemExit("no PostgreSQL server binaries (initdb) on this machine")
    root = Path(tempfile.mkdtemp(prefix="newsdesk-bench-pg-"))
    # The scram cluster's programs and stop (as the server's user, PG variables cleared) serve here.
    server = ScramCluster(bindir, root, free_port(), server_user())
    server.own(root)
    try:
        server.run(
            str(bindir / "initdb"), "-D", str(server.data), "-U", "postgres",
            "--auth=trust", "--encoding=UTF8", "--no-sync",
        )  # fmt: skip
        with (server.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                f"port = {server.port}\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{root}'\n"
                f"max_connections = {max_connections}\n"
            )
        server.run(
            str(bindir / "pg_ctl"), "-D", str(server.data), "-l", str(root / "server.log"),
            "-w", "-t", "60", "start",
        )  # fmt: skip
        with psycopg.connect(
            f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute("CREATE DATABASE test")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{server.port}/test"
    finally:
        server.stop()
