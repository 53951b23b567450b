"""Captured web-page text: the seed's exact result and other captures of the same shape."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from datafiles import SEED
from importers.importsupport import SEED_HEADLINE
from newsdesk.importers.base import SourceFile
from newsdesk.importers.capture import looks_like_capture, parse_capture
from newsdesk.importers.datelines import parse_dateline
from newsdesk.importers.text import import_text
from newsdesk.text.lint.checker import lint_text

CASABLANCA = ZoneInfo("Africa/Casablanca")


def test_seed_capture_parses_exactly():
    result = import_text(SourceFile(SEED, SEED.read_bytes()))
    assert result.kind == "capture"
    assert len(result.tickers) == 5
    assert result.tickers[0].text.startswith("لتطوير قطاع صناعة السيارات")
    assert result.tickers[-1].text.startswith("اليماني:")
    assert all(not t.text.startswith("•") for t in result.tickers)
    assert result.content.breaking is True
    assert result.dated_at == datetime(2024, 2, 28, 12, 30, tzinfo=CASABLANCA)
    assert result.dated_at.utcoffset().total_seconds() == 3600
    assert result.content.headline == SEED_HEADLINE
    assert result.content.language == "ar"
    blocks = result.content.body.blocks
    assert len(blocks) == 6
    assert blocks[0].text.startswith("أكد رئيس الحكومة عزيز أخنوش")
    assert blocks[4].text.startswith("واستحضر أخنوش")
    assert blocks[5].text.startswith("وأضاف أن تنظيم")
    assert all(b.text != SEED_HEADLINE for b in blocks)
    findings = lint_text(result.content.body.plain_text(), "ar")
    glued = [f for f in findings if f.rule == "spacing.arabic-digit"]
    assert any("مجموعه389" in f.message for f in glued)


OTHER_CAPTURE = """\
  • الرجاء يتأهل إلى نصف نهائي كأس العرش بعد فوزه على الجيش
• أمطار رعدية مرتقبة بعدد من مناطق المملكة ابتداء من يوم غد
عاجل
السبت ٠٣ غشت ٢٠٢٤ على الساعة ٠٩:٠٥
مجلس المنافسة يفتح تحقيقا في أسعار الأدوية
مجلس المنافسة يفتح تحقيقا في أسعار الأدوية
أعلن مجلس المنافسة عن فتح تحقيق في أسعار بيع الأدوية بالمغرب.
وأوضح المجلس أن التحقيق يشمل المختبرات والموزعين.

وينتظر أن تصدر النتائج قبل نهاية السنة.
"""


def test_other_capture_with_eastern_digits_and_another_month():
    result = parse_capture(OTHER_CAPTURE, source_name="other.txt")
    assert [t.text[:7] for t in result.tickers] == ["الرجاء ", "أمطار ر"]
    assert result.content.breaking
    assert result.dated_at == datetime(2024, 8, 3, 9, 5, tzinfo=CASABLANCA)
    assert result.content.headline == "مجلس المنافسة يفتح تحقيقا في أسعار الأدوية"
    assert [b.text[:5] for b in result.content.body.blocks] == ["أعلن ", "وأوضح", "وينتظ"]


def test_capture_without_breaking_label_is_not_breaking():
    text = OTHER_CAPTURE.replace("عاجل\n", "")
    result = parse_capture(text, source_name="quiet.txt")
    assert not result.content.breaking
    assert not any(t.breaking for t in result.tickers)


def test_headline_repeated_after_the_date_line():
    text = (
        "العنوان الرئيسي للمقال هنا\n"
        "الجمعة 15 دجنبر 2023 على الساعة 18:45\n"
        "العنوان الرئيسي للمقال هنا\n"
        "الفقرة الأولى من نص المقال.\n"
        "الفقرة الثانية من نص المقال.\n"
    )
    assert looks_like_capture(text)
    result = parse_capture(text, source_name="x.txt")
    assert result.content.headline == "العنوان الرئيسي للمقال هنا"
    assert result.dated_at == datetime(2023, 12, 15, 18, 45, tzinfo=CASABLANCA)
    assert len(result.content.body.blocks) == 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("الأربعاء 28 فبراير 2024 على الساعة 12:30", (2024, 2, 28, 12, 30)),
        ("الاثنين 1 يناير 2024 على الساعة 00:05", (2024, 1, 1, 0, 5)),
        ("الإثنين 6 ماي 2024 على الساعة 08:00", (2024, 5, 6, 8, 0)),
        ("الخميس 4 يوليوز 2024 على الساعة 23:59", (2024, 7, 4, 23, 59)),
        ("الثلاثاء 10 شتنبر 2024 على الساعة 14:10", (2024, 9, 10, 14, 10)),
        ("الأحد 3 نونبر 2024 على الساعة 7:15", (2024, 11, 3, 7, 15)),
        ("الجمعة، 12 أبريل 2024 - 16:20", (2024, 4, 12, 16, 20)),
        ("السبت 1 يونيو 2024", (2024, 6, 1, 0, 0)),
        ("الثلاثاء 12 مارس 2024 على الساعة 10:00", (2024, 3, 12, 10, 0)),
    ],
)
def test_date_lines(line, expected):
    assert parse_dateline(line) == datetime(*expected, tzinfo=CASABLANCA)


def test_date_line_during_ramadan_uses_casablanca_rules():
    moment = parse_dateline("الثلاثاء 12 مارس 2024 على الساعة 10:00")
    assert moment is not None
    assert moment.utcoffset().total_seconds() == 0  # Morocco sets clocks back in Ramadan


@pytest.mark.parametrize(
    "line",
    [
        "الأربعاء 31 فبراير 2024 على الساعة 12:30",  # no such day
        "قال الوزير إن الاجتماع الذي عقد يوم 28 فبراير 2024 تناول ملفات عديدة تهم القطاع",
        "لا تاريخ في هذا السطر",
    ],
)
def test_not_date_lines(line):
    assert parse_dateline(line) is None


def test_plain_text_is_not_a_capture(tmp_path: Path):
    text = "عنوان المقال\n\nفقرة أولى\nتكملة الفقرة الأولى\n\nفقرة ثانية\n"
    assert not looks_like_capture(text)
    path = tmp_path / "plain.txt"
    path.write_text(text, encoding="utf-8")
    result = import_text(SourceFile(path, path.read_bytes()))
    assert result.kind == "text"
    assert result.content.headline == "عنوان المقال"
    assert [b.text for b in result.content.body.blocks] == [
        "فقرة أولى تكملة الفقرة الأولى",
        "فقرة ثانية",
    ]


def test_a_bullet_list_alone_does_not_make_a_capture():
    text = "عنوان المقال\n\nأبرز النقاط:\n• النقطة الأولى\n• النقطة الثانية\n"
    assert not looks_like_capture(text)


def test_menu_words_repeat_but_the_headline_wins():
    text = (
        "الرئيسية\nرياضة\nالرئيسية\n"
        "• خبر أول في الشريط الإخباري للموقع\n"
        "الأحد 5 يناير 2025 على الساعة 10:00\n"
        "عاجل: الحكومة تصادق على مشروع قانون المالية\n"
        "الحكومة تصادق على مشروع قانون المالية\n"
        "صادق مجلس الحكومة اليوم على مشروع القانون.\n"
        "الحكومة تصادق على مشروع قانون المالية\n"
    )
    result = parse_capture(text, source_name="menu.txt")
    assert result.content.headline == "الحكومة تصادق على مشروع قانون المالية"
    assert result.content.breaking
    assert [b.text for b in result.content.body.blocks] == [
        "صادق مجلس الحكومة اليوم على مشروع القانون."
    ]


def test_labelled_ticker_line_is_breaking():
    text = "• عاجل: زلزال بقوة 5 درجات\n• خبر عادي في الشريط\nعنوان\nعنوان\nنص\n"
    result = parse_capture(text, source_name="t.txt")
    assert [(t.text, t.breaking) for t in result.tickers] == [
        ("زلزال بقوة 5 درجات", True),
        ("خبر عادي في الشريط", False),
    ]


@pytest.mark.parametrize(
    ("encoding", "label"),
    [("cp1256", "Windows-1256"), ("utf-16", "UTF-16"), ("utf-8-sig", "UTF-8 with BOM")],
)
def test_seed_in_other_encodings_gives_the_same_article(tmp_path: Path, encoding: str, label: str):
    expected = import_text(SourceFile(SEED, SEED.read_bytes()))
    data = SEED.read_text(encoding="utf-8").encode(encoding)
    result = import_text(SourceFile(tmp_path / "seed.txt", data))
    assert result.encoding == label
    assert result.content == expected.content
    assert result.tickers == expected.tickers and result.dated_at == expected.dated_at
