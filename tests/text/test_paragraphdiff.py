"""Paragraph-level comparison: whole paragraphs deleted or added, changed pairs compared by word."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text.paragraphdiff import Hunk, aligned_rows, paragraph_hunks
from newsdesk.text.worddiff import Chunk


def rows_of(old: list[str], new: list[str]) -> list[tuple[str, int | None, int | None]]:
    return [(r.op, r.old, r.new) for r in aligned_rows(old, new, old, new)]


def test_a_deleted_paragraph_is_one_row_of_its_own() -> None:
    old = ["فقرة أولى", "Le ministre a parlé.", "فقرة ثالثة"]
    new = ["فقرة أولى", "فقرة ثالثة"]
    assert paragraph_hunks(old, new) == [Hunk(1, 2, 1, 1)]
    assert rows_of(old, new) == [("equal", 0, 0), ("delete", 1, None), ("equal", 2, 1)]


def test_a_changed_paragraph_carries_its_word_diff() -> None:
    [row] = aligned_rows(["a b c"], ["a x c"], ["a b c"], ["a x c"])
    assert (row.op, row.hunk) == ("change", 0)
    assert row.chunks == [
        Chunk("equal", "a "),
        Chunk("delete", "b"),
        Chunk("insert", "x"),
        Chunk("equal", " c"),
    ]


def test_only_alike_paragraphs_are_set_side_by_side() -> None:
    old = ["Le ministre a parlé mardi.", "قال الوزير إن الخطة تشمل كل الجهات"]
    new = ["قال الوزير إن الخطة تشمل الجهات كلها", "وأضاف أن الحكومة ستتابع التنفيذ"]
    rows = aligned_rows(old, new, old, new)
    assert [(r.op, r.old, r.new, r.hunk) for r in rows] == [
        ("delete", 0, None, 0),
        ("change", 1, 0, 1),
        ("insert", None, 1, 2),
    ]
    assert paragraph_hunks(old, new, old, new) == [
        Hunk(0, 1, 0, 0),
        Hunk(1, 2, 0, 1),
        Hunk(2, 2, 1, 2),
    ]
    assert paragraph_hunks(old, new) == [Hunk(0, 2, 0, 2)]  # without the texts: one run


def test_unrelated_paragraphs_are_deleted_and_added_not_paired() -> None:
    rows = aligned_rows(["a", "b"], ["c", "d", "e"], ["a", "b"], ["c", "d", "e"])
    assert [r.op for r in rows] == ["delete", "delete", "insert", "insert", "insert"]


paragraphs = st.lists(st.sampled_from(["أ", "ب", "Le", "la", "x y"]), max_size=8)


@given(paragraphs, paragraphs)
def test_rows_give_back_both_sides_in_order(old: list[str], new: list[str]) -> None:
    rows = aligned_rows(old, new, old, new)
    assert [old[r.old] for r in rows if r.old is not None] == old
    assert [new[r.new] for r in rows if r.new is not None] == new
    hunks = paragraph_hunks(old, new, old, new)
    assert len({r.hunk for r in rows if r.hunk is not None}) == len(hunks)
    for number, hunk in enumerate(hunks):
        mine = [r for r in rows if r.hunk == number]
        assert [r.old for r in mine if r.old is not None] == list(
            range(hunk.old_start, hunk.old_end)
        )
        assert [r.new for r in mine if r.new is not None] == list(
            range(hunk.new_start, hunk.new_end)
        )
    assert all(
        r.op != "equal" or old[r.old] == new[r.new]
        for r in rows
        if r.old is not None and r.new is not None
    )
