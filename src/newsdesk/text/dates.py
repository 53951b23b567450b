"""Datelines and relative times in the house style of each newsroom language."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time, format_timedelta

from newsdesk.text.direction import base_language
from newsdesk.timeutil import as_utc

DEFAULT_TIMEZONE = "Africa/Casablanca"

# A bare language tag means the house's own region: Moroccan Arabic month names
# (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر) come from Babel's ar_MA. A tag with a region
# ("ar-DZ", "fr-CA") uses that region's names instead.
_HOUSE_LOCALES = {"ar": "ar_MA", "fr": "fr", "en": "en"}
_FALLBACK_LOCALE = "en"

# Babel (CLDR) patterns of the house datelines; {day} is "d", or "d'er'" for the French 1st.
_DATELINE_PATTERNS = {
    "ar": "EEEE {day} MMMM y 'على الساعة' HH:mm",
    "fr": "EEEE {day} MMMM y 'à' HH'h'mm",
    "en": "EEEE {day} MMMM y 'at' HH:mm",
}

_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# CLDR has "now" only among relative date fields, which Babel does not expose publicly.
_NOW = {"ar": "الآن", "fr": "à l'instant", "en": "just now"}
# Babel's Arabic past reads "قبل 5 دقائق"; Arabic news timestamps say "منذ 5 دقائق".
_ARABIC_PAST_BABEL = "قبل "
_ARABIC_PAST_HOUSE = "منذ "


def _locale(language: str) -> Locale:
    base = base_language(language)
    tag = (language or "").strip().replace("-", "_")
    try:
        locale = Locale.parse(tag)
    except (UnknownLocaleError, ValueError, TypeError):
        locale = None
    if locale is None or (locale.territory is None and base in _HOUSE_LOCALES):
        return Locale.parse(_HOUSE_LOCALES.get(base, _FALLBACK_LOCALE))
    return locale


def format_dateline(
    dt: datetime,
    language: str,
    *,
    tz: str = DEFAULT_TIMEZONE,
    digits: str = "western",
) -> str:
    """Return the house dateline, e.g. "mercredi 28 février 2024 à 12h30", in zone tz.

    Naive datetimes are taken as UTC. digits="eastern" writes Arabic output with ٠-٩.
    """
    if digits not in ("western", "eastern"):
        raise ValueError(f"digits must be 'western' or 'eastern', not {digits!r}")
    zone = ZoneInfo(tz)
    local = as_utc(dt).astimezone(zone)
    base = base_language(language)
    locale = _locale(language)
    pattern = _DATELINE_PATTERNS.get(base)
    if pattern is None:
        date_part = format_date(local, "full", locale=locale)
        text = f"{date_part} {format_time(local, 'short', locale=locale)}"
    else:
        day = "d'er'" if base == "fr" and local.day == 1 else "d"
        text = format_datetime(local, pattern.format(day=day), tzinfo=zone, locale=locale)
    if base == "ar":
        text = text.translate(_EASTERN if digits == "eastern" else _WESTERN)
    return text


def short_datetime(dt: datetime, tz: str = DEFAULT_TIMEZONE) -> str:
    """ "28/02 12:30": a moment in zone tz as lists show it (naive datetimes are taken as UTC)."""
    return as_utc(dt).astimezone(ZoneInfo(tz)).strftime("%d/%m %H:%M")


def relative_time(then: datetime, now: datetime, language: str) -> str:
    """Return how long ago (or how soon) then is from now: "منذ 5 دقائق", "5 minutes ago"."""
    delta = as_utc(then) - as_utc(now)
    base = base_language(language)
    if abs(delta) < timedelta(seconds=1):
        if base in _NOW:
            return _NOW[base]
        # Babel signs zero as future ("in 0 seconds"); the nearest honest phrase is the past.
        delta = -timedelta(seconds=1)
    text = format_timedelta(delta, add_direction=True, locale=_locale(language))
    if base == "ar" and text.startswith(_ARABIC_PAST_BABEL):
        text = _ARABIC_PAST_HOUSE + text[len(_ARABIC_PAST_BABEL) :]
    return text
