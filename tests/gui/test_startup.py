"""Start-up paints the window first and opens the newsroom in it; bad databases fail cleanly."""

from __future__ import annotations

import pytest

from newsdesk.app import open_newsroom, show_frame
from newsdesk.errors import StorageError

pytestmark = pytest.mark.gui


def test_frame_first_then_newsroom(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("newsdesk.gui.startup._after_show", lambda *a, **k: None)
    window = show_frame()
    qtbot.addWidget(window)
    assert window.isVisible() and not window.attached
    open_newsroom(window, str(tmp_path / "start.db"))
    assert window.attached and window.navigator.table.rowCount() == 0
    assert window.person.role.value == "admin"


def test_a_broken_database_is_reported_and_the_frame_stays_empty(qtbot, tmp_path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all")
    window = show_frame()
    qtbot.addWidget(window)
    with pytest.raises(StorageError, match="not a database"):
        open_newsroom(window, str(bad))
    assert not window.attached
    assert bad.read_bytes() == b"not a database at all"
