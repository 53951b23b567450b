"""A PgBouncer of one's own in front of the test server: a generated configuration in a folder
of its own, a free port, the process stopped (by its own id) afterwards.

The test server trusts local connections, so PgBouncer does too; it still wants every person
it lets in listed in its auth file, so the people are named. PgBouncer refuses to run as root:
then it runs as `nobody`, and its folder is readable by all (it holds no secret).
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url


def free_port() -> int:
    """A TCP port nobody listens on at the moment."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def config_text(
    server_url: str,
    port: int,
    folder: Path,
    *,
    pool_mode: str = "transaction",
    pool_size: int = 1,
    max_db_connections: int = 0,
    max_client_conn: int = 200,
    server_idle_timeout: float = 5,
) -> str:
    """pgbouncer.ini for one database, named as on the server, pooled by `pool_mode`."""
    server = make_url(server_url)
    target = (
        f"host={server.host or '127.0.0.1'} port={server.port or 5432} dbname={server.database}"
    )
    return "\n".join(
        [
            "[databases]",
            f"{server.database} = {target}",
            "[pgbouncer]",
            "listen_addr = 127.0.0.1",
            f"listen_port = {port}",
            "unix_socket_dir =",
            "auth_type = trust",
            f"auth_file = {folder / 'users.txt'}",
            f"pool_mode = {pool_mode}",
            f"default_pool_size = {pool_size}",
            f"max_db_connections = {max_db_connections}",
            f"max_client_conn = {max_client_conn}",
            # An idle server connection of one person's pool makes room for another's soon.
            f"server_idle_timeout = {server_idle_timeout}",
            "log_connections = 0",
            "log_disconnections = 0",
            "",
        ]
    )


@contextmanager
def pgbouncer(
    server_url: str, people: Sequence[str], keep_log: Path | None = None, **settings: int | str
) -> Iterator[int]:
    """Run PgBouncer for `people` in front of the server; yield its port; stop it after (and
    copy its log to `keep_log`, if given)."""
    with tempfile.TemporaryDirectory(prefix="pgbouncer-") as name:
        folder = Path(name)
        folder.chmod(0o755)
        users = folder / "users.txt"
        users.write_text("".join(f'"{person}" ""\n' for person in people))
        port = free_port()
        ini = folder / "pgbouncer.ini"
        ini.write_text(config_text(server_url, port, folder, **settings))  # type: ignore[arg-type]
        for made in (users, ini):
            made.chmod(0o644)
        as_nobody = ["-u", "nobody"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
        with (folder / "pgbouncer.log").open("wb") as log:
            process = subprocess.Popen(
                ["pgbouncer", *as_nobody, str(ini)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            _wait_for(port, process, folder / "pgbouncer.log")
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if keep_log is not None:
                keep_log.write_bytes((folder / "pgbouncer.log").read_bytes())


def _wait_for(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"pgbouncer ended at once: {log.read_text()[-500:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("pgbouncer did not start listening")
