"""`newsdesk gui --self-check`: the real program on real databases, and no dialog ever waits."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from newsdesk.app import show_frame
from newsdesk.appinfo import icon_files
from newsdesk.gui import selfcheck
from packtools import files_under, run_isolated

pytestmark = pytest.mark.gui
NAMES = [name for name, _ in selfcheck.SelfCheck(None, None, None).steps()]  # type: ignore[arg-type]


def run_newsdesk(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """`newsdesk ARGV` as a program of its own, with every folder it uses inside `folder`."""
    return run_isolated(folder, sys.executable, "-m", "newsdesk.cli.main", *argv)


def count(database: Path, table: str) -> int:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def newsdesk_errors(stderr: str) -> list[str]:
    # Qt's offscreen platform adds notes of its own on stderr; ours start with the program name.
    return [line for line in stderr.splitlines() if line.startswith("newsdesk:")]


def test_a_brand_new_database_passes_and_only_the_database_is_left(tmp_path: Path) -> None:
    result = run_newsdesk(tmp_path, "gui", "--self-check")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [["ok", name] for name in NAMES]
    assert newsdesk_errors(result.stderr) == []
    # No layout, settings, recovery copy or backup: the database alone, in the data folder.
    assert files_under(tmp_path) == {"data/newsdesk.db"}
    database = tmp_path / "data" / "newsdesk.db"
    assert (count(database, "articles"), count(database, "users")) == (1, 1)


def test_a_second_run_loads_the_article_instead_of_adding_one(tmp_path: Path) -> None:
    database = tmp_path / "desk.db"
    first = run_newsdesk(tmp_path, "gui", "--self-check", "--create", "--db", str(database))
    second = run_newsdesk(tmp_path, "gui", "--self-check", "--db", str(database))
    assert (first.returncode, second.returncode) == (0, 0), second.stdout + second.stderr
    created = next(line for line in first.stdout.splitlines() if " article " in f" {line} ")
    loaded = next(line for line in second.stdout.splitlines() if " article " in f" {line} ")
    assert created.split()[-2:][0] == "created" and loaded.split()[-2:][0] == "loaded"
    assert created.split()[-1] == loaded.split()[-1]
    assert count(database, "articles") == 1


def test_a_file_that_is_no_database_fails_with_one_clear_line_and_stays_as_it_was(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"not a database at all")
    result = run_newsdesk(tmp_path, "gui", "--self-check", "--db", str(bad))
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1].startswith("FAIL database")
    assert newsdesk_errors(result.stderr) == [
        f"newsdesk: error: self-check failed: database: {bad} is not a database file; "
        "it was not changed"
    ]
    assert bad.read_bytes() == b"not a database at all"
    assert files_under(tmp_path) == {"notes.db"}


def test_an_unknown_user_fails_at_the_window(tmp_path: Path) -> None:
    result = run_newsdesk(tmp_path, "gui", "--self-check", "--as", "nobody")
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1].startswith("FAIL window")
    (error,) = newsdesk_errors(result.stderr)
    assert "no user called 'nobody'" in error


def test_a_missing_database_named_for_the_self_check_is_not_made(tmp_path: Path) -> None:
    typo = tmp_path / "newsdsek" / "desk.db"
    result = run_newsdesk(tmp_path, "gui", "--self-check", "--db", str(typo))
    assert result.returncode == 1
    assert newsdesk_errors(result.stderr) == [
        f"newsdesk: error: self-check failed: database: no database at {typo}; nothing was created"
    ]
    assert not typo.parent.exists()


def test_the_self_check_takes_no_files(tmp_path: Path) -> None:
    result = run_newsdesk(tmp_path, "gui", "--self-check", "story.ndbundle")
    assert (result.returncode, result.stdout) == (2, "")
    assert newsdesk_errors(result.stderr) == ["newsdesk: error: --self-check takes no files"]
    assert files_under(tmp_path) == set()


def test_a_dialog_that_opens_during_a_check_is_closed_and_fails_it(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QMessageBox.StandardButton] = []

    def open_editor_with_a_question(check: selfcheck.SelfCheck) -> str:
        asked.append(QMessageBox.question(check.window, "Recover unsaved work", "Reopen them?"))
        return "opened"

    monkeypatch.setattr(selfcheck.SelfCheck, "open_editor", open_editor_with_a_question)
    # The test application has no icon of its own; give it the shipped one, as start-up does.
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    QApplication.setWindowIcon(icon)
    window = show_frame()
    qtbot.addWidget(window)
    try:
        results = selfcheck.run_checks(window, str(tmp_path / "dialog.db"), None, create=True)
    finally:
        QApplication.setWindowIcon(QIcon())
    assert [r.name for r in results] == NAMES[: NAMES.index("editor") + 1]
    assert all(r.ok for r in results[:-1])
    assert results[-1] == selfcheck.CheckResult(
        "editor", False, "a dialog opened: Recover unsaved work"
    )
    assert asked == [QMessageBox.StandardButton.NoButton]  # rejected: nothing was answered
    assert not window.isVisible() and QApplication.activeModalWidget() is None
