"""The log: a file in the data folder, stderr too with --verbose, and never an article's text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from clitools import Cli
from newsdesk import __version__
from newsdesk.logs import start_logging, stop_logging
from newsdesk.paths import data_dir
from packtools import run_isolated

HEADLINE = "عنوان فريد للاختبار زخرف-٧٣٩١ لا يظهر في السجل"
BODY = "نص فريد للاختبار قنطرة-٥٢٨٤ لا يكتب في السجل أبدا."
IMPORTED_HEADLINE = "خبر مستورد فريد سنبلة-٤٤١٧"
IMPORTED_BODY = "فقرة مستوردة فريدة برتقال-٩٠٢٦ تبقى خارج السجل."


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(str(tmp_path / "desk.db"), capsys)


def log_text() -> str:
    return (data_dir() / "logs" / "newsdesk.log").read_text(encoding="utf-8")


def test_a_command_writes_its_lines_to_the_log_file_in_the_data_folder(cli: Cli, tmp_path) -> None:
    _, _, err = cli("user", "list")
    assert err == ""
    text = log_text()
    assert f"Newsdesk {__version__}" in text
    assert "command: user" in text
    assert f"database opened: {tmp_path / 'desk.db'}" in text
    assert "upgrading the database schema from nothing to" in text


def test_errors_shown_to_the_user_are_logged(cli: Cli) -> None:
    cli.fails(4, "article", "show", "00000000-0000-0000-0000-000000000000")
    assert "command article failed (exit 4)" in log_text()


def test_verbose_logs_to_stderr_too(cli: Cli) -> None:
    _, _, quiet = cli("user", "list")
    assert quiet == ""
    _, _, err = cli("--verbose", "user", "list")
    assert "database opened:" in err and "command: user" in err
    _, _, err = cli("user", "list", "--verbose")
    assert "command: user" in err


def test_a_password_in_the_database_url_is_not_logged() -> None:
    stop_logging()
    from newsdesk.storage.opening import _where

    assert "s3cret" not in _where("postgresql+psycopg://sara:s3cret@db.example/news")


def test_article_text_never_reaches_the_log(cli: Cli, tmp_path: Path) -> None:
    body = tmp_path / "body.txt"
    body.write_text(BODY + "\n", encoding="utf-8")
    created = cli.json(
        "--verbose", "article", "new", "--headline", HEADLINE, "--body-file", str(body)
    )
    cli("--verbose", "article", "edit", created["id"], "--headline", HEADLINE + " ٢")
    story = tmp_path / "story.md"
    story.write_text(f"# {IMPORTED_HEADLINE}\n\n{IMPORTED_BODY}\n", encoding="utf-8")
    _, out, err = cli("--verbose", "import", str(story), "--json")
    imported = json.loads(out)["files"][0]["id"]
    cli("--verbose", "export", "--out", str(tmp_path / "out.zip"), "--status", "draft")
    text = log_text()
    assert f"import of {story}: created {imported}" in text and "export finished" in text
    for secret in (
        HEADLINE,
        BODY,
        IMPORTED_HEADLINE,
        IMPORTED_BODY,
        "زخرف",
        "قنطرة",
        "سنبلة",
        "برتقال",
    ):
        assert secret not in text
        assert secret not in err


def test_a_folder_that_cannot_hold_the_log_does_not_stop_newsdesk(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "data-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSDESK_DATA_DIR", str(blocked))
    assert start_logging() is None
    stop_logging()
    _, _, err = cli("user", "list")
    assert err == ""


@pytest.mark.gui
def test_verbose_opens_the_window_with_its_log_on_stderr(tmp_path: Path) -> None:
    program = (sys.executable, "-m", "newsdesk.cli.main", "gui", "--self-check")
    quiet = run_isolated(tmp_path, *program)
    assert quiet.returncode == 0, quiet.stderr
    assert "database opened:" not in quiet.stderr
    verbose = run_isolated(tmp_path, *program, "--verbose")
    assert verbose.returncode == 0, verbose.stderr
    assert f"database opened: {tmp_path / 'data' / 'newsdesk.db'}" in verbose.stderr
