"""Plain text: the article as UTF-8 text, each paragraph readable in its own direction."""

from __future__ import annotations

from newsdesk.domain.article import Article
from newsdesk.domain.document import Block, BlockKind
from newsdesk.export.base import Exporter
from newsdesk.export.plainmarks import with_direction
from newsdesk.export.prepared import prepare
from newsdesk.render.safety import clean_text
from newsdesk.text.direction import Direction

QUOTES = {"ar": ("«", "»"), "fr": ("« ", " »"), "en": ("\u201c", "\u201d")}


def _block_text(block: Block, language: str, wanted: Direction | None) -> str:
    text = clean_text(block.text)
    if block.kind == BlockKind.LIST_ITEM:
        return "• " + with_direction(text, language, block.direction, wanted)
    if block.kind == BlockKind.QUOTE:
        opening, closing = QUOTES.get(language, QUOTES["en"])
        return with_direction(f"{opening}{text}{closing}", language, block.direction, wanted)
    if block.kind == BlockKind.IMAGE:
        words = " — ".join(clean_text(p) for p in (block.caption or block.text, block.credit) if p)
        return with_direction(f"[{words}]", language, block.direction, wanted) if words else ""
    return with_direction(text, language, block.direction, wanted)


class TextExporter(Exporter):
    """Kicker, headline, standfirst, byline and body as plain text with direction marks."""

    name = "text"
    filename = "article.txt"
    media_type = "text/plain; charset=utf-8"
    description = "plain UTF-8 text"

    def render(self, article: Article) -> bytes:
        """The article as UTF-8 text, blank lines between blocks, ending in a newline."""
        content = article.content
        lang = content.language
        head = [content.kicker, content.headline, content.standfirst]
        credit = " — ".join(p for p in (content.byline, content.dateline) if p)
        parts = [with_direction(clean_text(p), lang) for p in (*head, credit) if p.strip()]
        directions = prepare(article, self.settings.tz).directions
        blocks = [
            _block_text(block, lang, directions.get(n))
            for n, block in enumerate(content.body.blocks)
        ]
        # List items sit on consecutive lines; every other block is its own paragraph.
        body: list[str] = []
        for block, text in zip(content.body.blocks, blocks, strict=True):
            if not text:
                continue
            joined = block.kind == BlockKind.LIST_ITEM and body and body[-1].startswith("• ")
            if joined:
                body[-1] += "\n" + text
            else:
                body.append(text)
        return ("\n\n".join(parts + body) + "\n").encode("utf-8")
