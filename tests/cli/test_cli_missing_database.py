"""A database named on purpose but missing is refused, not made: `db init` or `--create` make it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from packtools import isolated_env


def newsdesk(
    folder: Path, *argv: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The real `newsdesk` program, with every folder it uses inside `folder`."""
    return subprocess.run(
        [sys.executable, "-m", "newsdesk.cli.main", *argv],
        cwd=folder,
        env={**isolated_env(folder), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def refusal(path: Path) -> str:
    return (
        f"newsdesk: error: no database at {path}; to create one there: "
        f"newsdesk db init --db {path} (or add --create)\n"
    )


def name_it(folder: Path, how: str, path: Path) -> tuple[list[str], dict[str, str]]:
    """The options and environment that name `path` as the database in the way `how`."""
    if how == "--db PATH":
        return ["--db", str(path)], {}
    if how == "--db sqlite:///PATH":
        return ["--db", f"sqlite:///{path}"], {}
    if how == "NEWSDESK_DB":
        return [], {"NEWSDESK_DB": str(path)}
    settings = folder / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"database_url": str(path)}), encoding="utf-8")
    return [], {}


@pytest.mark.parametrize("how", ["--db PATH", "--db sqlite:///PATH", "NEWSDESK_DB", "settings"])
@pytest.mark.parametrize("command", [["article", "list"], ["db", "check"]])
def test_a_mistyped_database_is_refused_and_nothing_is_created(
    tmp_path: Path, how: str, command: list[str]
) -> None:
    typo = tmp_path / "newsdsek" / "desk.db"
    options, env = name_it(tmp_path, how, typo)
    done = newsdesk(tmp_path, *options, *command, env=env)
    assert (done.returncode, done.stdout, done.stderr) == (6, "", refusal(typo))
    assert not typo.parent.exists()
    assert not (tmp_path / "data" / "newsdesk.db").exists()  # nor the default one instead


def test_db_init_creates_it_then_commands_use_it(tmp_path: Path) -> None:
    path = tmp_path / "desks" / "sports.db"
    done = newsdesk(tmp_path, "db", "init", "--db", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"created a Newsdesk database at {path}, schema ")
    written = newsdesk(tmp_path, "--db", str(path), "article", "new", "--headline", "Goal")
    assert written.returncode == 0, written.stderr
    again = newsdesk(tmp_path, "--db", str(path), "db", "init", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["created"] is False
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_db_init_leaves_a_foreign_database_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = path.read_bytes()
    done = newsdesk(tmp_path, "db", "init", "--db", str(path))
    assert (done.returncode, done.stdout) == (6, "")
    foreign = f"{path} is a database, but not a Newsdesk one; it was not changed"
    assert done.stderr == f"newsdesk: error: {foreign}\n"
    assert path.read_bytes() == before


@pytest.mark.parametrize("where", ["before", "after"])
def test_create_lets_any_command_make_it(tmp_path: Path, where: str) -> None:
    path = tmp_path / "new" / "desk.db"
    options = ["--db", str(path), "--create"]
    argv = [*options, "user", "list"] if where == "before" else ["user", "list", *options]
    done = newsdesk(tmp_path, *argv)
    assert done.returncode == 0, done.stderr
    assert path.is_file()


def test_the_default_database_is_still_made_on_first_use(tmp_path: Path) -> None:
    done = newsdesk(tmp_path, "user", "list")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "newsdesk.db").is_file()
