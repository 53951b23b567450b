"""Database faults after opening: one line, exit 6 (or 7 for bad text), and nothing changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy.exc import OperationalError

from clitools import Cli
from conftest import PG_URL
from newsdesk.storage.faults import storage_error
from newsdesk.storage.opening import open_database


def _article(cli: Cli) -> str:
    return cli.json("article", "new", "--headline", "خبر أول", user="sara")["id"]


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    run = Cli(db_url, capsys)
    run("user", "add", "sara", "--role", "editor")
    return run


def test_a_nul_character_is_refused_on_both_databases(cli: Cli, tmp_path: Path) -> None:
    article_id = _article(cli)
    before = cli.json("article", "show", article_id)
    blocks = tmp_path / "blocks.json"
    blocks.write_text(json.dumps([{"kind": "paragraph", "text": "نص\u0000مخفي"}]))
    err = cli.fails(7, "article", "edit", article_id, "--blocks-file", str(blocks), user="sara")
    assert "NUL character" in err
    assert cli.json("article", "show", article_id) == before


def test_a_malformed_url_is_one_line_without_its_password(capsys) -> None:
    err = Cli("postgresql://bob:s3cret@[::1", capsys).fails(6, "article", "list")
    assert "not a database URL" in err and "s3cret" not in err


def _remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


def test_a_read_only_file_system_is_one_line(small_disk: Path, capsys) -> None:
    cli = Cli(f"sqlite:///{small_disk / 'newsdesk.db'}", capsys)
    cli("user", "add", "sara", "--role", "editor")
    article_id = _article(cli)
    before = cli.json("article", "show", article_id)
    _remount(small_disk, "ro")
    try:
        for argv in (("article", "list"), ("article", "edit", article_id, "--headline", "تغيير")):
            err = cli.fails(6, *argv, user="sara")
            assert "newsdesk.db" in err and "Traceback" not in err
    finally:
        _remount(small_disk, "rw")
    assert cli.json("article", "show", article_id) == before


def test_a_full_disk_is_one_line_and_the_article_is_unchanged(
    small_disk: Path, tmp_path: Path, capsys
) -> None:
    cli = Cli(f"sqlite:///{small_disk / 'newsdesk.db'}", capsys)
    cli("user", "add", "sara", "--role", "editor")
    article_id = _article(cli)
    before = cli.json("article", "show", article_id)
    body = tmp_path / "long.txt"
    body.write_text("\n\n".join(["فقرة طويلة من نص المقال " * 40] * 400), encoding="utf-8")
    err = cli.fails(6, "article", "edit", article_id, "--body-file", str(body), user="sara")
    assert "disk that holds the database is full; nothing was changed" in err
    assert cli.json("article", "show", article_id) == before
    assert cli.json("db", "check")["problems"] == []


@pytest.mark.postgres
def test_a_lost_server_connection_is_told_in_one_line() -> None:
    url = PG_URL
    engine = sqlalchemy.create_engine(url)
    killer = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as connection:
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            with killer.connect() as other:
                other.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
            with pytest.raises(OperationalError) as raised:
                connection.exec_driver_sql("SELECT 1")
    finally:
        engine.dispose()
        killer.dispose()
    message = str(storage_error(raised.value))
    assert "\n" not in message and message.endswith("nothing was changed")
    assert "ended the connection" in message or "connection to the database server" in message


def test_log_files_left_read_only_get_the_databases_permissions_back(tmp_path, capsys) -> None:
    path = tmp_path / "newsdesk.db"
    cli = Cli(f"sqlite:///{path}", capsys)
    cli("user", "add", "sara", "--role", "editor")
    article_id = _article(cli)
    # A desk killed while the file was read-only leaves its -wal and -shm behind, read-only.
    script = (
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('UPDATE users SET display_name = display_name'); c.commit(); "
        "os.kill(os.getpid(), 9)"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    logs = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    assert all(log.exists() for log in logs)
    for log in logs:
        log.chmod(0o444)
    database = open_database(str(path))
    try:
        mode = path.stat().st_mode & 0o777
        assert [log.stat().st_mode & 0o777 for log in logs] == [mode, mode]
    finally:
        database.close()
    cli("article", "edit", article_id, "--headline", "خبر معدل", user="sara")
    assert cli.json("article", "show", article_id)["headline"] == "خبر معدل"
