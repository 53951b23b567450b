"""`db check`, `db backup` and `db reindex` tell their progress: each stage climbs to its total,
and a callback that raises (a person cancelling) stops the work and leaves nothing behind."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from chaintools import take_steps
from newsdesk.livefiles import LiveDatabaseFileError
from newsdesk.services.searching import reindex
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage import backup
from newsdesk.storage.opening import integrity_report, open_database
from newsdesk.storage.progress import AUDIT_CHAIN, BACKUP, INTEGRITY
from support import ADMIN


class Recorder:
    """Every (done, total) each stage was told, in order."""

    def __init__(self) -> None:
        self.heard: dict[str, list[tuple[int, int]]] = defaultdict(list)

    def __call__(self, stage: str, done: int, total: int) -> None:
        self.heard[stage].append((done, total))

    def climbs_to_the_end(self, stage: str) -> bool:
        steps = self.heard[stage]
        done = [d for d, _ in steps]
        return bool(steps) and done == sorted(done) and steps[-1][0] == steps[-1][1] > 0


class Stop(Exception):
    """The cancel."""


@pytest.fixture
def desk(tmp_path: Path):
    db = open_database(str(tmp_path / "desk.db"))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "sara", "editor")
    add_person(db, ADMIN, "karim", "chief")
    take_steps(db)
    yield db
    db.close()


def test_the_check_tells_both_stages_up_to_their_totals(desk) -> None:
    heard = Recorder()
    report = integrity_report(desk, heard)
    assert report.lines() == [] and report.chain is not None
    assert heard.climbs_to_the_end(INTEGRITY) and heard.climbs_to_the_end(AUDIT_CHAIN)
    assert heard.heard[AUDIT_CHAIN][-1] == (report.chain.rows, report.chain.rows)


@pytest.mark.parametrize("stage", [INTEGRITY, AUDIT_CHAIN])
def test_a_callback_that_raises_stops_the_check(desk, stage) -> None:
    def stop_at(name: str, _done: int, _total: int) -> None:
        if name == stage:
            raise Stop

    with pytest.raises(Stop):
        integrity_report(desk, stop_at)
    assert integrity_report(desk).lines() == []  # nothing was changed by the stop


def test_the_integrity_stage_is_stopped_inside_sqlite(desk, monkeypatch) -> None:
    # Called by SQLite's progress handler mid-statement, not only before and after it.
    from newsdesk.storage import sqlite_check

    monkeypatch.setattr(sqlite_check, "INSTRUCTIONS_PER_CALL", 100)
    calls = []

    def stop_midway(name: str, done: int, total: int) -> None:
        calls.append(done)
        if name == INTEGRITY and done == 3:
            raise Stop

    with pytest.raises(Stop):
        integrity_report(desk, stop_midway)
    assert calls == [0, 1, 2, 3]


def test_the_backup_goes_in_steps_to_the_last_page(desk, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(backup, "STEP_PAGES", 2)
    heard = Recorder()
    source = tmp_path / "desk.db"
    copy = backup.backup_sqlite(source, tmp_path / "copy.db", heard)
    steps = heard.heard[BACKUP]
    assert heard.climbs_to_the_end(BACKUP) and len(steps) > 3
    copied = open_database(str(copy), create=False)
    try:
        assert integrity_report(copied).lines() == []
    finally:
        copied.close()


def test_a_stopped_backup_leaves_no_file(desk, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(backup, "STEP_PAGES", 2)

    def stop_after_a_step(_stage: str, done: int, _total: int) -> None:
        if done > 0:
            raise Stop

    with pytest.raises(Stop):
        backup.backup_sqlite(tmp_path / "desk.db", tmp_path / "copy.db", stop_after_a_step)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".copy", "copy"))) == []
    with pytest.raises(LiveDatabaseFileError):  # and the live file is never written over
        backup.backup_sqlite(tmp_path / "desk.db", tmp_path / "desk.db")


def test_the_reindex_counts_every_article(desk) -> None:
    steps = list(reindex(desk))
    done = [d for d, _ in steps]
    assert done == sorted(done) and steps[-1] == (3, 3)
