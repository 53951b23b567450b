"""House datelines and relative times in Arabic, French and English."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from newsdesk.text.dates import format_dateline, relative_time

CASABLANCA = ZoneInfo("Africa/Casablanca")
NOON_THIRTY = datetime(2024, 2, 28, 12, 30, tzinfo=CASABLANCA)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ar", "الأربعاء 28 فبراير 2024 على الساعة 12:30"),
        ("ar-MA", "الأربعاء 28 فبراير 2024 على الساعة 12:30"),
        ("fr", "mercredi 28 février 2024 à 12h30"),
        ("en", "Wednesday 28 February 2024 at 12:30"),
    ],
)
def test_house_datelines(language: str, expected: str) -> None:
    assert format_dateline(NOON_THIRTY, language) == expected


def test_casablanca_was_utc_plus_one_that_day() -> None:
    assert NOON_THIRTY.utcoffset() == timedelta(hours=1)


def test_utc_input_is_converted_to_the_newsroom_zone() -> None:
    utc = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
    assert format_dateline(utc, "ar") == "الأربعاء 28 فبراير 2024 على الساعة 12:30"
    assert format_dateline(utc, "fr") == "mercredi 28 février 2024 à 12h30"


def test_naive_input_is_taken_as_utc() -> None:
    naive = datetime(2024, 2, 28, 11, 30)
    assert format_dateline(naive, "en") == "Wednesday 28 February 2024 at 12:30"


def test_other_zone() -> None:
    utc = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
    assert format_dateline(utc, "fr", tz="Europe/Paris") == "mercredi 28 février 2024 à 12h30"
    assert format_dateline(utc, "en", tz="UTC") == "Wednesday 28 February 2024 at 11:30"


def test_morocco_drops_to_utc_during_ramadan() -> None:
    utc = datetime(2024, 3, 20, 12, 0, tzinfo=UTC)
    assert format_dateline(utc, "fr") == "mercredi 20 mars 2024 à 12h00"


def test_eastern_digits() -> None:
    assert (
        format_dateline(NOON_THIRTY, "ar", digits="eastern")
        == "الأربعاء ٢٨ فبراير ٢٠٢٤ على الساعة ١٢:٣٠"
    )


def test_unknown_digits_setting_is_refused() -> None:
    with pytest.raises(ValueError, match="digits"):
        format_dateline(NOON_THIRTY, "ar", digits="roman")


MAGHREB_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]


@pytest.mark.parametrize(("month", "name"), list(enumerate(MAGHREB_MONTHS, start=1)))
def test_arabic_uses_maghreb_month_names(month: int, name: str) -> None:
    moment = datetime(2024, month, 15, 10, 0, tzinfo=CASABLANCA)
    assert f" 15 {name} 2024 " in format_dateline(moment, "ar")


def test_arabic_with_another_region_uses_its_months() -> None:
    assert "فيفري" in format_dateline(NOON_THIRTY, "ar-DZ")


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (1, "vendredi 1er mars 2024 à 10h05"),
        (2, "samedi 2 mars 2024 à 10h05"),
    ],
)
def test_french_first_of_the_month(day: int, expected: str) -> None:
    moment = datetime(2024, 3, day, 10, 5, tzinfo=CASABLANCA)
    assert format_dateline(moment, "fr") == expected


def test_other_languages_use_babel_defaults() -> None:
    assert format_dateline(NOON_THIRTY, "de") == "Mittwoch, 28. Februar 2024 12:30"
    assert "2024" in format_dateline(NOON_THIRTY, "xx")


NOW = datetime(2024, 2, 28, 12, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("ago", "language", "expected"),
    [
        (timedelta(minutes=5), "ar", "منذ 5 دقائق"),
        (timedelta(minutes=5), "fr", "il y a 5 minutes"),
        (timedelta(minutes=5), "en", "5 minutes ago"),
        (timedelta(minutes=1), "ar", "منذ دقيقة واحدة"),
        (timedelta(minutes=2), "ar", "منذ دقيقتين"),
        (timedelta(minutes=11), "ar", "منذ 11 دقيقة"),
        (timedelta(hours=3), "ar", "منذ 3 ساعات"),
        (timedelta(hours=3), "fr", "il y a 3 heures"),
        (timedelta(days=2), "en", "2 days ago"),
        (timedelta(minutes=-5), "ar", "خلال 5 دقائق"),
        (timedelta(minutes=-5), "fr", "dans 5 minutes"),
        (timedelta(minutes=-5), "en", "in 5 minutes"),
        (timedelta(0), "ar", "الآن"),
        (timedelta(0), "fr", "à l'instant"),
        (timedelta(0), "en", "just now"),
    ],
)
def test_relative_time(ago: timedelta, language: str, expected: str) -> None:
    assert relative_time(NOW - ago, NOW, language) == expected


def test_relative_time_mixes_naive_and_aware() -> None:
    then = datetime(2024, 2, 28, 12, 25)
    assert relative_time(then, NOW, "fr") == "il y a 5 minutes"
    assert relative_time(NOW, then, "en") == "in 5 minutes"


def test_relative_time_compares_instants_not_wall_clocks() -> None:
    then = datetime(2024, 2, 28, 13, 25, tzinfo=CASABLANCA)
    assert relative_time(then, NOW, "en") == "5 minutes ago"


def test_relative_time_now_in_other_languages_is_past() -> None:
    assert relative_time(NOW, NOW, "de") == "vor 1 Sekunde"
