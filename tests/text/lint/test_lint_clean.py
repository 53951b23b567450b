"""Clean professional copy must give zero findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.text.lint.checker import lint_text
from newsdesk.text.lint.scripts import EASTERN_DIGITS, PERSIAN_DIGITS, WESTERN_DIGITS
from newsdesk.text.lint.settings import LintSettings

CORPUS_PATH = Path(__file__).with_name("clean_corpus.json")
CORPUS: dict[str, list[str]] = json.loads(CORPUS_PATH.read_text(encoding="utf-8"))
PARAGRAPHS = [(lang, i, text) for lang, texts in CORPUS.items() for i, text in enumerate(texts)]

NBSP, NNBSP = "\u00a0", "\u202f"

# Lines that sit right next to a rule's edge and must stay quiet.
TRICKY_CLEAN = [
    ("ar", "بيع الخروف بـ100 درهم، وكانت سنة 2024 صعبة على المربين و2025 أفضل."),
    ("ar", "الدورة الـ25 لعام 1445هـ الموافق 2024م، ثم الدورة الـ26 عام 1446 هـ."),
    ("ar", "تذكرة الدخول ب100 درهم للكبار وبـ50 درهما للصغار، حسب لـCNSS والـAMO."),
    ("ar", "بلغت النسبة 1,5 في المائة مقابل 2.5% في السنة الماضية."),
    ("ar", "ارتفعت الأسعار بـ 20 في المائة وفقا لـ«رويترز» ولـ“CNSS”."),
    ("ar", "وقدم الناقل الوطني (Royal Air Maroc, RAM) عرضا جديدا."),
    ("ar", "وقال ”نعم“ ثم غادر القاعة دون أن يضيف أي تعليق."),
    ("ar", "وتقدمت الأشغال رويدا رويدا، خطوة خطوة."),
    ("ar", "القانون رقم 54.23 والمرسوم رقم 2.23.1045 على الساعة 12:30 بالضبط."),
    ("ar", "راجع https://www.exemple.ma/?id=3,4 أو www.exemple.ma للتفاصيل."),
    ("ar", "العنوان: ص.ب 1234 الرباط، المغرب."),
    ("ar", "المحاور: أ) الصحة ب) التعليم ج) التشغيل."),
    ("ar", "في CNSS\u200f، وهو رقم قياسي، بينما أعلنت \u2067RAM\u2069 عن رحلات جديدة."),
    ("ar", "ضمن مجموعتي G7 وG20، ومكافحة COVID-19."),
    ("fr", f"Nous nous sommes rencontrés à 12:30{NNBSP}; la séance a duré deux heures."),
    ("fr", "Score 3:1, voir https://exemple.ma/a?b=c, ou écrire à contact@exemple.ma."),
    ("fr", "M. et Mme Benali, etc. Les U.S.A. et le Ph.D. aussi."),
    ("fr", f"«{NBSP}Oui{NNBSP}!{NBSP}», a-t-il répondu{NNBSP}?!"),
    ("fr", f"Le ministre l’a dit{NBSP}: «{NBSP}Nous y arriverons{NBSP}»."),
    ("en", "She had had enough; that that was wrong is clear."),
    ("en", "At 12:30 the U.S. team, e.g. Smith, left (see p. 4)."),
    ("en", "Visit https://example.org/path?x=1,2 or write to press@example.org."),
    ("en", "Items: a) water; b) power; c) roads."),
    ("en", "The .NET team shipped version 2.5 ... and then stopped."),
]


def test_corpus_size() -> None:
    assert len(CORPUS["ar"]) >= 25
    assert len(CORPUS["fr"]) >= 20
    assert len(CORPUS["en"]) >= 15
    assert len(PARAGRAPHS) >= 60


def test_french_corpus_uses_no_break_spaces() -> None:
    with_nbsp = [t for t in CORPUS["fr"] if NBSP in t or NNBSP in t]
    assert len(with_nbsp) >= 15


@pytest.mark.parametrize(("language", "index", "text"), PARAGRAPHS, ids=lambda v: str(v)[:12])
def test_clean_paragraph_has_no_findings(language: str, index: int, text: str) -> None:
    assert [f.to_dict() for f in lint_text(text, language)] == []


@pytest.mark.parametrize(("language", "text"), TRICKY_CLEAN)
def test_tricky_clean_line_has_no_findings(language: str, text: str) -> None:
    assert [f.to_dict() for f in lint_text(text, language)] == []


def test_whole_arabic_corpus_as_one_body_is_clean() -> None:
    body = "\n\n".join(CORPUS["ar"])
    assert lint_text(body, "ar") == []


def test_arabic_corpus_in_eastern_digits_is_clean_for_an_eastern_house() -> None:
    to_eastern = str.maketrans(WESTERN_DIGITS + PERSIAN_DIGITS, EASTERN_DIGITS * 2)
    settings = LintSettings(digit_style="eastern")
    for text in CORPUS["ar"]:
        # Digits that are part of a Latin name (COP22) stay Western.
        converted = text.translate(to_eastern).replace("COP٢٢", "COP22")
        assert lint_text(converted, "ar", settings=settings) == [], converted


def test_short_arabic_paragraphs_pass_as_headlines() -> None:
    for text in CORPUS["ar"]:
        if len(text) <= 110:
            assert lint_text(text, "ar", field="headline") == []
