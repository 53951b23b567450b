"""Typed settings: a small JSON file in the config folder, with environment overrides."""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, field, fields
from datetime import timedelta
from pathlib import Path

from newsdesk.atomic import write_atomically
from newsdesk.paths import config_dir
from newsdesk.text.lint.settings import LintSettings


@dataclass
class Settings:
    """What a user or newsroom configures."""

    user: str = ""
    database_url: str = ""
    timezone: str = "Africa/Casablanca"
    digit_style: str = "western"
    digit_group_separator: str = "\u202f"
    headline_max_chars: int = 110
    ticker_max_chars: int = 90
    disabled_lint_rules: list[str] = field(default_factory=list)
    ticker_default_channel: str = "site"
    ticker_window_px: int = 1280
    lease_minutes: int = 60
    ticker_lifetime_minutes: int = 360
    ticker_breaking_lifetime_minutes: int = 60
    editors_publish_tickers: bool = False
    ticker_separator: str = " • "
    ticker_feed_title: str = "Newsdesk"
    ticker_feed_link: str = "https://news.example/"
    spell_check: bool = True  # misspellings underlined as this person types (each article may differ)
    # This person's own accepted words (the newsroom's are in the database).
    personal_words: list[str] = field(default_factory=list)
    # The newsroom's house spelling of words written more than one way (مسؤول, not مسئول).
    house_spellings: list[str] = field(default_factory=list)

    def lease(self) -> timedelta:
        """How long a chief's claim holds an article."""
        return timedelta(minutes=self.lease_minutes)

    def lint_settings(self) -> LintSettings:
        """The house-style checker's settings from the newsroom's."""
        try:
            return LintSettings(
                self.headline_max_chars,
                self.ticker_max_chars,
                "eastern" if self.digit_style == "eastern" else "western",
                frozenset(self.disabled_lint_rules),
                tuple(self.house_spellings),
                self.digit_group_separator,
            )
        except ValueError:
            return LintSettings()

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read settings, ignoring a missing or unreadable file (defaults apply)."""
        path = path or settings_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        known = {f.name for f in fields(cls)}
        return (
            cls(**{k: v for k, v in data.items() if k in known})
            if isinstance(data, dict)
            else cls()
        )

    def save(self, path: Path | None = None) -> None:
        """Write settings atomically and durably (see newsdesk.atomic)."""
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(self), ensure_ascii=False, indent=2).encode("utf-8")
        write_atomically(path, data)


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / "settings.json"


def login_name() -> str:
    """The operating-system login name, or 'admin' when it cannot be found."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "admin"


@dataclass(frozen=True)
class NamedUser:
    """A person named on purpose for this run, and where: "--as" or "NEWSDESK_USER"."""

    name: str
    source: str


def named_user(as_user: str | None = None) -> NamedUser | None:
    """Who --as (given here) or else NEWSDESK_USER names; None when neither names anyone."""
    if as_user:
        return NamedUser(as_user, "--as")
    env = os.environ.get("NEWSDESK_USER")
    return NamedUser(env, "NEWSDESK_USER") if env else None


def fallback_user(settings: Settings | None = None) -> str:
    """Who acts on a personal desk when nobody is named: the settings' user, else the login name."""
    settings = settings or Settings.load()
    return settings.user or login_name()


def default_user(settings: Settings | None = None) -> str:
    """Who acts on a personal desk when no --as is given: NEWSDESK_USER, settings, login name."""
    named = named_user()
    return named.name if named is not None else fallback_user(settings)


def default_database_url(settings: Settings | None = None) -> str:
    """The database URL when no --db is given: NEWSDESK_DB, then settings, else empty (SQLite)."""
    settings = settings or Settings.load()
    return os.environ.get("NEWSDESK_DB") or settings.database_url
