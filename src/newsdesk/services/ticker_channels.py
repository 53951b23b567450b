"""Ticker channels: the crawls items air on, each with a language and an on-air window width."""

from __future__ import annotations

import re

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from newsdesk.domain.people import Person
from newsdesk.domain.permissions import EDITORS_PUBLISH_TICKERS
from newsdesk.domain.ticker import TickerChannel, may_publish
from newsdesk.errors import InvalidInputError, NotFoundError, PermissionDeniedError
from newsdesk.services.ticker_checks import validate_language
from newsdesk.settings import Settings
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import ticker_channel_from_row
from newsdesk.storage.newsroom.identity import newsroom_settings_on
from newsdesk.storage.repositories import TickerRepository

_CHANNEL_NAME = re.compile(r"^[\w.-]{1,64}$")
MAX_WINDOW_PX = 100_000
DEFAULT_LANGUAGE = "ar"


class ChannelService:
    """Listing, creating and configuring ticker channels, each call in its own transaction."""

    def __init__(self, db: Database, actor: Person, settings: Settings | None = None):
        self.db = db
        self.actor = actor
        self.settings = settings or Settings()

    def channels(self) -> list[TickerChannel]:
        """Every channel, by name."""
        with self.db.reading() as session:
            return [ticker_channel_from_row(row) for row in TickerRepository(session).channels()]

    def get(self, name: str) -> TickerChannel:
        """The channel called `name`, or NotFoundError."""
        with self.db.reading() as session:
            return load_channel(session, name)

    def add(
        self, name: str, *, language: str = DEFAULT_LANGUAGE, window_px: int | None = None
    ) -> TickerChannel:
        """Create a channel (anyone may: adding an item creates one too)."""
        window_px = _check_window_px(
            self.settings.ticker_window_px if window_px is None else window_px
        )
        with self.db.transaction() as session:
            if TickerRepository(session).channel(_check_name(name)) is not None:
                raise InvalidInputError(f"a ticker channel called '{name}' already exists")
            return ensure_channel(session, name, language, window_px)

    def update(
        self, name: str, *, language: str | None = None, window_px: int | None = None
    ) -> TickerChannel:
        """Change a channel's language or window width; only those who publish tickers may."""
        if not may_publish(self.actor.role, editors_publish(self.db, self.settings)):
            raise PermissionDeniedError(
                f"the {self.actor.role.value} role may not change ticker channels"
            )
        with self.db.transaction() as session:
            row = TickerRepository(session).channel(name, lock=True)
            if row is None:
                raise NotFoundError(f"no ticker channel called '{name}'")
            if language is not None:
                row.language = validate_language(language)
            if window_px is not None:
                row.window_px = _check_window_px(window_px)
            session.flush()
            return ticker_channel_from_row(row)


def editors_publish(db: Database, settings: Settings) -> bool:
    """Whether editors put ticker items on air: a newsroom's own setting, else the desk's."""
    on = newsroom_settings_on(db)
    if on is None:
        return bool(settings.editors_publish_tickers)
    return EDITORS_PUBLISH_TICKERS in on


def load_channel(session: Session, name: str) -> TickerChannel:
    """The channel called `name`, or NotFoundError."""
    row = TickerRepository(session).channel(name)
    if row is None:
        raise NotFoundError(
            f"no ticker channel called '{name}' (add an item to it, or: newsdesk ticker channel add)"
        )
    return ticker_channel_from_row(row)


def ensure_channel(
    session: Session, name: str, language: str | None, window_px: int
) -> TickerChannel:
    """The channel called `name`, created with this language and width if it does not exist.

    The channel's row stays locked until the transaction ends, so writers take turns.
    """
    repo = TickerRepository(session)
    row = repo.channel(_check_name(name), lock=True)
    if row is None:
        values = {
            "name": name,
            "language": validate_language(language or DEFAULT_LANGUAGE),
            "window_px": _check_window_px(window_px),
        }
        try:
            with session.begin_nested():
                row = repo.add_channel(**values)
        except IntegrityError:
            # Another desk created it at the same moment: use theirs.
            row = repo.channel(name, lock=True)
            if row is None:
                raise
    return ticker_channel_from_row(row)


def _check_name(name: str) -> str:
    if not _CHANNEL_NAME.match(name):
        raise InvalidInputError(f"'{name}' is not a valid ticker name (letters, digits, . _ -)")
    return name


def _check_window_px(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WINDOW_PX:
        raise InvalidInputError(f"the window width must be from 1 to {MAX_WINDOW_PX} pixels")
    return value
