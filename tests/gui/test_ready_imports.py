"""The window is ready (navigator, counts, queue) before exports, the renderer, the icon font
or the ORM load, and before the ticker desk behind its tab reads its channels.

A fresh interpreter opens a real newsroom (SQLite and PostgreSQL) as the desktop start does, lets
the event loop take what it has queued, then lists the modules it loaded and the statements it
ran; the icons must still come a moment later, and the ticker's channels when its tab is chosen.
What loads between the first paint and a ready desk is the start-up's wait.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from newsdesk.services.tickers import TickerService
from newsdesk.services.users import ensure_first_admin
from newsdesk.storage.opening import open_database
from support import ADMIN

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
    # The queue, counts and list read without the ORM; the ticker's services need it.
    "sqlalchemy.orm",
    "newsdesk.storage.models",
    "newsdesk.storage.repositories",
    "newsdesk.services.tickers",
    "newsdesk.services.ticker_channels",
)
CHILD = """
import json, sys, time
from PySide6.QtCore import QTimer
from sqlalchemy import event
from sqlalchemy.engine import Engine
from newsdesk.app import application, open_newsroom, show_frame
import newsdesk.gui.actions as actions
# Long enough that the wait below never reaches it on a busy machine: the icons must come by
# their timer, after ready, not during the event loop's first turn.
actions.ICONS_DELAY_MS = 2000
statements = []
event.listen(Engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
app = application()
window = show_frame()
found = {}
def waiting(check, then, deadline):
    # Polls `check` every 50 ms until it holds or 20 s have passed, then calls `then`.
    if check() or time.monotonic() > deadline:
        then()
    else:
        QTimer.singleShot(50, lambda: waiting(check, then, deadline))
def ready():
    open_newsroom(window, sys.argv[1])
    app.processEvents()
    found["ready"] = sorted(sys.modules)
    found["tabs"] = window.queue.tabs.count()
    found["ticker_read"] = [s for s in statements if "ticker_channels" in s]
    icon = lambda: not window.named_actions.save.icon().isNull()
    waiting(icon, later, time.monotonic() + 20)
def later():
    found["icon"] = not window.named_actions.save.icon().isNull()
    window.ticker_dock.raise_()  # the person chooses the ticker's tab
    waiting(lambda: window.ticker_desk.channel.count() > 0, shown, time.monotonic() + 20)
def shown():
    desk = window.ticker_desk
    found["channels"] = [desk.channel.itemText(i) for i in range(desk.channel.count())]
    found["items"] = [desk.list.item(i).text() for i in range(desk.list.count())]
    app.exit(0)
QTimer.singleShot(0, ready)
app.exec()
print(json.dumps(found))
"""


def test_the_ready_desk_loads_no_formats_renderer_icon_font_or_orm(db_url: str, tmp_path) -> None:
    db = open_database(db_url, create=True)
    ensure_first_admin(db, "admin")
    TickerService(db, ADMIN).add("الرباط: افتتاح معرض الكتاب", channel="regions")
    db.close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NEWSDESK_USER": "admin",
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, db_url],
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
    assert found["ticker_read"] == []  # the ticker's tab is behind the preview's
    assert "regions" in found["channels"]  # read once its tab is chosen
    assert found["items"] == ["الرباط: افتتاح معرض الكتاب"]
