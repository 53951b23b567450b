"""Where Newsdesk keeps its files: platform folders, overridable with NEWSDESK_* variables."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "newsdesk"


def data_dir() -> Path:
    """The user data folder (NEWSDESK_DATA_DIR overrides)."""
    return Path(os.environ.get("NEWSDESK_DATA_DIR") or user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The user configuration folder (NEWSDESK_CONFIG_DIR overrides)."""
    return Path(os.environ.get("NEWSDESK_CONFIG_DIR") or user_config_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """The embedded SQLite database file."""
    return data_dir() / "newsdesk.db"


def media_dir() -> Path:
    """The pictures image blocks refer to (NEWSDESK_MEDIA_DIR overrides; shared by a newsroom)."""
    return Path(os.environ.get("NEWSDESK_MEDIA_DIR") or data_dir() / "media")


def log_file() -> Path:
    """Newsdesk's log, rotated beside itself as newsdesk.log.1, .2, ..."""
    return data_dir() / "logs" / "newsdesk.log"
