"""Fixtures of the login tests: the private scram-sha-256 cluster and login roles on it."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from login.scram_cluster import ScramCluster, postgres_bin, start_cluster
from support import own_qt_settings

_numbers = itertools.count(1)


def _required() -> bool:
    return bool(os.environ.get("NEWSDESK_REQUIRE_TOOLS") or os.environ.get("NEWSDESK_REQUIRE_PG"))


@pytest.fixture(scope="session")
def scram_cluster() -> Iterator[ScramCluster]:
    """A PostgreSQL cluster of the test run's own with scram-sha-256 for every connection."""
    bindir = postgres_bin()
    for what, found in (("initdb and pg_ctl", bindir), ("openssl", shutil.which("openssl"))):
        if found is None:
            message = f"{what} not found (the PostgreSQL server packages are needed)"
            if _required():
                pytest.fail(message + "; NEWSDESK_REQUIRE_TOOLS or NEWSDESK_REQUIRE_PG is set")
            pytest.skip(message)
    assert bindir is not None
    cluster = start_cluster(bindir)
    try:
        yield cluster
    finally:
        cluster.stop()


@dataclass(frozen=True)
class Login:
    """A login role with a password on the private cluster, owning a database of its own."""

    cluster: ScramCluster
    role: str
    password: str
    database: str

    def url(self, *, password: str | None = None, host: str = "127.0.0.1", query: str = "") -> str:
        """The database URL of this login (a password in it only when given)."""
        return self.cluster.url(self.role, self.database, password, host=host, query=query)


@pytest.fixture
def login(scram_cluster: ScramCluster) -> Login:
    """A new role and database for one test (names unique within the run)."""
    number = next(_numbers)
    role = f"reporter{number}"
    # Non-ASCII and shell-unfriendly on purpose: nothing on the way may mangle a password.
    password = f"Sésame {number}'\"$ouvre-toi"
    scram_cluster.add_login(role, password, database=f"desk{number}")
    return Login(scram_cluster, role, password, f"desk{number}")


@pytest.fixture
def qt_settings(tmp_path, qapp) -> Iterator[None]:
    """Qt's settings of one test in its own folder (as tests/gui does)."""
    with own_qt_settings(tmp_path / "qt"):
        yield


@pytest.fixture
def frame(qtbot, qt_settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The empty main window the desktop app opens a newsroom in (no welcome, no recovery).

    When the test ends its queue stops polling and its database is let go: the newsroom it
    polls (a cluster database, or roles on the shared server) is gone soon after.
    """
    from newsdesk.app import show_frame

    monkeypatch.setattr("newsdesk.gui.startup._after_show", lambda *a, **k: None)
    window = show_frame()
    qtbot.addWidget(window)
    yield window
    if window.attached:
        window.queue.poll.stop()
        window.articles.db.close()


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> dict[str, str]:
    """An environment for CLI subprocesses with none of the machine's PG* settings."""
    for name in list(os.environ):
        if name.startswith("PG"):
            monkeypatch.delenv(name)
    home = tmp_path / "userhome"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # libpq looks for ~/.pgpass and ~/.pg_service.conf
    # Whatever the URL does not say must not fall back to the machine's default server (the
    # shared one, which trusts everybody): libpq's last resort points nowhere.
    monkeypatch.setenv("PGHOST", str(tmp_path / "no-server-here"))
    return dict(os.environ)
