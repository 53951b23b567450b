"""The window is ready (navigator, counts, queue) before exports, the renderer or the icon font load.

A fresh interpreter opens a real SQLite newsroom as the desktop start does, lets the event loop
take what it has queued, then lists the modules it loaded; the icons must still come a moment
later. What loads between the first paint and a ready desk is the start-up's wait.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.opening import open_database

pytestmark = pytest.mark.gui

# Nothing a ready desk needs: formats, the renderer, the welcome, the icon font, word lists.
NOT_LOADED_WHEN_READY = (
    "newsdesk.export",
    "newsdesk.importers",
    "newsdesk.services.exporting",
    "newsdesk.gui.dialogs.export_bundle",
    "newsdesk.gui.dialogs.welcome",
    "newsdesk.gui.editor.article_editor",
    "newsdesk.render.html",
    "jinja2",
    "lxml",
    "docx",
    "qtawesome",
    "qtpy",
    "wordfreq",
)
CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from newsdesk.app import application, open_newsroom, show_frame
from newsdesk.gui.actions import ICONS_DELAY_MS
app = application()
window = show_frame()
found = {}
def ready():
    open_newsroom(window, sys.argv[1])
    app.processEvents()
    found["ready"] = sorted(sys.modules)
    found["tabs"] = window.queue.tabs.count()
    QTimer.singleShot(ICONS_DELAY_MS + 300, later)
def later():
    found["icon"] = not window.named_actions.save.icon().isNull()
    app.exit(0)
QTimer.singleShot(0, ready)
app.exec()
print(json.dumps(found))
"""


def test_the_ready_desk_loads_no_formats_renderer_or_icon_font(tmp_path) -> None:
    path = tmp_path / "desk.db"
    db = open_database(str(path), create=True)
    ensure_first_admin(db, "admin")
    db.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NEWSDESK_USER": "admin",
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = found["ready"]
    unwanted = [
        m for m in loaded if any(m == n or m.startswith(n + ".") for n in NOT_LOADED_WHEN_READY)
    ]
    assert unwanted == []
    assert "newsdesk.gui.queue.view" in loaded and found["tabs"] > 0  # the desk is there
    assert found["icon"]  # the icons come once the desk has painted
