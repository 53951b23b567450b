"""Headless Chromium for tests: the flags every run uses and one call that runs the browser."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--hide-scrollbars",
    "--window-size=1000,1400",
)


def run_chromium(
    need_tool: Callable[..., str],
    profile: Path,
    *args: str,
    env: Mapping[str, str] | None = None,
) -> str:
    """Run headless Chromium with a profile folder of its own; return what it printed."""
    browser = need_tool("chromium", "chromium-browser", "google-chrome")
    run = subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=None if env is None else {**os.environ, **env},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


def screenshot(need_tool: Callable[..., str], page: Path, shot: Path, profile: Path) -> Path:
    """A PNG of the page as Chromium lays it out (after its pictures and fonts have loaded)."""
    run_chromium(
        need_tool, profile, "--virtual-time-budget=3000", f"--screenshot={shot}", page.as_uri()
    )
    return shot
