"""Shared fixtures: real SQLite files and the real PostgreSQL server, each test on a clean slate."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.engine import Database
from newsdesk.storage.opening import open_database
from support import ADMIN, missing

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PG_BASE_URL = os.environ.get(
    "NEWSDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
# Each test run works in a schema of its own, so runs sharing the database do not collide.
PG_SCHEMA = f"newsdesk_test_{os.getpid()}"
PG_URL = f"{PG_BASE_URL}?options=-csearch_path%3D{PG_SCHEMA}"


def _reset_postgres() -> None:
    import psycopg

    url = PG_BASE_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")
            conn.execute(f"CREATE SCHEMA {PG_SCHEMA}")
    except psycopg.OperationalError as exc:
        if os.environ.get("NEWSDESK_REQUIRE_PG"):
            raise
        pytest.skip(f"PostgreSQL not reachable: {exc}")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the real user folders and environment."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NEWSDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("NEWSDESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.delenv("NEWSDESK_DB", raising=False)
    monkeypatch.delenv("NEWSDESK_USER", raising=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """A URL for an empty database: a new SQLite file, or a freshly emptied PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'newsdesk.db'}"
    _reset_postgres()
    return PG_URL


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An opened, migrated database with admin, sara (editor) and karim (chief)."""
    database = open_database(db_url)
    ensure_first_admin(database, ADMIN.name)
    add_person(database, ADMIN, "sara", "editor")
    add_person(database, ADMIN, "karim", "chief")
    try:
        yield database
    finally:
        database.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop this run's PostgreSQL schema."""
    try:
        import psycopg

        url = PG_BASE_URL.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE")
    except Exception:
        pass


@pytest.fixture
def need_tool() -> Callable[..., str]:
    """Find a program on PATH; skip without it, or fail when NEWSDESK_REQUIRE_TOOLS is set."""

    def find(*names: str) -> str:
        for name in names:
            path = shutil.which(name)
            if path:
                return path
        missing(" or ".join(names))
        raise AssertionError("unreachable")

    return find


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A real file system of 1 MB of its own, mounted for the test (root ignores file modes)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        missing("root and mount, to give the database a small file system of its own")
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-disk-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()
