"""Date lines of Moroccan news pages in Arabic, French and English, read as local moments."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from babel import Locale

from newsdesk.text.dates import DEFAULT_TIMEZONE


def fold(text: str) -> str:
    """Text as date lines are matched: Western digits, no accents, hamza or harakat, casefolded.

    Dropping combining marks makes "Février" match "fevrier" and "أبريل" match "ابريل".
    """
    return unicodedata.normalize("NFKD", text).translate(_FOLD).casefold()


# Eastern digits to Western, and every combining mark of the Latin and Arabic blocks deleted.
_FOLD: dict[int, int | None] = {
    code: None for code in range(0x2000) if unicodedata.combining(chr(code))
}
_FOLD.update(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))


# Month and day names come from CLDR through Babel: French and English; Arabic as written in
# Egypt and the Gulf (ar), Morocco (ar_MA: ماي يوليوز غشت شتنبر نونبر دجنبر), Algeria and
# Tunisia (ar_DZ: جانفي فيفري أفريل جوان جويلية أوت) and the Levant (ar_SY: كانون الثاني …).
_LOCALES = ("fr", "en", "ar", "ar_MA", "ar_DZ", "ar_SY")
# Spellings pages use that CLDR does not have; hamza-less forms need no entry (fold drops it).
_EXTRA_MONTHS = {
    "فبرير": 2,  # Moroccan spelling of February beside فبراير
    "يونيه": 6,  # Egyptian spellings
    "يوليه": 7,
    "sept": 9,  # English "Sept." (French "sept." is the same month)
}
_EXTRA_DAYS = ("الجمعه",)  # ta marbuta written as ha


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for tag in _LOCALES:
        months = Locale.parse(tag).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    key = fold(name).rstrip(".")
                    if table.setdefault(key, number) != number:
                        raise ValueError(f"month name {name!r} names two months")
    table.update({fold(name): number for name, number in _EXTRA_MONTHS.items()})
    return table


def _day_names() -> set[str]:
    names = {fold(name) for name in _EXTRA_DAYS}
    for tag in ("fr", "en", "ar"):
        days = Locale.parse(tag).days["format"]
        for width in ("wide", "abbreviated"):
            names.update(fold(name).rstrip(".") for name in days[width].values())
    return names


MONTHS = _month_table()


def _alternation(names: set[str] | dict[str, int]) -> str:
    return "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))


_MONTH = rf"(?:{_alternation(MONTHS)})\.?"
# A weekday before the date belongs to the date line. It is looked for only just before a
# date that matched: in the patterns, the names would be tried at every place in every line.
_WEEKDAY_BEFORE = re.compile(rf"(?:{_alternation(_day_names())})\.?\s*[،,\-–|]?\s*$")
_WEEKDAY_REACH = 16
_DAY = r"(?<![0-9])(?P<day>[0-9]{1,2})"
_YEAR = r"(?P<year>[0-9]{4})(?![0-9])"
# What sits between the date and the time: "à", "at", "-", ",", "|", "على الساعة".
_JOIN = r"(?:\s*(?:[,،\-–|]|a|at|على|الساعة|الساعه)(?![^\W\d_]))*\s*"
_HALF_WORDS = r"(?:a\.?\s?m\.?|p\.?\s?m\.?|صباحا|صباح|مساء)(?![^\W\d_])"
# "16:45", "16h45", "16 h 45", "16h", "4:45 PM", "4 pm", "04:45 مساء".
_TIME = (
    rf"(?:{_JOIN}(?P<hour>[0-9]{{1,2}})\s*"
    rf"(?:[:h]\s*(?P<minute>[0-9]{{2}})|h(?![^\W\d_])|(?=\s*{_HALF_WORDS}))"
    rf"(?:\s*(?P<half>{_HALF_WORDS}))?)?"
)

# The forms, tried in order on the folded line; the numeric form is day first, as in Morocco.
FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Mercredi 13 novembre 2024 à 16h45", "13 novembre 2024 - 16h45",
    # "الأربعاء 13 نونبر 2024 - 16:45", "13 November 2024"
    (
        "day month year",
        re.compile(
            rf"{_DAY}(?:er|st|nd|rd|th)?\s+(?:من\s+)?(?P<month>{_MONTH})\s*[،,]?\s+"
            rf"{_YEAR}{_TIME}"
        ),
    ),
    # "Nov 13, 2024, 4:45 PM", "November 13, 2024 at 4:45 pm"
    (
        "month day year",
        re.compile(rf"(?P<month>{_MONTH})\s+{_DAY}(?:st|nd|rd|th)?\s*,?\s+{_YEAR}{_TIME}"),
    ),
    # "Publié le 13/11/2024 à 16:45", "13-11-2024 16:45", "13.11.2024"
    (
        "day/month/year",
        re.compile(rf"{_DAY}(?P<sep>[/.\-])(?P<month>[0-9]{{1,2}})(?P=sep){_YEAR}{_TIME}"),
    ),
)

_ANY_YEAR = re.compile(r"[0-9]{4}")
_MAX_LINE_CHARS = 120
# A date line is mostly the date ("Publié le", "Mis à jour", a byline may sit beside it);
# a sentence that mentions a date has more around it and stays in the body.
_MAX_EXTRA_CHARS = 40


@dataclass(frozen=True)
class Dateline:
    """The calendar fields a date line names, before they are placed in a time zone."""

    form: str
    year: int
    month: int
    day: int
    hour: int
    minute: int

    def moment(self, tz: str = DEFAULT_TIMEZONE) -> datetime | None:
        """The moment in zone tz (its own offset that day), or None for a day that does not exist."""
        try:
            return datetime(
                self.year, self.month, self.day, self.hour, self.minute, tzinfo=ZoneInfo(tz)
            )
        except ValueError:
            return None


def find_dateline(line: str) -> Dateline | None:
    """The date a line is made of, or None when the line has none or is a sentence around one."""
    if len(line) > _MAX_LINE_CHARS:
        return None
    folded = fold(line)
    if not _ANY_YEAR.search(folded):
        return None  # every form has a year; most lines have none and need no other pattern
    for form, pattern in FORMS:
        match = pattern.search(folded)
        if match is None:
            continue
        weekday = _WEEKDAY_BEFORE.search(
            folded, max(match.start() - _WEEKDAY_REACH, 0), match.start()
        )
        start = weekday.start() if weekday else match.start()
        if len(folded) - (match.end() - start) > _MAX_EXTRA_CHARS:
            return None
        return _fields(form, match)
    return None


def parse_dateline(line: str, tz: str = DEFAULT_TIMEZONE) -> datetime | None:
    """The moment a date line names, in zone tz, or None when it names none."""
    found = find_dateline(line)
    return found.moment(tz) if found else None


def _fields(form: str, match: re.Match[str]) -> Dateline:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.rstrip(".")]
    hour = int(match.group("hour") or 0)
    half = (match.group("half") or "").replace(".", "").replace(" ", "")
    if half in ("pm", "مساء") and hour < 12:
        hour += 12
    elif half in ("am", "صباحا", "صباح") and hour == 12:
        hour = 0
    elif half and not 1 <= hour <= 12:
        hour = 99  # "16:45 PM" names no time; moment() refuses it
    return Dateline(
        form,
        int(match.group("year")),
        month,
        int(match.group("day")),
        hour,
        int(match.group("minute") or 0),
    )
