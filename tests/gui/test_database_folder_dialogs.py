"""Every file dialog of the desk, browsed in the database's own folder, leaves the database whole.

A dialog that opens the database file to sniff its type releases SQLite's locks (POSIX locks
belong to the process); another program closing the database then deletes the write-ahead log
under the desk, whose next saves vanish. Each test browses the folder the way a user does, lets
a second process write and close, and checks that the desk's next save reaches a third.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLineEdit, QMessageBox

from newsdesk.gui.actions import ActionName
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.settings_keys import SettingsKey
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.engine import sqlite_path
from newsdesk.storage.opening import open_database
from sqlite_peer import other_program
from support import ADMIN, SARA

pytestmark = pytest.mark.gui


def _open_export_bundle(win: MainWindow, *, as_folder: bool) -> None:
    dialog = win.exporting().export_bundle()
    dialog.as_folder.setChecked(as_folder)
    dialog.browse.click()
    dialog.reject()


def _open_send_to_desk(win: MainWindow) -> None:
    dialog = win.exporting().send_to_desk()
    assert dialog is not None
    dialog.browse.click()
    dialog.reject()


# Every way the desk asks for a file or a folder.
FILE_DIALOGS: dict[str, Callable[[MainWindow], None]] = {
    "import": lambda win: win.import_files(),
    "save proof as PDF": lambda win: win.save_proof_pdf(),
    "export bundle as zip": lambda win: _open_export_bundle(win, as_folder=False),
    "export bundle as folder": lambda win: _open_export_bundle(win, as_folder=True),
    "send to desk": _open_send_to_desk,
    "insert picture": lambda win: win.run_command(ActionName.INSERT_PICTURE),
}


def _database(win: MainWindow) -> Path:
    path = sqlite_path(win.articles.db.url)
    assert path is not None
    return path


def _saved_article(win: MainWindow, headline: str):
    editor = win.new_article()
    editor.fields.headline.setText(headline)
    editor.body.setPlainText("نص المقال")
    assert editor.save()
    return editor


def _browse_folder_then_cancel(qtbot, folder: Path, database: Path) -> list[str]:
    """When a file dialog opens: type the folder, list it in detail, wait, cancel."""
    seen: list[str] = []

    def act() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(50, act)
            return
        seen.append(dialog.windowTitle())
        QTest.keyClicks(dialog.findChild(QLineEdit, "fileNameEdit"), f"{folder}/")
        dialog.setDirectory(str(folder))
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        model = dialog.findChild(QFileSystemModel)
        # The folder really was listed, the database and its log among its entries.
        qtbot.waitUntil(lambda: model.index(str(database) + "-wal").isValid(), timeout=5000)
        qtbot.wait(600)  # icons and types are asked for as the view paints
        dialog.reject()

    QTimer.singleShot(0, act)
    return seen


@pytest.mark.parametrize("which", sorted(FILE_DIALOGS))
def test_browsing_the_database_folder_keeps_every_save(qtbot, window, which) -> None:
    database = _database(window)
    editor = _saved_article(window, "قبل فتح النافذة")
    QSettings().setValue(SettingsKey.IMPORT_FOLDER, str(database.parent))
    seen = _browse_folder_then_cancel(qtbot, database.parent, database)

    FILE_DIALOGS[which](window)

    assert seen, "no file dialog opened"
    assert window.database_watch.check(), window.database_watch.lost
    # Another program connects, writes and closes: with our locks gone it would believe it was
    # the last one and delete the log under us.
    other_program(database, "UPDATE users SET display_name = 'Karim B.' WHERE name = 'karim'")
    assert Path(f"{database}-wal").exists()
    editor.fields.headline.setText("بعد فتح النافذة")
    assert editor.save()
    stored = other_program(
        database, f"SELECT headline, version FROM articles WHERE id = '{editor.article.id}'"
    )
    assert stored == [["بعد فتح النافذة", 2]]
    assert other_program(database, "PRAGMA integrity_check") == [["ok"]]


def test_a_lost_hold_stops_saving_and_keeps_the_text(qtbot, window, recovery) -> None:
    database = _database(window)
    editor = _saved_article(window, "مسودة")
    editor.fields.headline.setText("نص لم يحفظ بعد")
    # What a careless helper does: read the live file, which drops SQLite's locks.
    with open(database, "rb") as stray, open(f"{database}-shm", "rb") as shm:
        stray.read(16)
        shm.read(16)
    other_program(database, "SELECT count(*) FROM articles")

    assert not window.database_watch.check()
    message = window.database_watch.message
    assert message is not None and message.isVisible()
    assert message.icon() == QMessageBox.Icon.Critical
    kept = recovery.copies(SARA.name)
    assert [copy.content.headline for copy in kept] == ["نص لم يحفظ بعد"]
    message.close()

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close())
    assert not editor.save()
    stored = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        assert stored.execute("SELECT headline FROM articles").fetchall() == [("مسودة",)]
    finally:
        stored.close()


def test_every_file_dialog_comes_from_the_one_module() -> None:
    """A new dialog built straight from Qt would list folders with the stock, sniffing provider."""
    import newsdesk

    source = Path(newsdesk.__file__).parent
    allowed = source / "gui" / "file_dialogs.py"
    sniffers = ("QFileDialog", "QFileSystemModel", "QFileIconProvider", "mimeTypeForFile")
    offenders = [
        f"{path.relative_to(source)}: {name}"
        for path in source.rglob("*.py")
        if path != allowed
        for name in sniffers
        if name in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_window_notices_a_lost_hold_by_itself(qtbot, window, recovery) -> None:
    """Nobody saves: the window's own check, every few seconds, finds the loss and keeps the text."""
    database = _database(window)
    editor = _saved_article(window, "مسودة")
    editor.fields.headline.setText("نص ينتظر الحفظ")
    with open(database, "rb") as stray:
        stray.read(16)
    qtbot.waitUntil(lambda: window.database_watch.lost is not None, timeout=6000)
    assert [copy.content.headline for copy in recovery.copies(SARA.name)] == ["نص ينتظر الحفظ"]
    window.database_watch.message.close()


def test_a_refused_save_keeps_the_text_as_a_recovery_copy(qtbot, window, recovery) -> None:
    editor = window.new_article()
    editor.body.setPlainText("فقرة كتبت قبل العنوان")  # no headline: the save is refused
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close())
    assert not editor.save()
    assert [copy.content.body.plain_text() for copy in recovery.copies(SARA.name)] == [
        "فقرة كتبت قبل العنوان"
    ]


def test_a_full_disk_is_one_clear_message_and_the_text_is_kept(
    qtbot, small_disk, recovery, monkeypatch
) -> None:
    db = open_database(str(small_disk / "gui.db"))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "sara", "editor")
    win = MainWindow(db, SARA, recovery=recovery)
    qtbot.addWidget(win, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    win.show()
    editor = win.new_article()
    editor.fields.headline.setText("خبر طويل")
    body = "\n".join(["فقرة طويلة من نص المقال " * 40] * 400)
    editor.body.setPlainText(body)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: told.append((title, text)))
    assert not editor.save()
    assert len(told) == 1 and "\n" not in told[0][1]
    assert "disk that holds the database is full; nothing was changed" in told[0][1]
    [kept] = recovery.copies(SARA.name)
    assert kept.content.body.plain_text().split() == body.split()
    db.close()
