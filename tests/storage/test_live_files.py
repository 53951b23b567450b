"""Nothing in Newsdesk opens its live SQLite files, and a lost hold on them stops every write.

POSIX locks belong to the process: any open and close of the database file by another
descriptor releases SQLite's locks, and the next program to close the database deletes the
write-ahead log under us. These tests run the plain reproduction (a WAL connection, one stray
read in the same process, another process connecting and closing) against every helper that
opens a path a user chose, and check that a lost hold is noticed and nothing more is written.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from newsdesk.cli.inputs import read_text_file
from newsdesk.domain.article import ArticleContent
from newsdesk.errors import StorageError
from newsdesk.export.bundle_folder import atomic_folder
from newsdesk.export.bundle_zip import atomic_file
from newsdesk.importers.base import read_source
from newsdesk.livefiles import LiveDatabaseFileError, live_database_of, open_databases
from newsdesk.services.articles import ArticleService
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.backup import backup_sqlite
from newsdesk.storage.engine import Database
from newsdesk.storage.media import MediaStore
from newsdesk.storage.opening import check_integrity, open_database
from newsdesk.storage.sqlite_hold import DatabaseLostError, SqliteHold
from sqlite_peer import other_program
from support import ADMIN, SARA

posix_locks = pytest.mark.skipif(sys.platform == "win32", reason="Windows locks by handle")


@pytest.fixture
def desk(tmp_path) -> Database:
    """The desk's database, opened as the app opens it, with one saved article."""
    db = open_database(str(tmp_path / "desk" / "newsroom.db"))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, SARA.name, "editor")
    ArticleService(db, SARA).create(ArticleContent(language="ar", headline="خبر أول"))
    yield db
    db.close()


def database_of(db: Database) -> Path:
    assert db.hold is not None
    return db.hold.path


def write_proof(path: Path, desk: Database) -> None:
    from newsdesk.render.pdf.pages import write_proof_pdf

    service = ArticleService(desk, SARA)
    write_proof_pdf(service.get(service.summaries()[0].id), path)


def ticker_feed(path: Path) -> None:
    from newsdesk.cli.output import write_text_file

    write_text_file(path, "خبر عاجل\n")


def zip_bundle(path: Path) -> None:
    with atomic_file(path) as stream:
        stream.write(b"PK")


def folder_bundle(path: Path) -> None:
    with atomic_folder(path):
        pass


# Every helper that opens a path a user chose: each must refuse the database's own files.
HELPERS: dict[str, Callable[[Path, Path, Database], object]] = {
    "import": lambda path, _tmp, _db: read_source(path, 10_000_000),
    "picture": lambda path, tmp, _db: MediaStore(tmp / "media").add(path),
    "zip bundle": lambda path, _tmp, _db: zip_bundle(path),
    "folder bundle": lambda path, _tmp, _db: folder_bundle(path),
    "proof": lambda path, _tmp, db: write_proof(path, db),
    "ticker feed": lambda path, _tmp, _db: ticker_feed(path),
    "backup": lambda path, _tmp, _db: backup_sqlite(path.with_name("newsroom.db"), path),
    "body file": lambda path, _tmp, _db: read_text_file(str(path)),
    "picture in the media folder": lambda path, _tmp, _db: MediaStore(path.parent).resolve(
        path.name
    ),
}


@posix_locks
def test_a_stray_read_in_the_process_lets_another_program_delete_the_log(desk) -> None:
    """The plain reproduction, and the hold noticing it before anything is lost."""
    database = database_of(desk)
    with open(database, "rb") as stray:
        stray.read(16)
    assert desk.hold.problem() is not None
    with pytest.raises(DatabaseLostError, match="lost its hold"):
        ArticleService(desk, SARA).create(ArticleContent(language="ar", headline="ضائع"))


@posix_locks
@pytest.mark.parametrize("helper", sorted(HELPERS))
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_no_helper_opens_the_live_database(desk, tmp_path, helper, suffix) -> None:
    database = database_of(desk)
    target = Path(f"{database}{suffix}")
    with pytest.raises(LiveDatabaseFileError, match="the Newsdesk database in use"):
        HELPERS[helper](target, tmp_path, desk)

    assert desk.hold.problem() is None
    other_program(database, "UPDATE users SET display_name = 'S.' WHERE name = 'sara'")
    assert Path(f"{database}-wal").exists()
    stored = ArticleService(desk, SARA).create(ArticleContent(language="ar", headline="خبر ثان"))
    rows = other_program(database, f"SELECT headline FROM articles WHERE id = '{stored.id}'")
    assert rows == [["خبر ثان"]]
    assert not Path(f"{database}-journal").exists()


def test_links_to_the_database_are_the_database(desk, tmp_path) -> None:
    database = database_of(desk)
    symlink = tmp_path / "shortcut.db"
    symlink.symlink_to(database)
    hard_link = tmp_path / "hard.db"
    os.link(database, hard_link)
    assert live_database_of(symlink) == database
    assert live_database_of(hard_link) == database
    assert live_database_of(tmp_path / "desk" / ".." / "desk" / "newsroom.db-wal") == database
    assert live_database_of(tmp_path / "other.db") is None
    with pytest.raises(LiveDatabaseFileError):
        read_source(hard_link, 10_000_000)


def test_closing_the_database_forgets_its_files(tmp_path) -> None:
    db = open_database(str(tmp_path / "short.db"))
    path = database_of(db)
    assert path in open_databases()
    db.close()
    assert path not in open_databases()
    assert not Path(f"{path}-wal").exists()  # the last connection closed cleanly


@posix_locks
def test_after_a_lost_hold_the_other_programs_work_survives_our_close(desk) -> None:
    """The reported corruption: the log deleted under us, then our close copying stale pages."""
    database = database_of(desk)
    for suffix in ("-shm", "", "-wal"):  # what a type-sniffing file dialog reads
        with open(f"{database}{suffix}", "rb") as stray:
            stray.read(16)
    other_program(database, "UPDATE users SET display_name = 'Karim' WHERE name = 'sara'")
    with pytest.raises(DatabaseLostError):
        ArticleService(desk, SARA).create(ArticleContent(language="ar", headline="ضائع"))
    with pytest.raises(DatabaseLostError), desk.engine.begin() as connection:
        connection.execute(text("DELETE FROM articles"))  # not only the services' transactions
    desk.close()

    assert other_program(database, "PRAGMA integrity_check") == [["ok"]]
    assert other_program(database, "SELECT display_name FROM users WHERE name = 'sara'") == [
        ["Karim"]
    ]
    assert other_program(database, "SELECT headline FROM articles") == [["خبر أول"]]
    reopened = open_database(str(database))
    try:
        assert check_integrity(reopened) == []
    finally:
        reopened.close()


def test_a_replaced_log_is_noticed_without_a_lock_table(tmp_path) -> None:
    """Where the system shows no locks (macOS), a deleted or replaced file still tells."""
    db = open_database(str(tmp_path / "mac.db"))
    hold = SqliteHold(database_of(db), locks_table=None)
    try:
        assert hold.problem() is None
        wal = Path(f"{hold.path}-wal")
        wal.rename(wal.with_name("moved-away"))
        wal.write_bytes(b"")
        assert "-wal was deleted or replaced" in (hold.problem() or "")
        with pytest.raises(DatabaseLostError):
            hold.check()
    finally:
        hold.close()
        db.close()


def test_an_unreadable_database_is_one_clear_error(tmp_path) -> None:
    folder = tmp_path / "nothing-here"
    with pytest.raises(StorageError, match="cannot open"):
        SqliteHold(folder / "missing.db")


@posix_locks
def test_a_save_caught_in_the_loss_is_never_copied_over_newer_work(desk) -> None:
    """A write already under way when the hold went: our close must not checkpoint it."""
    database = database_of(desk)
    with desk.transaction() as session:
        session.execute(text("UPDATE articles SET headline = 'كتابة قديمة'"))
        for suffix in ("-shm", "", "-wal"):
            with open(f"{database}{suffix}", "rb") as stray:
                stray.read(16)
        other_program(database, "SELECT count(*) FROM articles")  # deletes the log under us
    # Another desk goes on working and closes: its work is in the database file itself.
    other_program(database, "UPDATE articles SET headline = 'عمل المكتب'")
    desk.close()

    assert other_program(database, "PRAGMA integrity_check") == [["ok"]]
    assert other_program(database, "SELECT headline FROM articles") == [["عمل المكتب"]]
