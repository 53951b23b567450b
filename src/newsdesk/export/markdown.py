"""Markdown: the article as CommonMark with a small front matter, marks and links kept."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from newsdesk.domain.article import Article
from newsdesk.domain.document import Block, BlockKind, Mark, marked_pieces
from newsdesk.export.base import Exporter
from newsdesk.export.plainmarks import with_direction
from newsdesk.export.prepared import prepare
from newsdesk.render.safety import clean_text, safe_image_source, safe_link
from newsdesk.text.direction import Direction, language_direction
from newsdesk.timeutil import iso_utc

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")
# What would turn the start of a line into a list, a heading or a quote.
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Text that Markdown shows as written, line breaks kept as hard breaks."""
    text = _SPECIAL.sub(r"\\\1", clean_text(text))
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return text.replace("\n", "\\\n")


def _url(href: str) -> str:
    return href.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def marked_markdown(text: str, marks: Sequence[Mark]) -> str:
    """The text with bold, italic and safe links as Markdown."""
    if not any(m.start < m.end for m in marks):
        return escape_markdown(text)
    out: list[str] = []
    open_href: str | None = None
    for marked in marked_pieces(text, marks):
        bold, italic = marked.bold, marked.italic
        href = safe_link(marked.href) if marked.href is not None else None
        if href != open_href:
            if open_href:
                out.append(f"]({_url(open_href)})")
            if href:
                out.append("[")
            open_href = href
        piece = escape_markdown(marked.text)
        # Emphasis cannot start or end on a space, so the spaces stay outside the markers.
        core = piece.strip()
        if core and (bold or italic):
            marker = ("**" if bold else "") + ("*" if italic else "")
            lead = piece[: len(piece) - len(piece.lstrip())]
            trail = piece[len(piece.rstrip()) :]
            piece = f"{lead}{marker}{core}{marker[::-1]}{trail}"
        out.append(piece)
    if open_href:
        out.append(f"]({_url(open_href)})")
    return "".join(out)


def _block(block: Block, language: str, wanted: Direction | None) -> str:
    def directed(markdown: str) -> str:
        return with_direction(markdown, language, block.direction, wanted)

    if block.kind == BlockKind.HEADING:
        level = min(max(block.level, 1) + 1, 6)
        return "#" * level + " " + directed(marked_markdown(block.text, block.marks))
    if block.kind == BlockKind.QUOTE:
        return "> " + directed(marked_markdown(block.text, block.marks)).replace("\n", "\n> ")
    if block.kind == BlockKind.LIST_ITEM:
        return "- " + directed(marked_markdown(block.text, block.marks)).replace("\n", "\n  ")
    if block.kind == BlockKind.IMAGE:
        caption = block.caption or block.text
        lines = []
        src = safe_image_source(block.src)
        if src:
            lines.append(f"![{escape_markdown(block.alt or caption)}]({_url(src)})")
        words = [escape_markdown(p) for p in (caption, block.credit) if p]
        if words:
            lines.append(directed("_" + "_ — _".join(words) + "_"))
        return "\\\n".join(lines)
    return directed(marked_markdown(block.text, block.marks))


def _front_value(value: object) -> str:
    # A viewer that knows no front matter shows it as text, so markup in it stays escaped.
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class MarkdownExporter(Exporter):
    """Front matter (id, version, status, language, direction), headline and body in Markdown."""

    name = "markdown"
    filename = "article.md"
    media_type = "text/markdown; charset=utf-8"
    description = "CommonMark with front matter"

    def render(self, article: Article) -> bytes:
        """The article as UTF-8 Markdown."""
        content = article.content
        lang = content.language
        # JSON values are valid YAML, so the front matter needs no YAML writer.
        meta = {
            "id": article.id,
            "version": article.version,
            "status": article.status.value,
            "language": lang,
            "dir": language_direction(lang),
            "urgency": content.urgency,
            "breaking": content.breaking,
            "desk": content.desk,
            "byline": content.byline,
            "dateline": content.dateline,
            "tags": list(content.tags),
            "created": iso_utc(article.created_at),
            "updated": iso_utc(article.updated_at),
        }
        front = [f"{key}: {_front_value(value)}" for key, value in meta.items()]
        parts = ["---\n" + "\n".join(front) + "\n---"]
        if content.kicker.strip():
            parts.append(with_direction("_" + escape_markdown(content.kicker) + "_", lang))
        parts.append("# " + with_direction(escape_markdown(content.headline), lang))
        if content.standfirst.strip():
            parts.append(with_direction("**" + escape_markdown(content.standfirst) + "**", lang))
        blocks = content.body.blocks
        directions = prepare(article, self.settings.tz).directions
        for index, block in enumerate(blocks):
            text = _block(block, lang, directions.get(index))
            follows_item = index and blocks[index - 1].kind == BlockKind.LIST_ITEM
            if block.kind == BlockKind.LIST_ITEM and follows_item:
                parts[-1] += "\n" + text
            else:
                parts.append(text)
        return ("\n\n".join(parts) + "\n").encode("utf-8")
