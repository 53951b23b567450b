"""Loading, time handling and running-order upkeep shared by the ticker services."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from newsdesk.domain.ticker import (
    URGENCY_FLASH,
    URGENCY_LOWEST,
    Lifetimes,
    TickerItem,
    TickerStatus,
    air_order,
    place,
)
from newsdesk.errors import InvalidInputError, NotFoundError
from newsdesk.settings import Settings
from newsdesk.storage.mapping import ticker_item_from_row
from newsdesk.storage.models import TickerItemRow
from newsdesk.storage.repositories import TickerRepository
from newsdesk.storage.types import utc_now
from newsdesk.timeutil import as_utc

MIN_ID_PREFIX = 4
# Stored statuses of items that hold a place in the running order (until they expire).
ON_DESK = frozenset({TickerStatus.DRAFT, TickerStatus.APPROVED, TickerStatus.LIVE})
ON_AIR = frozenset({TickerStatus.APPROVED, TickerStatus.LIVE})


def load_item(session: Session, item_id: str) -> TickerItemRow:
    """The item with this id or unique id prefix, or NotFoundError."""
    repo = TickerRepository(session)
    row = repo.item(item_id)
    if row is not None:
        return row
    if len(item_id) >= MIN_ID_PREFIX:
        matches = repo.items_with_prefix(item_id)
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise InvalidInputError(
                f"'{item_id}' matches several ticker items; give more of the id"
            )
    raise NotFoundError(f"no ticker item with id '{item_id}'")


def load_item_for_write(session: Session, item_id: str) -> TickerItemRow:
    """The item, read again once its channel is locked, so writers to a channel take turns."""
    row = load_item(session, item_id)
    TickerRepository(session).channel(row.channel, lock=True)
    session.refresh(row)
    return row


def reposition(
    session: Session,
    row: TickerItemRow,
    now: datetime,
    changes: dict[str, Any],
    *,
    actor: str,
    position: int | None = None,
    new: bool = False,
) -> TickerItem:
    """Apply changes to an item and renumber its channel's running order 0..n-1.

    The running order holds the drafts and approved items that have not expired, in air order.
    An item that stays on it keeps its place unless `position` moves it; one that joins it
    (new, approved again, renewed after expiry) goes to the top if breaking, else to the end.
    """
    repo = TickerRepository(session)
    rows = {r.id: r for r in repo.items(row.channel, [s.value for s in ON_DESK])}
    before = air_order(
        [i for i in map(ticker_item_from_row, rows.values()) if not i.is_expired(now)]
    )
    old = next((i for i in before if i.id == row.id), None)
    for name, value in changes.items():
        setattr(row, name, value)
    if changes or new:
        row.updated_at, row.updated_by = now, actor
    if new:
        repo.add_item(row)
    after = ticker_item_from_row(row)
    order = [i for i in before if i.id != row.id]
    if after.status in ON_DESK and not after.is_expired(now):
        rows[row.id] = row
        if position is None and old is not None:
            if old.breaking == after.breaking:
                position = before.index(old)
            elif not after.breaking:
                position = 0  # no longer breaking: heads the other items
        order = place(order, after, position)
    for index, item in enumerate(order):
        if rows[item.id].position != index:
            rows[item.id].position = index
    session.flush()
    return as_at(ticker_item_from_row(row), now)


def as_at(item: TickerItem, now: datetime) -> TickerItem:
    """The item with the status the clock gives it at `now`."""
    status = item.status_at(now)
    return item if status == item.status else replace(item, status=status)


def aware(value: datetime | None) -> datetime:
    """The time given (a naive one taken as UTC), or the clock's time."""
    if value is None:
        return utc_now()
    return as_utc(value)


def aware_or_none(value: datetime | None) -> datetime | None:
    """The time given (a naive one taken as UTC), or None."""
    return None if value is None else aware(value)


def lifetimes(settings: Settings) -> Lifetimes:
    """The default lifetimes the newsroom configured."""
    return Lifetimes(
        _minutes(settings.ticker_lifetime_minutes, Lifetimes.default),
        _minutes(settings.ticker_breaking_lifetime_minutes, Lifetimes.breaking),
    )


def _minutes(value: object, fallback: timedelta) -> timedelta:
    # A hand-edited settings file may hold anything; a bad lifetime falls back to the default.
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return timedelta(minutes=value)
    return fallback


def check_urgency(urgency: int) -> int:
    """The urgency if it is 1 (flash) to 9, else InvalidInputError."""
    if not URGENCY_FLASH <= urgency <= URGENCY_LOWEST:
        raise InvalidInputError(f"urgency must be from {URGENCY_FLASH} (flash) to {URGENCY_LOWEST}")
    return urgency


def check_window(
    starts_at: datetime | None, expires_at: datetime | None, now: datetime, *, check_past: bool
) -> None:
    """Refuse an expiry in the past (when asked) or one before the start."""
    if check_past and expires_at is not None and expires_at <= now:
        raise InvalidInputError("the expiry time is already past")
    if starts_at is not None and expires_at is not None and expires_at <= starts_at:
        raise InvalidInputError("the item would expire before it starts")
