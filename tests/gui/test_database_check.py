"""File → Check the database… and the self-check show a broken audit chain, in the UI language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from chaintools import as_owner, audit_rows, take_steps
from newsdesk.gui.actions import ActionName
from newsdesk.gui.mainwindow import MainWindow
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.opening import open_database
from packtools import run_isolated
from support import ADMIN, KARIM

pytestmark = pytest.mark.gui


def check_from_the_menu(qtbot, window: MainWindow) -> QMessageBox:
    window.named_actions[ActionName.CHECK_DATABASE].trigger()
    # The check runs on a worker thread: the box comes when it has finished.
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "database-check") is not None)
    box = window.findChild(QMessageBox, "database-check")
    assert box is not None and box.isVisible()
    qtbot.addWidget(box)
    return box


def desk_window(qtbot, db, recovery) -> MainWindow:
    window = MainWindow(db, KARIM, recovery=recovery)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_whole_chain_is_reported_in_good_order(qtbot, gui_db, recovery) -> None:
    take_steps(gui_db)
    box = check_from_the_menu(qtbot, desk_window(qtbot, gui_db, recovery))
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == (
        "The database is in good order.\n\nAudit history: 8 entries, every link intact."
    )


def test_a_hand_edited_row_is_named_in_the_window(qtbot, db, recovery) -> None:
    take_steps(db)
    article = audit_rows(db)[4].article_id
    as_owner(db, "UPDATE audit_log SET note = 'approved by phone' WHERE id = 5")
    box = check_from_the_menu(qtbot, desk_window(qtbot, db, recovery))
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.windowTitle() == "Database check"
    assert box.text() == (
        "The audit history was tampered with: entry \u20665\u2069 (article "
        f"\u2066{article[:8]}\u2069, step \u2066approve\u2069) was changed after it was written."
    )


def test_the_check_speaks_arabic_in_an_arabic_window(qtbot, gui_db, recovery) -> None:
    from newsdesk.gui.i18n import install_translations

    take_steps(gui_db)
    as_owner(gui_db, "DELETE FROM audit_log WHERE id = 3")
    article = audit_rows(gui_db)[2].article_id
    app = QApplication.instance()
    try:
        install_translations(app, "ar")
        box = check_from_the_menu(qtbot, desk_window(qtbot, gui_db, recovery))
        assert box.windowTitle() == "فحص قاعدة البيانات"
        assert box.text() == (
            "عُبث بسجل التدقيق: حُذف قيدٌ قبل القيد \u20664\u2069 مباشرةً (المقال "
            f"\u2066{article[:8]}\u2069، الخطوة \u2066claim\u2069)."
        )
    finally:
        install_translations(app, "en")


def test_the_self_check_fails_at_the_audit_chain(tmp_path: Path) -> None:
    database = tmp_path / "desk.db"
    db = open_database(str(database))
    try:
        ensure_first_admin(db, ADMIN.name)
        add_person(db, ADMIN, "sara", "editor")
        add_person(db, ADMIN, "karim", "chief")
        take_steps(db)
        as_owner(db, "UPDATE audit_log SET actor = 'admin' WHERE id = 2")
        article = audit_rows(db)[1].article_id
    finally:
        db.close()
    result = run_isolated(
        tmp_path,
        sys.executable,
        "-m",
        "newsdesk.cli.main",
        "gui",
        "--self-check",
        "--db",
        str(database),
        "--as",
        "admin",
    )
    assert result.returncode == 1
    detail = (
        f"audit chain broken at row 2 (article {article[:8]}, step submit): "
        "content changed since it was written (its hash does not match it)"
    )
    assert result.stdout.splitlines()[-1] == f"FAIL audit-chain   {detail}"
    assert f"newsdesk: error: self-check failed: audit-chain: {detail}" in result.stderr
