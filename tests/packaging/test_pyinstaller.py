"""The one-folder application: build.py builds it, self-checks it, and the result runs alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk import __version__
from packtools import PACKAGING, files_under, isolated_env

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The application folder built by build.py (in temporary folders), and what it printed."""
    dist = tmp_path_factory.mktemp("pyinstaller-dist")
    work = tmp_path_factory.mktemp("pyinstaller-work")
    script = PACKAGING / "pyinstaller" / "build.py"
    result = subprocess.run(
        [sys.executable, str(script), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return dist / "newsdesk", result.stdout


def test_the_build_runs_the_self_check_of_both_programs(frozen: tuple[Path, str]) -> None:
    app, printed = frozen
    assert f"newsdesk {__version__}" in printed
    assert printed.count("ok   preview") == 2 and "FAIL" not in printed
    assert (app / "newsdesk").is_file() and (app / "newsdesk-gui").is_file()


def test_the_built_program_runs_on_a_new_default_database_and_leaves_only_it(
    frozen: tuple[Path, str], tmp_path: Path
) -> None:
    app, _ = frozen
    result = subprocess.run(
        [str(app / "newsdesk-gui"), "--self-check"],
        cwd=tmp_path,
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert str(app) in result.stdout.splitlines()[0]  # its own files, not the source tree's
    assert files_under(tmp_path) == {"data/newsdesk.db"}


def test_the_built_program_fails_its_self_check_clearly_on_a_file_that_is_no_database(
    frozen: tuple[Path, str], tmp_path: Path
) -> None:
    app, _ = frozen
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"not a database at all")
    result = subprocess.run(
        [str(app / "newsdesk"), "gui", "--self-check", "--db", str(bad)],
        cwd=tmp_path,
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "FAIL database" in result.stdout and "is not a database file" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsdesk:")]
    assert errors == [
        f"newsdesk: error: self-check failed: database: {bad} is not a database "
        "file; it was not changed"
    ]
    assert bad.read_bytes() == b"not a database at all"
    assert files_under(tmp_path) == {"notes.db"}
