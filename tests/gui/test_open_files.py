"""Files named at start-up (a double-clicked .ndbundle) go to the import once the newsroom is open."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from newsdesk.app import open_newsroom, show_frame
from newsdesk.cli.main import main as newsdesk
from newsdesk.export.bundle_zip import verify_bundle
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.transfers import TransferFrame
from newsdesk.services.articles import ArticleService
from newsdesk.settings import login_name
from newsdesk.storage.opening import open_database

pytestmark = pytest.mark.gui
HEADLINE = "مجلس المدينة يصادق على الميزانية"


@pytest.fixture
def window(qtbot):
    win = show_frame()
    qtbot.addWidget(win, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    yield win
    if win.attached:
        win.articles.db.close()


def test_files_go_to_the_import_after_the_welcome_and_recovery(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    happened: list[object] = []
    monkeypatch.setattr(
        "newsdesk.gui.startup._after_show", lambda *a, **k: happened.append("welcome")
    )
    monkeypatch.setattr(
        MainWindow, "import_paths", lambda self, paths: happened.append(paths), raising=False
    )
    bundle = tmp_path / "story.ndbundle"
    open_newsroom(window, str(tmp_path / "desk.db"), files=[bundle], create=True)
    assert happened == []  # nothing before the window has painted and the event loop runs
    qtbot.waitUntil(lambda: len(happened) == 2)
    assert happened == ["welcome", [bundle]]


def test_without_files_nothing_is_imported(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    happened: list[object] = []
    monkeypatch.setattr(
        "newsdesk.gui.startup._after_show", lambda *a, **k: happened.append("welcome")
    )
    monkeypatch.setattr(
        MainWindow, "import_paths", lambda self, paths: happened.append(paths), raising=False
    )
    open_newsroom(window, str(tmp_path / "desk.db"), create=True)
    qtbot.waitUntil(lambda: happened == ["welcome"])
    qtbot.wait(50)
    assert happened == ["welcome"]


def test_a_window_without_the_import_says_so_and_changes_nothing(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("newsdesk.gui.startup._after_show", lambda *a, **k: None)
    monkeypatch.delattr(TransferFrame, "import_paths")
    bundle = tmp_path / "story.ndbundle"
    bundle.write_bytes(b"PK\x05\x06" + bytes(18))
    open_newsroom(window, str(tmp_path / "desk.db"), files=[bundle], create=True)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    assert "cannot import files" in window.statusBar().currentMessage()
    assert capsys.readouterr().err.splitlines() == [
        "newsdesk: error: this version cannot import files given at start-up"
    ]
    assert window.articles.summaries() == []


def test_exported_ndbundles_are_ordinary_zip_bundles(tmp_path: Path) -> None:
    reporter = str(tmp_path / "reporter.db")
    assert newsdesk(["--db", reporter, "db", "init"]) == 0
    assert newsdesk(["--db", reporter, "article", "new", "--headline", HEADLINE]) == 0
    out = tmp_path / "desk.ndbundle"
    assert newsdesk(["--db", reporter, "export", "--submission", "--out", str(out)]) == 0
    assert zipfile.is_zipfile(out)
    manifest = verify_bundle(out)
    assert [a["headline"] for a in manifest["articles"]] == [HEADLINE]
    # Any other name is refused before anything is written.
    assert newsdesk(["--db", reporter, "export", "--out", str(tmp_path / "desk.tar")]) == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk.ndbundle", "reporter.db"]


def test_a_bundle_named_at_start_up_is_imported_into_the_newsroom(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reporter = str(tmp_path / "reporter.db")
    assert newsdesk(["--db", reporter, "db", "init"]) == 0
    assert newsdesk(["--db", reporter, "article", "new", "--headline", HEADLINE]) == 0
    bundle = tmp_path / "from-the-field.ndbundle"
    assert newsdesk(["--db", reporter, "export", "--submission", "--out", str(bundle)]) == 0
    monkeypatch.setattr("newsdesk.gui.startup._after_show", lambda *a, **k: None)
    desk = tmp_path / "desk.db"
    open_newsroom(window, str(desk), files=[bundle], create=True)

    def imported() -> list[str]:
        return [a.headline for a in window.articles.summaries()]

    qtbot.waitUntil(lambda: imported() == [HEADLINE], timeout=20000)
    db = open_database(str(desk))
    try:
        (stored,) = ArticleService(db, window.person).summaries()
    finally:
        db.close()
    assert (stored.headline, stored.author) == (HEADLINE, login_name())
