"""GUI fixtures: a real SQLite file, real widgets offscreen, Qt settings kept per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.gui.mainwindow import MainWindow
from newsdesk.gui.spelling.source import shared_speller
from newsdesk.services.recovery import RecoveryStore
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.opening import open_database
from spelling_support import release_loaded
from support import ADMIN, SARA, own_qt_settings


@pytest.fixture(scope="session", autouse=True)
def _dictionaries_parsed_once():
    """Parse the spelling dictionaries before any test's clock runs (every window shares them)."""
    shared_speller()


@pytest.fixture(autouse=True)
def _spellers_released():
    """Words a test's own speller accepted go with the test."""
    yield
    release_loaded()


@pytest.fixture(autouse=True)
def _qt_settings(tmp_path, qapp):
    """Keep QSettings of each test in its own folder."""
    with own_qt_settings(tmp_path / "qt"):
        yield


@pytest.fixture
def gui_db(tmp_path):
    """A SQLite database with admin, sara (editor) and karim (chief)."""
    db = open_database(str(tmp_path / "gui.db"))
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "sara", "editor")
    add_person(db, ADMIN, "karim", "chief")
    yield db
    db.close()


@pytest.fixture
def recovery(tmp_path) -> RecoveryStore:
    """A recovery folder of the test's own."""
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture
def window(qtbot, gui_db, recovery) -> MainWindow:
    """Sara's main window on `gui_db`, shown; unsaved text is discarded when the test ends."""
    win = MainWindow(gui_db, SARA, recovery=recovery)
    qtbot.addWidget(win, before_close_func=lambda w: [e.discard_changes() for e in w.editors()])
    win.show()
    return win


@pytest.fixture
def page_fonts(tmp_path, monkeypatch) -> Iterator[dict[str, str]]:
    """The shipped fonts shown to fontconfig, so browsers and the preview share them."""
    from PySide6.QtGui import QFontDatabase

    from newsdesk.gui.preview.page_fonts import machine_families
    from pagefonts import shipped_fonts_config

    # Qt reads the machine's fonts once per process: let it read them now, under the machine's
    # own setup, so this test's setup reaches only the programs it starts (browsers, a preview
    # process) and the fonts of later tests in this process do not depend on the order.
    QFontDatabase.families()
    env = {"FONTCONFIG_FILE": str(shipped_fonts_config(tmp_path))}
    monkeypatch.setenv("FONTCONFIG_FILE", env["FONTCONFIG_FILE"])
    machine_families.cache_clear()
    yield env
    machine_families.cache_clear()
