"""Ticker items on the clock: status, air order, placing in the running order, lifetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsdesk.domain.people import Role
from newsdesk.domain.ticker import (
    Lifetimes,
    TickerItem,
    TickerStatus,
    air_order,
    may_publish,
    numbered,
    on_air,
    place,
)

NOW = datetime(2024, 2, 28, 12, 30, tzinfo=UTC)
HOUR = timedelta(hours=1)


def item(name: str, *, breaking: bool = False, position: int = 0, **fields) -> TickerItem:
    fields.setdefault("status", TickerStatus.APPROVED)
    return TickerItem(
        id=name, channel="tv", text=name, breaking=breaking, position=position, **fields
    )


def test_status_follows_the_clock() -> None:
    aired = item("a", starts_at=NOW, expires_at=NOW + HOUR)
    assert aired.status_at(NOW - timedelta(seconds=1)) == TickerStatus.APPROVED
    assert aired.status_at(NOW) == TickerStatus.LIVE
    assert aired.status_at(NOW + HOUR - timedelta(microseconds=1)) == TickerStatus.LIVE
    assert aired.status_at(NOW + HOUR) == TickerStatus.EXPIRED
    draft = item("d", status=TickerStatus.DRAFT, expires_at=NOW + HOUR)
    assert draft.status_at(NOW) == TickerStatus.DRAFT
    assert draft.status_at(NOW + HOUR) == TickerStatus.EXPIRED
    gone = item("w", status=TickerStatus.WITHDRAWN, expires_at=NOW - HOUR)
    assert gone.status_at(NOW) == TickerStatus.WITHDRAWN


def test_on_air_is_approved_inside_the_window_in_air_order() -> None:
    items = [
        item("late", position=0, starts_at=NOW + HOUR),
        item("b", position=2),
        item("draft", position=1, status=TickerStatus.DRAFT),
        item("a", position=1),
        item("flash", position=5, breaking=True, expires_at=NOW + HOUR),
        item("old", position=3, expires_at=NOW),
        item("gone", position=4, status=TickerStatus.WITHDRAWN),
    ]
    assert [i.id for i in on_air(items, NOW)] == ["flash", "a", "b"]


def test_air_order_breaks_ties_by_age_with_any_kind_of_time() -> None:
    older = item("older", created_at=NOW - HOUR)
    newer = item("newer", created_at=NOW)
    unknown = item("unknown")
    assert [i.id for i in air_order([newer, older, unknown])] == ["unknown", "older", "newer"]


def test_numbered_gives_dense_positions() -> None:
    assert [i.position for i in numbered([item("a", position=7), item("b", position=7)])] == [0, 1]


@pytest.mark.parametrize(
    ("moved", "position", "expected"),
    [
        ("n2", 0, ["b1", "b2", "n2", "n1", "n3"]),  # a normal item cannot pass breaking ones
        ("n1", 9, ["b1", "b2", "n2", "n3", "n1"]),
        ("b2", 0, ["b2", "b1", "n1", "n2", "n3"]),
        ("b1", 4, ["b2", "b1", "n1", "n2", "n3"]),  # nor a breaking one fall below them
        ("n3", 3, ["b1", "b2", "n1", "n3", "n2"]),
    ],
)
def test_place_keeps_an_item_inside_its_block(
    moved: str, position: int, expected: list[str]
) -> None:
    order = [
        item("b1", breaking=True),
        item("b2", breaking=True),
        item("n1"),
        item("n2"),
        item("n3"),
    ]
    target = next(i for i in order if i.id == moved)
    assert [i.id for i in place(order, target, position)] == expected


def test_place_without_position_puts_breaking_on_top_and_others_at_the_end() -> None:
    order = [item("b1", breaking=True), item("n1")]
    assert [i.id for i in place(order, item("new", breaking=True))] == ["new", "b1", "n1"]
    assert [i.id for i in place(order, item("new"))] == ["b1", "n1", "new"]


def test_lifetimes_and_who_publishes() -> None:
    lifetimes = Lifetimes()
    assert lifetimes.expiry(False, NOW) == NOW + 6 * HOUR
    assert lifetimes.expiry(True, NOW) == NOW + HOUR
    assert may_publish(Role.CHIEF) and may_publish(Role.ADMIN)
    assert not may_publish(Role.EDITOR)
    assert may_publish(Role.EDITOR, editors_publish=True)


def test_to_dict_uses_the_model_field_names() -> None:
    data = item("a", expires_at=NOW).to_dict()
    assert {"id", "ticker", "text", "language", "breaking", "urgency", "position", "status"} <= set(
        data
    )
    assert data["expires_at"] == "2024-02-28T12:30:00+00:00"
