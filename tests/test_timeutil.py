"""A naive time is UTC; an aware one is the same moment in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from newsdesk.timeutil import as_utc


def test_a_naive_time_is_taken_as_utc() -> None:
    assert as_utc(datetime(2024, 2, 28, 11, 30)) == datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
    assert as_utc(datetime(2024, 2, 28, 11, 30)).tzinfo is UTC


def test_an_aware_time_keeps_its_moment_in_utc() -> None:
    casablanca = datetime(2024, 2, 28, 12, 30, tzinfo=timezone(timedelta(hours=1)))
    moved = as_utc(casablanca)
    assert moved.utcoffset() == timedelta(0)
    assert (moved.hour, moved.minute) == (11, 30)
    assert moved == casablanca
