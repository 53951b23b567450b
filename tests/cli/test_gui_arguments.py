"""Which command lines open the window, with which database, user, files and self-check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsdesk.app
from newsdesk.cli.main import gui_entry, main


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What the desktop application was started with, instead of starting it."""
    calls: list[dict[str, Any]] = []

    def record(
        db_url=None, user=None, *, files=(), create=False, self_check=False, after_paint=None
    ) -> int:
        calls.append(
            {"db": db_url, "user": user, "files": files, "self_check": self_check, "create": create}
        )
        return 0

    monkeypatch.setattr(newsdesk.app, "main", record)
    return calls


@pytest.mark.parametrize(
    "argv",
    [
        ["story.ndbundle", "notes/report.docx"],
        ["gui", "story.ndbundle", "notes/report.docx"],
        ["--db", "desk.db", "gui", "story.ndbundle", "notes/report.docx"],
    ],
)
def test_files_on_the_command_line_open_the_window_and_go_to_the_import(
    opened, argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 0
    (call,) = opened
    assert call["files"] == [tmp_path / "story.ndbundle", tmp_path / "notes" / "report.docx"]
    assert call["self_check"] is False
    assert call["db"] == ("desk.db" if "--db" in argv else None)


def test_the_gui_program_takes_the_same_options(opened, tmp_path: Path) -> None:
    bundle = tmp_path / "a b.ndbundle"
    assert gui_entry(["--db", "x.db", "--as", "sara", str(bundle)]) == 0
    assert gui_entry(["--self-check", "--create"]) == 0
    assert opened == [
        {"db": "x.db", "user": "sara", "files": [bundle], "self_check": False, "create": False},
        {"db": None, "user": None, "files": [], "self_check": True, "create": True},
    ]


@pytest.mark.parametrize("argv", [["--create", "--db", "new.db"], ["gui", "--create"]])
def test_create_reaches_the_window(opened, argv: list[str]) -> None:
    assert main(argv) == 0
    assert opened[0]["create"] is True


@pytest.mark.parametrize("argv", [["gui", "--self-check"], ["--self-check"], ["--db", "d.db"]])
def test_no_files_and_the_self_check(opened, argv: list[str]) -> None:
    assert main(argv) == 0
    assert opened[0]["files"] == [] and opened[0]["self_check"] == ("--self-check" in argv)


def test_commands_and_unknown_options_are_not_taken_for_files(
    opened, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--db", str(tmp_path / "c.db"), "--create", "article", "list"]) == 0
    with pytest.raises(SystemExit) as exited:
        main(["gui", "--bogus"])
    assert exited.value.code == 2 and "--bogus" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["artcle"])
    assert opened == []


def test_the_gui_program_refuses_what_it_does_not_know(
    opened, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        gui_entry(["--frobnicate"])
    assert exited.value.code == 2 and "--frobnicate" in capsys.readouterr().err
    assert opened == []
