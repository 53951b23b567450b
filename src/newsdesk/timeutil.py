"""Times in Newsdesk are aware and in UTC; this is where a naive one becomes so."""

from __future__ import annotations

from datetime import UTC, datetime


def as_utc(moment: datetime) -> datetime:
    """`moment` in UTC; a naive time is taken to be UTC already (as the database stores it)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def iso_utc(moment: datetime) -> str:
    """An RFC 3339 time in UTC to the second, such as 2024-02-28T11:30:00Z."""
    return as_utc(moment).replace(microsecond=0).isoformat().replace("+00:00", "Z")
