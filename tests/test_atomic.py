"""Files written through newsdesk.atomic: the old content or the new one, never a part, no litter."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from limits import files_limited_to
from newsdesk.atomic import atomic_path, atomic_write, write_all_atomically, write_atomically
from newsdesk.domain.article import ArticleContent
from newsdesk.filemodes import current_umask
from newsdesk.services.recovery import RecoveryCopy, RecoveryStore
from newsdesk.settings import Settings
from newsdesk.storage.backup import backup_sqlite


class WriteFailed(Exception):
    """Raised halfway through a write."""


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_write_replaces_the_file_with_the_usual_mode(tmp_path) -> None:
    path = tmp_path / "feed.json"
    path.write_bytes(b"old")
    write_atomically(path, "خبر عاجل".encode())
    assert path.read_text(encoding="utf-8") == "خبر عاجل"
    assert names(tmp_path) == ["feed.json"]
    if os.name != "nt":
        assert path.stat().st_mode & 0o777 == 0o666 & ~current_umask()


def test_a_failure_mid_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"old")
    with pytest.raises(WriteFailed), atomic_write(path) as stream:
        stream.write(b"half of the new")
        stream.flush()
        raise WriteFailed
    assert path.read_bytes() == b"old"
    assert names(tmp_path) == ["settings.json"]


def test_a_wrong_value_mid_write_keeps_the_old_file(tmp_path) -> None:
    path = tmp_path / "copy.json"
    path.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomically(path, "not bytes")  # type: ignore[arg-type]
    assert path.read_bytes() == b"old"
    assert names(tmp_path) == ["copy.json"]


def test_a_refused_rename_leaves_no_temporary(tmp_path) -> None:
    (tmp_path / "taken").mkdir()
    with pytest.raises(OSError):
        write_atomically(tmp_path / "taken", b"new")
    assert names(tmp_path) == ["taken"]


def test_an_abandoned_write_leaves_no_temporary(tmp_path) -> None:
    path = tmp_path / "bundle.zip"

    def writer():
        with atomic_write(path, suffix=".part") as stream:
            stream.write(b"PK")
            yield
            stream.write(b"rest")

    steps = writer()
    next(steps)
    assert [name.endswith(".part") for name in names(tmp_path)] == [True]
    steps.close()  # as a cancelled export closes its generator
    assert names(tmp_path) == []


def test_a_writer_that_opens_by_name_gets_the_same_guarantees(tmp_path) -> None:
    path = tmp_path / "copy.db"
    with atomic_path(path, suffix=".partial") as temp:
        assert temp.parent == tmp_path
        assert temp.name.startswith(".copy.db.") and temp.name.endswith(".partial")
        temp.write_bytes(b"new")
        assert not path.exists()
    assert path.read_bytes() == b"new"
    assert names(tmp_path) == ["copy.db"]


def test_settings_cut_off_mid_write_keep_the_old_ones(tmp_path) -> None:
    path = tmp_path / "settings.json"
    Settings(user="sara").save(path)
    with files_limited_to(path.stat().st_size + 10), pytest.raises(OSError):
        Settings(user="karim", ticker_feed_title="أخبار " * 200).save(path)
    assert Settings.load(path).user == "sara"
    assert names(tmp_path) == ["settings.json"]


def test_a_recovery_copy_cut_off_mid_write_keeps_the_older_copy(tmp_path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    at = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
    store.save(RecoveryCopy("k1", "sara", None, None, ArticleContent(headline="أول"), at))
    longer = ArticleContent(headline="ثان", standfirst="نص طويل " * 500)
    with files_limited_to(4096), pytest.raises(OSError):
        store.save(RecoveryCopy("k1", "sara", None, None, longer, at))
    assert [c.content.headline for c in store.copies()] == ["أول"]
    assert names(store.folder) == ["k1.json"]


def test_a_recovery_copy_is_replaced_whole(tmp_path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    at = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
    store.save(RecoveryCopy("k1", "sara", None, None, ArticleContent(headline="أول"), at))
    store.save(RecoveryCopy("k1", "sara", None, None, ArticleContent(headline="ثان"), at))
    assert [c.content.headline for c in store.copies()] == ["ثان"]
    assert names(store.folder) == ["k1.json"]


def test_a_failed_backup_leaves_nothing_behind(tmp_path) -> None:
    source = tmp_path / "not-a-database.db"
    source.write_bytes(b"this is not SQLite at all, just some bytes" * 100)
    with pytest.raises(Exception, match="could not back up"):
        backup_sqlite(source, tmp_path / "backups" / "copy.db")
    assert names(tmp_path / "backups") == []


def test_a_backup_is_a_readable_database(tmp_path) -> None:
    source = tmp_path / "desk.db"
    with sqlite3.connect(source) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES ('خبر')")
    db.close()
    dest = backup_sqlite(source, tmp_path / "copy.db")
    with sqlite3.connect(dest) as copy:
        assert copy.execute("SELECT x FROM t").fetchall() == [("خبر",)]
    copy.close()
    assert sorted(names(tmp_path)) == ["copy.db", "desk.db"]


def test_many_files_written_together_replace_their_targets_whole(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    old = tmp_path / "a" / "kept.jpg"
    old.write_bytes(b"old")
    files = [
        (old, b"new" * 1000),
        *((tmp_path / "b" / f"{n}.jpg", bytes([n]) * 500) for n in range(20)),
    ]
    write_all_atomically(files)
    for path, data in files:
        assert path.read_bytes() == data
        assert path.stat().st_mode & 0o777 == 0o666 & ~current_umask()
    assert sorted(names(tmp_path / "a")) == ["kept.jpg"] and len(names(tmp_path / "b")) == 20


def test_a_failure_among_many_files_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    files = [(tmp_path / "a" / "one.jpg", b"1"), (tmp_path / "missing" / "two.jpg", b"2")]
    with pytest.raises(OSError):
        write_all_atomically(files)
    assert names(tmp_path / "a") == []
