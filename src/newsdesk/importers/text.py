"""Plain text and Markdown files: decoded strictly, then read as a capture or as an article."""

from __future__ import annotations

import re

from newsdesk.domain.document import Block, BlockKind, Mark, MarkKind
from newsdesk.importers.base import (
    ImportedArticle,
    SourceFile,
    build_article,
    check_block_count,
    one_line,
)
from newsdesk.importers.capture import looks_like_capture, parse_capture
from newsdesk.importers.encoding import decode_text
from newsdesk.render.safety import clean_text, safe_link

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_RULE = re.compile(r"^\s*([*_-])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# Every repeat is bounded so a hostile line with thousands of unclosed ** or [ stays linear.
_IMAGE = re.compile(r"!\[([^\]]{0,500}+)\]\([^)]{0,2000}+\)")
_INLINE = re.compile(
    r"\*\*(?P<b1>[^\n]{1,500}?)\*\*|__(?P<b2>[^\n]{1,500}?)__"
    r"|\[(?P<label>[^\]]{1,500}+)\]\((?P<href>(?:[^()\s]|\([^()\s]{0,100}+\)){1,2000}+)(?:\s{1,20}+[^()]{0,200}+)?\)"
    # As in CommonMark, * may open emphasis inside a word (و*مائل*); _ may not (snake_case).
    r"|(?<!\*)\*(?P<i1>[^*\s][^*]{0,500}?)(?<!\s)\*(?!\*)"
    r"|(?<![\w_])_(?P<i2>[^_\s][^_]{0,500}?)_(?!\w)"
)


def import_text(source: SourceFile) -> ImportedArticle:
    """A .txt file: a captured page when it looks like one, else headline and paragraphs."""
    text, encoding = decode_text(source.data, source.name)
    text = clean_text(text)
    if looks_like_capture(text):
        return parse_capture(text, source_name=source.name, encoding=encoding)
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return build_article(kind="text", headline="", blocks=[], source_name=source.name)
    chunks = _paragraphs("\n".join(lines[first + 1 :]))
    check_block_count(len(chunks), source.name)
    return build_article(
        kind="text",
        headline=lines[first],
        blocks=[Block(text=chunk) for chunk in chunks],
        source_name=source.name,
        encoding=encoding,
    )


def import_markdown(source: SourceFile) -> ImportedArticle:
    """A .md file: the first heading is the headline; headings, lists, quotes and marks kept."""
    text, encoding = decode_text(source.data, source.name)
    blocks = _markdown_blocks(clean_text(text), source.name)
    headline = ""
    for index, block in enumerate(blocks):
        if block.kind == BlockKind.HEADING:
            headline = block.text
            del blocks[index]
            break
    if not headline and blocks:
        headline = blocks.pop(0).text
    return build_article(
        kind="markdown",
        headline=headline,
        blocks=blocks,
        source_name=source.name,
        encoding=encoding,
    )


def _paragraphs(text: str) -> list[str]:
    """Paragraphs split on blank lines, or one a line when the text has no blank lines."""
    stripped = text.strip("\n")
    if re.search(r"\n[^\S\n]*\n", stripped):
        chunks = re.split(r"\n[^\S\n]*\n", stripped)
        return [one_line(chunk) for chunk in chunks if chunk.strip()]
    return [line.strip() for line in stripped.split("\n") if line.strip()]


def _markdown_blocks(text: str, source_name: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            blocks.append(_inline(BlockKind.PARAGRAPH, " ".join(paragraph)))
            paragraph.clear()

    for line in text.split("\n"):
        check_block_count(len(blocks), source_name)
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                blocks.append(Block(text=line.strip()))
            continue
        if not line.strip():
            flush()
            continue
        if paragraph and _SETEXT.match(line) and len(paragraph) == 1:
            level = 0 if line.strip().startswith("=") else 1
            blocks.append(_inline(BlockKind.HEADING, paragraph.pop(), level))
            continue
        if _RULE.match(line):
            flush()
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        quote = _QUOTE.match(line)
        if heading:
            flush()
            title = heading.group(2).rstrip().rstrip("#").rstrip()
            blocks.append(_inline(BlockKind.HEADING, title, len(heading.group(1)) - 1))
        elif bullet:
            flush()
            blocks.append(_inline(BlockKind.LIST_ITEM, bullet.group(1)))
        elif quote:
            flush()
            blocks.append(_inline(BlockKind.QUOTE, quote.group(1)))
        else:
            paragraph.append(line.strip())
    flush()
    return [b for b in blocks if b.text.strip()]


def _inline(kind: BlockKind, source: str, level: int = 0) -> Block:
    """A block from Markdown inline text, with bold, italic and link marks.

    Heading levels count from the headline: `#` is 0, `##` the first body level (1).
    """
    source = _IMAGE.sub(lambda m: m.group(1), one_line(source))
    out: list[str] = []
    marks: list[Mark] = []
    length = 0
    position = 0
    for match in _INLINE.finditer(source):
        plain = source[position : match.start()]
        out.append(plain)
        length += len(plain)
        inner = next(
            match.group(g) for g in ("b1", "b2", "label", "i1", "i2") if match.group(g) is not None
        )
        start = length
        out.append(inner)
        length += len(inner)
        if match.group("b1") is not None or match.group("b2") is not None:
            marks.append(Mark(MarkKind.BOLD, start, length))
        elif match.group("label") is not None:
            href = safe_link(match.group("href"))
            if href:
                marks.append(Mark(MarkKind.LINK, start, length, href))
        else:
            marks.append(Mark(MarkKind.ITALIC, start, length))
        position = match.end()
    out.append(source[position:])
    text = "".join(out)
    heading_level = min(max(level, 1), 6) if kind == BlockKind.HEADING else 0
    return Block(kind=kind, text=text, marks=tuple(marks), level=heading_level)
