"""The window paints its real frame first: menus, toolbar and docks, before the newsroom loads."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QDockWidget, QToolBar

from newsdesk.app import open_newsroom, show_frame
from newsdesk.gui.actions import Actions

pytestmark = pytest.mark.gui

# What must not load before the first paint: storage, the text engine, the editor, the icon font.
HEAVY_MODULES = (
    "sqlalchemy",
    "newsdesk.storage.engine",
    "newsdesk.services.articles",
    "newsdesk.services.recovery",
    "newsdesk.settings",
    "newsdesk.text.lint.checker",
    "newsdesk.domain.document",
    "newsdesk.gui.editor.article_editor",
    "newsdesk.gui.widgets.directional",
    "qtawesome",
)


def test_showing_the_frame_loads_only_qt_and_the_frame() -> None:
    code = (
        "import sys\n"
        "from newsdesk.app import application, show_frame\n"
        "app = application()\n"
        "window = show_frame()\n"
        f"print([m for m in {HEAVY_MODULES!r} if m in sys.modules])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_first_paint_has_menus_toolbar_and_docks(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("newsdesk.gui.startup._after_show", lambda *a, **k: None)
    window = show_frame()
    qtbot.addWidget(window)
    assert window.isVisible() and not window.attached
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:5] == ["&File", "&Edit", "F&ormat", "&Insert", "&View"]
    assert len(window.findChildren(QToolBar)) == 1
    docks = {d.objectName() for d in window.findChildren(QDockWidget)}
    assert docks == {f"dock-{n}" for n in ("navigator", "findings", "preview", "queue", "ticker")}
    # Nothing that needs the newsroom can be triggered before it is there; quitting can.
    assert (
        not window.named_actions.new.isEnabled()
        and not window.named_actions.import_files.isEnabled()
    )
    assert window.named_actions.quit.isEnabled()
    open_newsroom(window, str(tmp_path / "start.db"), create=True)
    assert window.attached
    assert window.navigator_dock.widget() is window.navigator
    assert window.ticker_dock.widget() is window.ticker_desk
    assert window.named_actions.new.isEnabled() and window.named_actions.import_files.isEnabled()
    assert not window.named_actions.save.isEnabled()  # no article open yet
    assert window.user_label.text().startswith(window.person.label)
    assert {d.objectName() for d in window.findChildren(QDockWidget)} == docks


def test_a_saved_layout_is_in_the_first_paint_and_stays(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("newsdesk.gui.startup._after_show", lambda *a, **k: None)
    first = show_frame()
    qtbot.addWidget(first)
    first.ticker_dock.hide()
    first.save_layout()
    second = show_frame()
    qtbot.addWidget(second)
    assert second.preview_dock.isVisible() and not second.ticker_dock.isVisible()
    open_newsroom(second, str(tmp_path / "start.db"), create=True)
    assert second.preview_dock.isVisible() and not second.ticker_dock.isVisible()


def test_the_actions_table_needs_every_action() -> None:
    with pytest.raises(TypeError, match="block_heading"):
        Actions(new=None)
