"""A private PostgreSQL cluster that asks for passwords (scram-sha-256), started by the tests.

The shared server on 127.0.0.1:5432 trusts every local connection, so password login can only be
tested against a cluster of our own: `initdb` and `pg_ctl` from the machine's PostgreSQL packages,
run as an unprivileged system user when the tests run as root (PostgreSQL refuses to run as root),
on a free TCP port of 127.0.0.1 with TLS (a self-signed certificate for "localhost") and a Unix
socket in its own temporary folder.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "cluster_boss"
SUPERUSER_PASSWORD = "boss-Pässword-1"
HBA = """\
local   all all                scram-sha-256
host    all all 127.0.0.1/32   scram-sha-256
host    all all ::1/128        scram-sha-256
"""


def postgres_bin() -> Path | None:
    """The newest PostgreSQL server binaries on the machine (Debian layout, then PATH)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4])
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    """A TCP port of 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_user() -> pwd.struct_passwd | None:
    """The unprivileged system user to run the server as, when we are root (else None)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")


@dataclass
class ScramCluster:
    """A running cluster: where it listens and how to reach it as its superuser."""

    bindir: Path
    root: Path
    port: int
    user: pwd.struct_passwd | None

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def certificate(self) -> Path:
        """The server's self-signed certificate (its own root) for host name "localhost"."""
        return self.root / "server.crt"

    def url(
        self,
        role: str,
        database: str,
        password: str | None = None,
        *,
        host: str = "127.0.0.1",
        query: str = "",
    ) -> str:
        """A Newsdesk database URL on this cluster (libpq parameters go in `query`)."""
        secret = f":{quote(password, safe='')}" if password is not None else ""
        tail = f"?{query}" if query else ""
        return f"postgresql://{quote(role, safe='')}{secret}@{host}:{self.port}/{database}{tail}"

    def socket_url(self, role: str, database: str) -> str:
        """A URL through the Unix socket in the cluster's folder."""
        return (
            f"postgresql://{quote(role, safe='')}@/{database}"
            f"?host={quote(str(self.socket_dir), safe='')}&port={self.port}"
        )

    def superuser_conninfo(self, database: str = "postgres") -> str:
        """A libpq connection string for the cluster's superuser."""
        return (
            f"host={self.socket_dir} port={self.port} dbname={database} "
            f"user={SUPERUSER} password={SUPERUSER_PASSWORD}"
        )

    def sql(self, *statements: str, database: str = "postgres") -> None:
        """Run statements as the superuser, each in its own transaction."""
        import psycopg

        with psycopg.connect(self.superuser_conninfo(database), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]

    def scalar(self, query: str, *, database: str) -> object:
        """One value, read as the superuser."""
        import psycopg

        with psycopg.connect(self.superuser_conninfo(database)) as conn:
            row = conn.execute(query).fetchone()  # type: ignore[arg-type]
            return row[0] if row else None

    def add_login(self, role: str, password: str, *, database: str) -> None:
        """A login role with `password` (SCRAM) owning a new database of the same name."""
        escaped = password.replace("'", "''")
        self.sql(
            f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{escaped}'",
            f'CREATE DATABASE "{database}" OWNER "{role}"',
        )

    def run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        """Run one of the server's programs (initdb, pg_ctl) as the server's user, in its folder.

        libpq's PG* variables are left out, so nothing points the program elsewhere; a failure
        raises RuntimeError with what the program wrote on stderr.
        """
        extra: dict[str, object] = {}
        if self.user is not None:
            extra = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C.UTF-8"
        result = subprocess.run(
            argv, capture_output=True, text=True, env=env, cwd=self.root, check=False, **extra
        )  # type: ignore[call-overload]
        if result.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed ({result.returncode}): {result.stderr.strip()}")
        return result

    def start(self) -> None:
        """initdb, a certificate, pg_hba.conf with scram-sha-256 only, then pg_ctl start."""
        for folder in (self.root, self.socket_dir):
            folder.mkdir(exist_ok=True)
            self.own(folder)
        pwfile = self.root / "superuser.pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
        self.own(pwfile)
        self.run(
            str(self.bindir / "initdb"),
            "-D", str(self.data),
            "-U", SUPERUSER,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--no-sync",
        )  # fmt: skip
        pwfile.unlink()
        self._certificate()
        (self.data / "pg_hba.conf").write_text(HBA, encoding="utf-8")
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                f"port = {self.port}\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                "password_encryption = 'scram-sha-256'\n"
                "ssl = on\n"
                f"ssl_cert_file = '{self.certificate}'\n"
                f"ssl_key_file = '{self.root / 'server.key'}'\n"
                "fsync = off\n"
                "max_connections = 40\n"
                "shared_buffers = 16MB\n"
            )
        self.run(
            str(self.bindir / "pg_ctl"),
            "-D", str(self.data),
            "-l", str(self.root / "server.log"),
            "-w", "-t", "60",
            "start",
        )  # fmt: skip

    def _certificate(self) -> None:
        key = self.root / "server.key"
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-keyout", str(key), "-out", str(self.certificate),
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        key.chmod(0o600)
        self.own(key)
        self.own(self.certificate)

    def own(self, path: Path) -> None:
        """Give `path` to the server's user (when the tests run as root)."""
        if self.user is not None:
            os.chown(path, self.user.pw_uid, self.user.pw_gid)

    def stop(self) -> None:
        """Stop the server (fast) and remove its folder."""
        try:
            if (self.data / "postmaster.pid").exists():
                self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(bindir: Path) -> ScramCluster:
    """Create and start a cluster in a new temporary folder the server's user may write."""
    # Under /tmp itself: pytest's own temporary folders are private to root (mode 0700).
    root = Path(tempfile.mkdtemp(prefix="newsdesk-scram-"))
    cluster = ScramCluster(bindir, root, free_port(), server_user())
    try:
        cluster.start()
    except BaseException:
        log = root / "server.log"
        if log.exists():
            print(log.read_text(encoding="utf-8", errors="replace"))
        cluster.stop()
        raise
    return cluster
