"""Ticker channels and the short headline items that crawl across them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from newsdesk.domain.people import Role
from newsdesk.domain.permissions import EDITORS_PUBLISH_TICKERS, Permission, may


class TickerStatus(StrEnum):
    """The life of a ticker item."""

    DRAFT = "draft"
    APPROVED = "approved"
    LIVE = "live"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


# Stored statuses are draft, approved and withdrawn; live and expired follow from the clock
# (see TickerItem.status_at), so an item leaves the air at its expiry without a background job.
ON_AIR_STATUSES = frozenset({TickerStatus.APPROVED, TickerStatus.LIVE})
URGENCY_FLASH = 1
URGENCY_DEFAULT = 5
URGENCY_LOWEST = 9


@dataclass(frozen=True)
class TickerChannel:
    """A crawl such as the website strip or the TV ticker."""

    name: str
    language: str = "ar"
    window_px: int = 1280


@dataclass(frozen=True)
class TickerItem:
    """One short headline on a ticker channel."""

    id: str
    channel: str
    text: str
    language: str = "ar"
    breaking: bool = False
    urgency: int = URGENCY_DEFAULT
    position: int = 0
    status: TickerStatus = TickerStatus.DRAFT
    author: str = ""
    approver: str | None = None
    article_id: str | None = None
    starts_at: datetime | None = None
    expires_at: datetime | None = None
    created_at: datetime | None = None
    approved_at: datetime | None = None

    def is_expired(self, now: datetime) -> bool:
        """True once the item's expiry time has come (or it was stored as expired)."""
        if self.status == TickerStatus.EXPIRED:
            return True
        return self.expires_at is not None and now >= self.expires_at

    def is_on_air(self, now: datetime) -> bool:
        """True when the item is approved or live and inside its time window."""
        if self.status not in ON_AIR_STATUSES:
            return False
        if self.starts_at is not None and now < self.starts_at:
            return False
        return self.expires_at is None or now < self.expires_at

    def status_at(self, now: datetime) -> TickerStatus:
        """The status as the clock makes it: approved items are live in their window, then expired."""
        if self.status == TickerStatus.WITHDRAWN:
            return self.status
        if self.is_expired(now):
            return TickerStatus.EXPIRED
        if self.status in ON_AIR_STATUSES:
            started = self.starts_at is None or self.starts_at <= now
            return TickerStatus.LIVE if started else TickerStatus.APPROVED
        return self.status

    def to_dict(self) -> dict[str, Any]:
        """The item with the model's field names."""
        return {
            "id": self.id,
            "ticker": self.channel,
            "text": self.text,
            "language": self.language,
            "breaking": self.breaking,
            "urgency": self.urgency,
            "position": self.position,
            "status": self.status.value,
            "author": self.author,
            "approver": self.approver,
            "article_id": self.article_id,
            "starts_at": self.starts_at.isoformat() if self.starts_at else None,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "approved_at": self.approved_at.isoformat() if self.approved_at else None,
            "created_at": self.created_at.isoformat() if self.created_at else None,
        }


class Orderable(Protocol):
    """Anything with the fields that decide air order (an item, or a stored row of one)."""

    # Read-only, so frozen dataclasses and ORM rows both qualify.
    @property
    def breaking(self) -> bool: ...
    @property
    def position(self) -> int: ...
    @property
    def created_at(self) -> datetime | None: ...


def air_key(item: Orderable) -> tuple[bool, int, float]:
    """The sort key of air order: breaking first, then by position, then oldest first."""
    # A timestamp keeps aware, naive and missing creation times comparable.
    created = item.created_at.timestamp() if item.created_at else 0.0
    return (not item.breaking, item.position, created)


def air_order(items: Sequence[TickerItem]) -> list[TickerItem]:
    """Breaking items first, then by position, then oldest first."""
    return sorted(items, key=air_key)


def on_air(items: Sequence[TickerItem], now: datetime) -> list[TickerItem]:
    """The items on air at `now`, in air order."""
    return air_order([item for item in items if item.is_on_air(now)])


def numbered(items: Sequence[TickerItem]) -> list[TickerItem]:
    """The items with dense positions 0..n-1 in the order given."""
    return [
        item if item.position == i else replace(item, position=i) for i, item in enumerate(items)
    ]


def place(
    order: Sequence[TickerItem], item: TickerItem, position: int | None = None
) -> list[TickerItem]:
    """Put `item` into an air-ordered list at `position`, kept inside its own block.

    Breaking items always come before the others, so a position outside the item's block is
    moved to that block's nearest end. With no position, a breaking item goes to the top and
    any other item to the end. Any earlier copy of the item (same id) is taken out first.
    """
    rest = [other for other in order if other.id != item.id]
    breaking = sum(1 for other in rest if other.breaking)
    low, high = (0, breaking) if item.breaking else (breaking, len(rest))
    if position is None:
        position = low if item.breaking else high
    index = min(max(position, low), high)
    return [*rest[:index], item, *rest[index:]]


@dataclass(frozen=True)
class Lifetimes:
    """How long items stay on air when no expiry is given."""

    default: timedelta = timedelta(hours=6)
    breaking: timedelta = timedelta(hours=1)

    def expiry(self, breaking: bool, start: datetime) -> datetime:
        """When an item that starts at `start` expires by default."""
        return start + (self.breaking if breaking else self.default)


def may_publish(role: Role, editors_publish: bool = False) -> bool:
    """Whether this role may approve items for air, withdraw and reorder them."""
    settings_on = frozenset({EDITORS_PUBLISH_TICKERS}) if editors_publish else frozenset()
    return may(role, Permission.PUBLISH_TICKERS, settings_on=settings_on)
