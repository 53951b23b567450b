"""Captured pages in French and English, and every breaking label and date line form."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from babel import Locale

from datafiles import CAPTURES, SEED
from newsdesk.importers.base import SourceFile
from newsdesk.importers.capture import parse_capture
from newsdesk.importers.datelines import find_dateline, parse_dateline
from newsdesk.importers.text import import_text

CASABLANCA = ZoneInfo("Africa/Casablanca")
FR_HEADLINE = "Eau potable : le gouvernement lance un programme d'urgence dans 12 provinces"
FR_DATE_LINE = "Mercredi 13 novembre 2024 à 16h45"
SEED_DATE_LINE = "الأربعاء 28 فبراير 2024 على الساعة 12:30"
NOV_13_1645 = datetime(2024, 11, 13, 16, 45, tzinfo=CASABLANCA)


def _import(name: str, text: str | None = None):
    """A composed page imported as a file, through the text importer; text replaces its bytes."""
    path = CAPTURES / name
    data = path.read_bytes() if text is None else text.encode("utf-8")
    return import_text(SourceFile(path, data))


def _page(name: str) -> str:
    return (CAPTURES / name).read_text(encoding="utf-8")


def test_french_page_is_breaking_and_dated():
    result = _import("fr_urgent.txt")
    assert result.kind == "capture"
    assert result.content.breaking is True
    assert result.dated_at == NOV_13_1645
    assert result.dated_at.astimezone(UTC) == datetime(2024, 11, 13, 15, 45, tzinfo=UTC)
    assert result.content.headline == FR_HEADLINE
    assert result.content.language == "fr"
    blocks = [b.text for b in result.content.body.blocks]
    assert len(blocks) == 3
    assert blocks[0].startswith("Le chef du gouvernement")
    assert blocks[1].startswith("« Il est urgent d'agir")
    assert len(result.tickers) == 4
    assert result.tickers[2].text == "le Wydad se qualifie pour la finale de la Coupe du Trône"


def test_english_page_is_breaking_and_dated():
    result = _import("en_breaking.txt")
    assert result.kind == "capture"
    assert result.content.breaking is True
    assert result.dated_at == NOV_13_1645
    assert result.content.headline == "Morocco's central bank keeps its key rate unchanged at 2.75%"
    assert result.content.language == "en"
    blocks = [b.text for b in result.content.body.blocks]
    assert len(blocks) == 3
    assert blocks[2].startswith("Breaking news on the outlook")
    assert result.tickers[2].text.startswith("4.9-magnitude earthquake")


def test_labels_in_the_menu_and_the_story_do_not_make_it_breaking():
    result = _import("fr_menu.txt")
    assert result.kind == "capture"
    assert result.content.breaking is False
    assert not any(t.breaking for t in result.tickers)
    assert result.dated_at == NOV_13_1645
    assert result.content.headline == (
        "Le Parlement adopte le projet de loi de finances en première lecture"
    )
    blocks = [b.text for b in result.content.body.blocks]
    # The story's own lines stay as written, "Urgent" and "Flash : …" included.
    assert blocks[1:] == [
        "Urgent",
        "Selon le rapporteur, l'examen des amendements jugés urgents a occupé la commission "
        "jusqu'à l'aube.",
        "Flash : le texte passe maintenant à la Chambre des conseillers, qui dispose de trois "
        "semaines.",
    ]


def test_urgent_inside_body_text_does_not_make_a_page_breaking():
    text = _page("fr_urgent.txt").replace("Urgent\n", "", 1).replace("Flash :", "Sport :")
    result = _import("fr_urgent.txt", text)
    assert "urgent" in result.content.body.plain_text()
    assert result.content.breaking is False
    assert not any(t.breaking for t in result.tickers)


def test_labelled_ticker_line_alone_is_breaking():
    result = _import("fr_urgent.txt", _page("fr_urgent.txt").replace("Urgent\n", "", 1))
    assert result.content.breaking is False
    assert [t.breaking for t in result.tickers] == [False, False, True, False]
    assert result.tickers[2].text.startswith("le Wydad")


@pytest.mark.parametrize(
    "label",
    [
        "Urgent",
        "URGENT",
        "Dernière minute",
        "Derniere minute",
        "Flash",
        "Flash info",
        "Breaking",
        "Breaking news",
        "عاجل",
        "خبر عاجل",
        "Urgent :",
    ],
)
def test_each_breaking_label_in_the_label_place(label: str):
    text = _page("fr_urgent.txt").replace("Urgent\n", f"{label}\n", 1)
    text = text.replace("Flash :", "Sport :")  # only the page's label marks it
    result = _import("fr_urgent.txt", text)
    assert result.content.breaking is True
    assert all(t.breaking for t in result.tickers)  # a breaking page's ticker is breaking too


@pytest.mark.parametrize("label", ["Urgent", "Dernière minute", "Breaking news", "عاجل"])
def test_label_before_the_headline_on_its_line(label: str):
    text = _page("fr_urgent.txt").replace("Urgent\n", "", 1)
    text = text.replace(f"\n{FR_HEADLINE}\n", f"\n{label} : {FR_HEADLINE}\n", 1)
    result = _import("fr_urgent.txt", text)
    assert result.content.breaking is True
    assert result.content.headline == FR_HEADLINE


def test_label_between_the_date_line_and_the_headline():
    text = _page("fr_urgent.txt").replace("Urgent\n", "", 1)
    text = text.replace(f"{FR_DATE_LINE}\n", f"{FR_DATE_LINE}\nDernière minute\n", 1)
    result = _import("fr_urgent.txt", text)
    assert result.content.breaking is True
    assert "Dernière minute" not in result.content.body.plain_text()


def test_labelled_line_away_from_the_story_does_not_make_it_breaking():
    text = _page("fr_menu.txt").replace(
        "Sport\n", "Sport\nFlash : les horaires des trains changent samedi\n", 1
    )
    result = _import("fr_menu.txt", text)
    assert result.content.breaking is False
    assert result.content.headline.startswith("Le Parlement adopte")


# One case per form: the page a site of that language would show, with its date line.
FORMS = [
    ("fr_urgent.txt", "Publié le 13/11/2024 à 16:45", NOV_13_1645),
    ("fr_urgent.txt", "13 novembre 2024 - 16h45", NOV_13_1645),
    ("fr_urgent.txt", "Mercredi 13 novembre 2024 à 16h45", NOV_13_1645),
    ("fr_urgent.txt", "Mis à jour le mercredi 1er mai 2024 à 9h05", datetime(2024, 5, 1, 9, 5)),
    # The weekday is part of the date: beside it, only the update words and byline are extra.
    (
        "fr_urgent.txt",
        "Mis à jour le mercredi 13 novembre 2024 à 16h45 | Par la rédaction",
        NOV_13_1645,
    ),
    ("en_breaking.txt", "Nov 13, 2024, 4:45 PM", NOV_13_1645),
    ("en_breaking.txt", "November 13, 2024 at 4:45 pm", NOV_13_1645),
    ("en_breaking.txt", "Wednesday 13 November 2024 - 16:45", NOV_13_1645),
    ("en_breaking.txt", "Published 13.11.2024 16:45", NOV_13_1645),
    ("fr_urgent.txt", "13 novembre 2024 à 16h", datetime(2024, 11, 13, 16, 0)),
    ("en_breaking.txt", "Nov 13, 2024, 4 PM", datetime(2024, 11, 13, 16, 0)),
    ("en_breaking.txt", "Nov 13, 2024, 12:05 AM", datetime(2024, 11, 13, 0, 5)),
    ("en_breaking.txt", "Nov 13, 2024, 12:05 PM", datetime(2024, 11, 13, 12, 5)),
    (SEED, "الأربعاء 13 نونبر 2024 - 16:45", NOV_13_1645),
    (SEED, "الأربعاء ١٣ نونبر ٢٠٢٤ - ١٦:٤٥", NOV_13_1645),
    (SEED, "الأربعاء 13 نوفمبر 2024 على الساعة 16:45", NOV_13_1645),
    (SEED, "الأربعاء 13 تشرين الثاني 2024 - 16:45", NOV_13_1645),
    (SEED, "الأربعاء ١٣ كانون الثاني ٢٠٢٤ الساعة ٠٤:٤٥ مساءً", datetime(2024, 1, 13, 16, 45)),
    (SEED, "الخميس 12 دجنبر 2024 على الساعة 16:45", datetime(2024, 12, 12, 16, 45)),
    (SEED, "الأحد 4 غشت 2024 - 9:05", datetime(2024, 8, 4, 9, 5)),
    (SEED, "نشر في 13/11/2024 - 16:45", NOV_13_1645),
]


@pytest.mark.parametrize(("page", "line", "expected"), FORMS, ids=[f[1] for f in FORMS])
def test_each_date_line_form(page, line: str, expected: datetime):
    path = page if page == SEED else CAPTURES / page
    original = path.read_text(encoding="utf-8")
    own = SEED_DATE_LINE if page == SEED else find_own_date_line(original)
    result = import_text(SourceFile(path, original.replace(own, line, 1).encode("utf-8")))
    assert result.kind == "capture"
    assert result.dated_at == expected.replace(tzinfo=CASABLANCA)
    assert line not in result.content.body.plain_text()


def find_own_date_line(text: str) -> str:
    """The date line a composed page carries."""
    return next(line for line in text.splitlines() if find_dateline(line))


@pytest.mark.parametrize(
    ("line", "utc"),
    [
        # Ramadan 2024: Morocco's clocks are at UTC+0 from 10 March to 14 April.
        ("Mercredi 20 mars 2024 à 16h45", datetime(2024, 3, 20, 16, 45, tzinfo=UTC)),
        ("الأربعاء 20 مارس 2024 على الساعة 16:45", datetime(2024, 3, 20, 16, 45, tzinfo=UTC)),
        ("Mar 20, 2024, 4:45 PM", datetime(2024, 3, 20, 16, 45, tzinfo=UTC)),
        # Outside Ramadan: UTC+1.
        ("Mercredi 13 novembre 2024 à 16h45", datetime(2024, 11, 13, 15, 45, tzinfo=UTC)),
        ("Samedi 20 avril 2024 à 16h45", datetime(2024, 4, 20, 15, 45, tzinfo=UTC)),
    ],
)
def test_date_lines_in_casablanca_time_with_ramadan(line: str, utc: datetime):
    text = _page("fr_urgent.txt").replace(FR_DATE_LINE, line, 1)
    result = _import("fr_urgent.txt", text)
    assert result.dated_at is not None
    assert result.dated_at.astimezone(UTC) == utc


@pytest.mark.parametrize(
    "tag", ["fr", "en", "ar", "ar_MA", "ar_DZ", "ar_SY"], ids=lambda tag: f"babel-{tag}"
)
def test_every_babel_month_name_reads_as_its_month(tag: str):
    for number, name in Locale.parse(tag).months["format"]["wide"].items():
        assert parse_dateline(f"13 {name} 2024") == datetime(2024, number, 13, tzinfo=CASABLANCA)


@pytest.mark.parametrize(
    "line",
    [
        "Nov 13, 2024, 16:45 PM",  # no such time
        "31/02/2024 à 10:00",  # no such day
        "Le ministre a rappelé que le 13 novembre 2024 à 16h45 le texte avait été voté à Rabat",
        "Urgent",
    ],
)
def test_not_date_lines(line: str):
    assert parse_dateline(line) is None


def test_a_page_of_labels_alone_is_not_breaking():
    # 20,000 label lines with no story (its speed is measured in benchmarks/bench_capture.py).
    text = "Urgent\n" * 19_997 + "• Une ligne du fil\nFin de la page de test\n"
    result = parse_capture(text, source_name="labels.txt")
    assert result.content.breaking is False
