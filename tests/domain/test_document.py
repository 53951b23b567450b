"""The body document model: JSON round trip, plain-text view and validation."""

from __future__ import annotations

import pytest

from newsdesk.domain.document import Block, BlockKind, Document, DocumentError, Mark, MarkKind


def test_json_round_trip_keeps_every_field() -> None:
    doc = Document(
        (
            Block(BlockKind.HEADING, "الحماية الاجتماعية", level=2, direction="rtl"),
            Block(text="CNSS يسجل 641 ألف صانع", marks=(Mark(MarkKind.BOLD, 0, 4),)),
            Block(BlockKind.QUOTE, "« C'est un chantier royal »", direction="ltr"),
            Block(text="الرابط", marks=(Mark(MarkKind.LINK, 0, 6, "https://example.org/a"),)),
            Block(BlockKind.IMAGE, src="photo.jpg", caption="أخنوش في الدار البيضاء", credit="MAP"),
        )
    )
    assert Document.from_json(doc.to_json()) == doc
    assert "الحماية" in doc.to_json()  # letters, not \\u escapes


def test_plain_text_splits_on_blank_lines_and_keeps_line_breaks_inside() -> None:
    doc = Document.from_plain_text("الفقرة الأولى\nسطر ثان\n\n\nالفقرة الثانية\n")
    assert [b.text for b in doc.blocks] == ["الفقرة الأولى\nسطر ثان", "الفقرة الثانية"]
    assert doc.plain_text() == "الفقرة الأولى\nسطر ثان\n\nالفقرة الثانية"


def test_plain_text_without_blank_lines_makes_a_paragraph_per_line() -> None:
    doc = Document.from_plain_text("سطر أول\r\nسطر ثان\r\n")
    assert [b.text for b in doc.blocks] == ["سطر أول", "سطر ثان"]


def test_text_is_kept_exactly_as_typed() -> None:
    text = "  مسافة  في البداية، وتشكيل: المَرَض ـــ و\u200fعلامة"
    assert Document.from_plain_text(text).blocks[0].text == text


@pytest.mark.parametrize(
    "bad",
    [
        '{"blocks": [{"kind": "table"}]}',
        '{"blocks": [{"text": "ab", "marks": [{"kind": "bold", "start": 0, "end": 5}]}]}',
        '{"blocks": [{"text": "x", "direction": "sideways"}]}',
        '{"nope": []}',
        "not json",
        '{"blocks": ["x"]}',
    ],
)
def test_bad_json_is_refused_clearly(bad: str) -> None:
    with pytest.raises(DocumentError):
        Document.from_json(bad)
