"""The progress bar: on a terminal only, only once the work has lasted, and for each stage of
`db check` and `db backup` (on a real pseudo-terminal, with the delay taken away)."""

from __future__ import annotations

import io
import os
import select
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chaintools import take_steps
from newsdesk.cli import progress
from newsdesk.cli.main import main
from newsdesk.cli.progress import ProgressBar
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.opening import open_database
from support import ADMIN

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


@pytest.fixture
def terminal() -> Iterator[tuple[io.TextIOWrapper, int]]:
    """A pseudo-terminal: the stream a program writes to, and the end that reads what it wrote."""
    reader, writer = os.openpty()
    stream = os.fdopen(writer, "w", encoding="utf-8")
    yield stream, reader
    stream.close()
    os.close(reader)


def _shown(reader: int) -> str:
    chunks = []
    while select.select([reader], [], [], 0.2)[0]:
        chunks.append(os.read(reader, 65536))
    return b"".join(chunks).decode("utf-8")


def test_the_bar_is_drawn_on_a_terminal(terminal) -> None:
    stream, reader = terminal
    bar = ProgressBar("counting", stream=stream, delay=0)
    bar.update(1, 2)
    bar.update(2, 2)
    bar.finish()
    stream.flush()
    shown = _shown(reader)
    assert f"counting [{'#' * 15}{'.' * 15}] 1/2" in shown
    assert shown.rstrip("\r\n").endswith(f"counting [{'#' * 30}] 2/2\033[K")


def test_no_bar_off_a_terminal_or_before_two_seconds(terminal) -> None:
    piped = io.StringIO()
    ProgressBar("counting", stream=piped, delay=0).update(1, 2)
    assert piped.getvalue() == ""
    stream, reader = terminal
    now = [100.0]
    bar = ProgressBar("counting", stream=stream, clock=lambda: now[0])
    bar.update(1, 4)
    bar.finish()  # nothing drawn: not even the end of a line
    now[0] = 101.9
    bar.update(2, 4)
    stream.flush()
    assert _shown(reader) == ""
    now[0] = 102.0
    bar.update(3, 4)
    stream.flush()
    assert "counting [" in _shown(reader)


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    path = tmp_path / "desk.db"
    db = open_database(str(path))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "sara", "editor")
    add_person(db, ADMIN, "karim", "chief")
    take_steps(db)
    db.close()
    return path


def test_db_check_and_backup_show_each_stage(desk, tmp_path, terminal, monkeypatch) -> None:
    stream, reader = terminal
    monkeypatch.setattr(progress, "DELAY_SECONDS", 0.0)
    monkeypatch.setattr(sys, "stderr", stream)
    assert main(["--db", str(desk), "--as", "admin", "db", "check"]) == 0
    assert main(["--db", str(desk), "--as", "admin", "db", "backup", str(tmp_path / "b.db")]) == 0
    stream.flush()
    shown = _shown(reader)
    for label in ("checking the file", "checking the audit chain", "backing up"):
        assert f"{label} [{'#' * 30}]" in shown, shown
    assert "checking the audit chain [##############################] 8/8" in shown
