"""Opening databases: new, foreign, broken, too new, unreachable; WAL, integrity and backups."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from newsdesk.errors import StorageError
from newsdesk.services.users import ensure_first_admin, list_people
from newsdesk.storage.backup import backup_sqlite
from newsdesk.storage.migrate import head_revision
from newsdesk.storage.opening import check_integrity, open_database, schema_state
from support import ADMIN


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_and_healthy(db_url: str) -> None:
    db = open_database(db_url)
    try:
        assert schema_state(db) == head_revision()
        assert check_integrity(db) == []
        assert ensure_first_admin(db, "root") is True
        assert ensure_first_admin(db, "someone") is False
        assert [(p.name, p.role.value) for p in list_people(db)] == [("root", "admin")]
    finally:
        db.close()


def test_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "n.db"))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        db.close()


def test_default_database_lives_in_the_data_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_DATA_DIR", str(tmp_path / "data"))
    db = open_database(None)
    db.close()
    assert (tmp_path / "data" / "newsdesk.db").is_file()


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a reporter's note, not a database\n" * 100)
    before = _digest(path)
    with pytest.raises(StorageError, match="not a database file"):
        open_database(str(path))
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_another_programs_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = _digest(path)
    with pytest.raises(StorageError, match="not a Newsdesk one"):
        open_database(str(path))
    assert _digest(path) == before


def test_a_database_from_a_newer_newsdesk_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(str(path)).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(StorageError, match="newer Newsdesk"):
        open_database(str(path))
    assert _digest(path) == before


def test_newer_postgres_schema_is_refused(db_url: str) -> None:
    db = open_database(db_url)
    with db.transaction() as session:
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = 'zz_future'")
    db.close()
    with pytest.raises(StorageError, match="newer Newsdesk"):
        open_database(db_url)


def test_unreachable_postgres_gives_one_clear_error() -> None:
    with pytest.raises(StorageError, match="cannot connect"):
        open_database("postgresql+psycopg://postgres@127.0.0.1:9/test")


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="folder"):
        open_database(str(tmp_path))


def test_backup_copies_a_live_database_and_refuses_to_overwrite(tmp_path: Path) -> None:
    source = tmp_path / "live.db"
    db = open_database(str(source))
    ensure_first_admin(db, ADMIN.name)
    dest = backup_sqlite(source, tmp_path / "copy.db")
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT name FROM users").fetchall() == [("admin",)]
    with pytest.raises(StorageError, match="already exists"):
        backup_sqlite(source, dest)
    db.close()


def test_migrating_an_older_file_backs_it_up_first_and_indexes_old_articles(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from newsdesk.services.searching import search_articles
    from newsdesk.storage.migrate import alembic_config

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO users VALUES ('sara', '', 'editor', '2024-02-28 11:30:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO articles (id, headline, language, kicker, standfirst, body, byline,"
            " dateline, desk, tags, urgency, breaking, status, version, author, created_at,"
            " updated_at, updated_by) VALUES ('a1', 'التأمين الإجباري عن المرض', 'ar', '', '',"
            " '{\"blocks\":[]}', '', '', '', '[]', 5, 0, 'draft', 1, 'sara',"
            " '2024-02-28 11:30:00', '2024-02-28 11:30:00', 'sara')"
        )
    engine.dispose()

    db = open_database(str(path))
    try:
        assert schema_state(db) == head_revision()
        [backup] = [p for p in tmp_path.iterdir() if ".backup-" in p.name]
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
            assert old.execute("SELECT headline FROM articles").fetchall() == [
                ("التأمين الإجباري عن المرض",)
            ]
        assert [hit.id for hit in search_articles(db, "مرض")] == ["a1"]
    finally:
        db.close()
