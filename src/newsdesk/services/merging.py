"""Merging two versions of an article change by change: a field, or a run of body paragraphs."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields, replace

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, Document
from newsdesk.text.paragraphdiff import Hunk, paragraph_hunks

BODY = "body"
# The fields read first come first; the rest follow in the order the article declares them.
LEADING = ("headline", "kicker", "standfirst")


@dataclass(frozen=True)
class Change:
    """One difference between two versions: a whole field, or one run of body paragraphs."""

    field: str
    hunk: Hunk | None = None


def changes(theirs: ArticleContent, mine: ArticleContent) -> list[Change]:
    """Every difference between their version and mine, in reading order."""
    found = [Change(name) for name in LEADING if getattr(theirs, name) != getattr(mine, name)]
    a, b = theirs.body.blocks, mine.body.blocks
    texts = [shown_text(x) for x in a], [shown_text(x) for x in b]
    found += [Change(BODY, hunk) for hunk in paragraph_hunks(a, b, *texts)]
    found += [
        Change(f.name)
        for f in fields(ArticleContent)
        if f.name not in LEADING
        and f.name != BODY
        and getattr(theirs, f.name) != getattr(mine, f.name)
    ]
    return found


def shown_text(block: Block) -> str:
    """A block's text as compared and shown; a picture, which has none, by caption or file."""
    if block.src is None:
        return block.text
    return f"🖼 {block.caption or block.src}"


def merge(
    theirs: ArticleContent, mine: ArticleContent, keep_mine: Collection[int]
) -> ArticleContent:
    """Their version with my side of the changes whose index is in `keep_mine`."""
    found = changes(theirs, mine)
    values = {
        change.field: getattr(mine, change.field)
        for index, change in enumerate(found)
        if change.field != BODY and index in keep_mine
    }
    hunks = [(c.hunk, i in keep_mine) for i, c in enumerate(found) if c.hunk is not None]
    body = _merged_blocks(theirs.body.blocks, mine.body.blocks, hunks)
    return replace(theirs, **values, body=Document(body))


def _merged_blocks(
    theirs: tuple[Block, ...], mine: tuple[Block, ...], hunks: list[tuple[Hunk, bool]]
) -> tuple[Block, ...]:
    merged: list[Block] = []
    at = 0  # in theirs; between hunks both sides hold the same blocks
    for hunk, take_mine in hunks:
        merged += theirs[at : hunk.old_start]
        merged += (
            mine[hunk.new_start : hunk.new_end]
            if take_mine
            else theirs[hunk.old_start : hunk.old_end]
        )
        at = hunk.old_end
    merged += theirs[at:]
    return tuple(merged)


def changed_since(
    change: Change,
    base: ArticleContent,
    theirs: ArticleContent,
    mine: ArticleContent,
    *,
    by_me: bool,
) -> bool:
    """Whether mine (`by_me`) or theirs changed this part from `base`, where both started.

    A field is compared with the base's. A run of paragraphs was changed by one side when that
    side holds a paragraph the base does not have, or the other side still holds one of the
    base's paragraphs that this side removed.
    """
    if change.field != BODY or change.hunk is None:
        side = mine if by_me else theirs
        return bool(getattr(side, change.field) != getattr(base, change.field))
    hunk, known = change.hunk, set(base.body.blocks)
    ours = theirs.body.blocks[hunk.old_start : hunk.old_end]
    other = mine.body.blocks[hunk.new_start : hunk.new_end]
    if by_me:
        ours, other = other, ours
    return any(block not in known for block in ours) or any(block in known for block in other)
