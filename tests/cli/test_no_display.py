"""Without a display the desktop app says so in one line and exits, instead of Qt aborting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.display import missing_display

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="X11/Wayland displays are Linux's")


def _environ(tmp_path: Path, **extra: str) -> dict[str, str]:
    kept = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    kept.pop("QT_QPA_PLATFORM", None)
    return {**kept, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), **extra}


def test_the_window_without_a_display_is_one_line_and_a_failure(tmp_path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from newsdesk.cli.main import gui_entry; sys.exit(gui_entry([]))",
        ],
        env=_environ(tmp_path, XDG_DATA_HOME=str(tmp_path / "data")),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1, run.stderr
    assert run.stderr.startswith("newsdesk: error: no display")
    assert len(run.stderr.splitlines()) == 1, run.stderr


@pytest.mark.parametrize(
    ("extra", "argv", "blocked"),
    [
        ({}, [], True),
        ({"QT_QPA_PLATFORM": "xcb"}, [], True),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, [], True),
        ({"QT_QPA_PLATFORM": "offscreen"}, [], False),
        ({}, ["newsdesk-gui", "-platform", "minimal"], False),
        ({"DISPLAY": ":0"}, [], False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, [], False),
    ],
)
def test_which_platforms_need_a_display(extra, argv, blocked) -> None:
    said = missing_display(extra, argv, "linux")
    assert (said is not None) == blocked
    assert missing_display({}, [], "win32") is None
