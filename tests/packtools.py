"""Helpers of the packaging tests: the project's files and isolated environments to run in."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"


def isolated_env(folder: Path) -> dict[str, str]:
    """An environment whose home, XDG and Newsdesk folders all lie under `folder`."""
    home = folder / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NEWSDESK_", "XDG_", "PYTHON"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        NEWSDESK_DATA_DIR=str(folder / "data"),
        NEWSDESK_CONFIG_DIR=str(folder / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def files_under(folder: Path) -> set[str]:
    """Every file below `folder`, as paths relative to it (fontconfig's own cache aside)."""
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        # The system's font cache may be refreshed by any Qt program; it is not Newsdesk's.
        if path.is_file() and "fontconfig" not in path.parts
    }


def run_isolated(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run `command` in `folder` with every folder it uses inside `folder` (see isolated_env)."""
    return subprocess.run(
        list(command),
        cwd=folder,
        env=isolated_env(folder),
        capture_output=True,
        text=True,
        timeout=300,
    )
