"""Ticker channels and the short headline items that crawl across them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class TickerStatus(StrEnum):
    """The life of a ticker item."""

    DRAFT = "draft"
    APPROVED = "approved"
    LIVE = "live"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


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
    urgency: int = 5
    position: int = 0
    status: TickerStatus = TickerStatus.DRAFT
    author: str = ""
    approver: str | None = None
    article_id: str | None = None
    starts_at: datetime | None = None
    expires_at: datetime | None = None
    created_at: datetime | None = None

    def is_on_air(self, now: datetime) -> bool:
        """True when the item is approved or live and inside its time window."""
        if self.status not in (TickerStatus.APPROVED, TickerStatus.LIVE):
            return False
        if self.starts_at is not None and now < self.starts_at:
            return False
        return self.expires_at is None or now < self.expires_at

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
        }


def air_order(items: list[TickerItem]) -> list[TickerItem]:
    """Breaking items first, then by position, then oldest first."""
    return sorted(items, key=lambda i: (not i.breaking, i.position, i.created_at or datetime.min))
