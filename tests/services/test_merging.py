"""Merging two versions change by change: every combination gives a text made of the two."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, Document
from newsdesk.services.merging import BODY, changed_since, changes, merge

words = st.sampled_from(["فقرة أولى", "فقرة ثانية", "Le ministre", "la loi", "خبر"])
bodies = st.lists(words, max_size=6).map(lambda ps: Document(tuple(Block(text=p) for p in ps)))
contents = st.builds(
    ArticleContent,
    headline=st.sampled_from(["عنوان", "عنوان آخر"]),
    body=bodies,
    byline=st.sampled_from(["", "سارة"]),
)


@given(contents, contents)
def test_keeping_all_is_mine_and_keeping_none_is_theirs(theirs, mine) -> None:
    found = changes(theirs, mine)
    assert merge(theirs, mine, set(range(len(found)))) == mine
    assert merge(theirs, mine, set()) == theirs
    assert (found == []) == (theirs == mine)


@given(contents, contents, st.sets(st.integers(0, 12)))
def test_a_partial_merge_takes_each_part_from_one_side(theirs, mine, kept) -> None:
    merged = merge(theirs, mine, kept)
    assert merged.headline in (theirs.headline, mine.headline)
    assert merged.byline in (theirs.byline, mine.byline)
    assert set(merged.body.blocks) <= set(theirs.body.blocks) | set(mine.body.blocks)
    assert merge(theirs, merged, set()) == theirs and merge(merged, mine, range(99)) == mine


def test_the_headline_comes_first_and_body_runs_are_separate_changes() -> None:
    theirs = ArticleContent("أ", body=Document.from_plain_text("a\n\nb\n\nc"), byline="x")
    mine = ArticleContent("ب", body=Document.from_plain_text("a2\n\nb\n\nc\n\nd"), byline="y")
    assert [c.field for c in changes(theirs, mine)] == ["headline", BODY, BODY, "byline"]
    merged = merge(theirs, mine, {2, 3})
    assert (merged.headline, merged.body.plain_text(), merged.byline) == (
        "أ",
        "a\n\nb\n\nc\n\nd",
        "y",
    )


def test_the_base_tells_whose_change_each_one_is() -> None:
    base = ArticleContent("أ", body=Document.from_plain_text("p1\n\nLe ministre\n\np3"))
    theirs = ArticleContent("ب", body=Document.from_plain_text("p1\n\np3"))  # headline, a deletion
    mine = ArticleContent("أ", body=Document.from_plain_text("p1 bis\n\nLe ministre\n\np3\n\np4"))
    found = changes(theirs, mine)
    assert [changed_since(c, base, theirs, mine, by_me=True) for c in found] == [
        False,  # the headline: theirs
        True,  # p1 reworded: mine
        False,  # the French paragraph: they deleted it
        True,  # p4: mine
    ]
    assert [changed_since(c, base, theirs, mine, by_me=False) for c in found] == [
        True,
        False,
        True,
        False,
    ]
