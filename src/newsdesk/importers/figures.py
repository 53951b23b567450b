"""Pictures placed among a document's paragraphs, with the captions Word and Writer give them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsdesk.domain.document import Block, BlockKind
from newsdesk.importers.base import check_block_count
from newsdesk.importers.pictures import FoundPicture, picture_blocks


@dataclass
class ReadParagraph:
    """One paragraph as an importer read it: its block, its pictures, whether it is a caption."""

    block: Block | None
    direction: str  # its own, as its pictures take it (asked for only when it has pictures)
    pictures: list[FoundPicture]
    may_be_headline: bool = False
    # Asked only after a picture: style look-ups are what reading a paragraph costs most.
    is_caption: Callable[[], bool] = lambda: False
    caption: Callable[[], str] = lambda: ""  # its words without a "Figure 1:" label


def arrange(paragraphs: Iterable[ReadParagraph], source_name: str) -> tuple[str, list[Block]]:
    """The headline and the body's blocks, each picture in its place with its caption.

    An inline picture's caption is its own paragraph's text, and a Caption paragraph right
    after it; a caption frame's picture (its text its caption) follows its anchor paragraph.
    """
    headline = ""
    blocks: list[Block] = []
    waiting: list[FoundPicture] = []  # inline pictures whose caption may follow
    for read in paragraphs:
        if waiting and not read.pictures and read.is_caption():
            waiting[-1].caption_from(read.block, read.caption())
            blocks.extend(picture_blocks(waiting))
            waiting = []
            continue
        blocks.extend(picture_blocks(waiting))
        inline = [picture for picture in read.pictures if not picture.boxed]
        block = read.block
        if len(inline) == 1 and block is not None and block.kind == BlockKind.PARAGRAPH:
            inline[0].caption_from(block)
            block = None
        elif inline:
            inline[0].direction = read.direction
        if block is not None:
            if not headline and read.may_be_headline:
                headline = block.text
            else:
                blocks.append(block)
        blocks.extend(picture_blocks([p for p in read.pictures if p.boxed]))
        waiting = inline
        check_block_count(len(blocks), source_name)
    blocks.extend(picture_blocks(waiting))
    return headline, blocks


def boxed(
    sources: Iterable[tuple[str | None, str]], caption: str, direction: str
) -> list[FoundPicture]:
    """The pictures (src, alt) of one paragraph of a caption frame, its words their caption."""
    return [FoundPicture(src, alt, caption, direction, boxed=True) for src, alt in sources]
