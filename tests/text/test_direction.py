"""Paragraph direction: explicit choice, else majority script, else the article language."""

from __future__ import annotations

import time

import pytest
from bidi import get_base_level

from newsdesk.text.direction import (
    base_language,
    language_direction,
    resolve_direction,
    strong_counts,
)

# (paragraph, article language, expected direction)
NEWSROOM_CASES: list[tuple[str, str, str]] = [
    # Arabic articles: headlines, kickers, bylines, ticker items, body paragraphs.
    ("CNSS يسجل 641 ألف صانع تقليدي", "ar", "rtl"),
    ("2024 سنة حاسمة للحماية الاجتماعية", "ar", "rtl"),
    ("The ministry signed the memorandum on Wednesday.", "ar", "ltr"),
    ("عاجل", "ar", "rtl"),
    ("خاص | نيوزديسك", "ar", "rtl"),
    ("الرباط - ياسين العلوي", "ar", "rtl"),
    ("عاجل: هزة أرضية بقوة 5.2 درجات تضرب إقليم الحوز", "ar", "rtl"),
    ("أعلنت منظمة الصحة العالمية (OMS) عن حملة تلقيح جديدة", "ar", "rtl"),
    ("وقع كل من ONCF و ONDA و OCP اتفاقية شراكة", "ar", "rtl"),
    ("قال الوزير: «سنواصل دعم المقاولات الصغيرة»", "ar", "rtl"),
    (
        "التفاصيل على الرابط https://www.example.ma/economie/2024/02/28/protection-sociale",
        "ar",
        "rtl",
    ),
    ("#المغرب #كأس_إفريقيا 2025", "ar", "rtl"),
    ("تابعونا عبر #CAN2025", "ar", "rtl"),
    ("للتواصل: redaction.centrale@example.ma", "ar", "rtl"),
    ("غرد @MinistereSante_MA قائلا إن الحملة مستمرة", "ar", "rtl"),
    ("1,5 مليار درهم", "ar", "rtl"),
    ("البنك الدولي World Bank يتوقع نموا بنسبة 3%", "ar", "rtl"),
    ("Maroc Telecom تعلن عن نتائجها السنوية", "ar", "rtl"),
    ("وأكد المسؤول أن «le dossier est clos» بشكل نهائي", "ar", "rtl"),
    ("المغرب يستضيف مونديال 2030 رفقة إسبانيا والبرتغال", "ar", "rtl"),
    ("حصري | وزير الفلاحة: الموسم الفلاحي سيكون جيدا", "ar", "rtl"),
    ("وَقَّعَ الْوَزِيرُ عَلَى الْمُذَكِّرَةِ", "ar", "rtl"),
    ("عـــاجل", "ar", "rtl"),
    ("\u202bمرحبا بكم في نشرة الأخبار\u202c", "ar", "rtl"),
    ("Royal Air Maroc", "ar", "ltr"),
    ("© Reuters / Ahmed Boussarhane", "ar", "ltr"),
    ("https://www.example.ma/", "ar", "ltr"),
    ("12:30", "ar", "rtl"),
    ("2024", "ar", "rtl"),
    ("٢٠٢٤", "ar", "rtl"),
    ("CNSS مرضى", "ar", "rtl"),
    # French articles.
    ("Le Maroc et l'Espagne signent un accord sur l'eau", "fr", "ltr"),
    ("Le ministre a conclu par « شكرا لكم » devant les élus.", "fr", "ltr"),
    ("La CNSS annonce 641 000 artisans immatriculés", "fr", "ltr"),
    ("EXCLUSIF", "fr", "ltr"),
    ("Par Karim Tazi, à Rabat", "fr", "ltr"),
    ("URGENT : séisme de magnitude 5,2 près d'Al Haouz", "fr", "ltr"),
    ("الحكومة تصادق على مشروع قانون المالية", "fr", "rtl"),
    ("Plus d'informations sur https://www.example.ma/ar/أخبار", "fr", "ltr"),
    ("#Maroc2030 : le comité dévoile le calendrier", "fr", "ltr"),
    ("28/02/2024", "fr", "ltr"),
    ("٢٠٢٤", "fr", "ltr"),
    ("Rabat, le 28 février 2024", "fr", "ltr"),
    ("Selon la wilaya, la « حملة » touche 12 communes.", "fr", "ltr"),
    ("CNSS مرضى", "fr", "ltr"),
    # English articles.
    ("The ministry signed the memorandum on Wednesday.", "en", "ltr"),
    ("BREAKING: Morocco qualifies for the final", "en", "ltr"),
    ("Officials said the word «تضامن» sums up the campaign.", "en", "ltr"),
    ("By Salma Idrissi in Casablanca", "en", "ltr"),
    ("“We are ready,” the coach told reporters in Agadir.", "en", "ltr"),
    ("«نحن مستعدون لكل الاحتمالات»", "en", "rtl"),
    ("OCP Group reports 2023 revenue of $9.2 billion", "en", "ltr"),
    ("+212 5 37 00 00 00", "en", "ltr"),
    ("גזרת חדשות", "en", "rtl"),
    ("گزارش ویژه از تهران", "en", "rtl"),
]


@pytest.mark.parametrize(("text", "language", "expected"), NEWSROOM_CASES)
def test_newsroom_paragraphs(text: str, language: str, expected: str) -> None:
    assert resolve_direction(text, language) == expected


def test_table_is_large_enough() -> None:
    assert len(NEWSROOM_CASES) >= 45


def test_majority_beats_first_strong_letter() -> None:
    text = "CNSS يسجل 641 ألف صانع تقليدي"
    assert get_base_level(text) == 0  # python-bidi: the first strong letter is Latin
    assert resolve_direction(text, "ar") == "rtl"


@pytest.mark.parametrize(
    ("text", "language", "explicit", "expected"),
    [
        ("CNSS يسجل 641 ألف صانع تقليدي", "ar", "ltr", "ltr"),
        ("The ministry signed the memorandum.", "en", "rtl", "rtl"),
        ("بقلم: Sara Benali", "ar", "rtl", "rtl"),
        ("بقلم: Sara Benali", "ar", "auto", "ltr"),
        ("عاجل", "fr", "RTL", "rtl"),
        ("عاجل", "ar", " ltr ", "ltr"),
        ("عاجل", "fr", "sideways", "rtl"),
        ("", "fr", "rtl", "rtl"),
    ],
)
def test_explicit_choice_wins(text: str, language: str, explicit: str, expected: str) -> None:
    assert resolve_direction(text, language, explicit) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "... ، ! —", "١٢٣", "\u200b\u2066\u2069"])
@pytest.mark.parametrize(("language", "expected"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")])
def test_no_letters_takes_the_language(text: str, language: str, expected: str) -> None:
    assert resolve_direction(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (0, 0)),
        ("abc", (0, 3)),
        ("أبج", (3, 0)),
        ("CNSS يسجل", (4, 4)),
        ("123 ٤٥٦ ۴۵۶ ... «»", (0, 0)),
        ("بَ", (1, 0)),
        ("שלום", (4, 0)),
        ("é\u0301", (0, 1)),
        ("\ud800", (0, 0)),
        ("؟", (1, 0)),
        ("\u200f\u061c\u200e", (2, 1)),
    ],
)
def test_strong_counts(text: str, expected: tuple[int, int]) -> None:
    assert strong_counts(text) == expected


def test_strong_counts_is_fast_on_a_megabyte() -> None:
    text = "CNSS يسجل 641 ألف صانع تقليدي، والمغرب. " * 25_000
    start = time.perf_counter()
    rtl, ltr = strong_counts(text)
    elapsed = time.perf_counter() - start
    assert (rtl, ltr) == (24 * 25_000, 4 * 25_000)
    assert elapsed < 1.0


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ar", "rtl"),
        ("ar-MA", "rtl"),
        ("ar_MA", "rtl"),
        ("AR", "rtl"),
        ("fa", "rtl"),
        ("ur", "rtl"),
        ("he", "rtl"),
        ("iw", "rtl"),
        ("ckb", "rtl"),
        ("az-Arab", "rtl"),
        ("ar-Latn", "ltr"),
        ("fr", "ltr"),
        ("fr-MA", "ltr"),
        ("en", "ltr"),
        ("en-US", "ltr"),
        ("zgh", "ltr"),
        ("", "ltr"),
        ("??", "ltr"),
    ],
)
def test_language_direction(language: str, expected: str) -> None:
    assert language_direction(language) == expected


@pytest.mark.parametrize(
    ("tag", "expected"), [("ar-MA", "ar"), ("fr_FR", "fr"), ("EN", "en"), ("", ""), (" ar ", "ar")]
)
def test_base_language(tag: str, expected: str) -> None:
    assert base_language(tag) == expected
