"""The article as the templates see it: every field and block with its resolved dir and lang."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from markupsafe import Markup

from newsdesk.domain.article import Article, ArticleContent
from newsdesk.domain.document import Block, BlockKind
from newsdesk.render.inline import marked_html, text_html
from newsdesk.render.labels import BREAKING, label
from newsdesk.render.safety import clean_text, safe_image_source
from newsdesk.text.breaking import starts_with_breaking_label
from newsdesk.text.dates import DEFAULT_TIMEZONE, format_dateline
from newsdesk.text.direction import Direction, language_direction
from newsdesk.text.language import paragraph_language
from newsdesk.timeutil import as_utc

BLOCK_ID_PREFIX = "nd-b"


@dataclass(frozen=True, slots=True)
class Field:
    """One piece of text with the direction and language it is written out with."""

    html: Markup
    dir: Direction
    lang: str


@dataclass(frozen=True, slots=True)
class BlockView:
    """One body element: a block, or a run of list items grouped into one list."""

    kind: str
    dir: Direction
    lang: str
    id: str = ""
    html: Markup = field(default_factory=Markup)
    level: int = 2
    items: tuple[BlockView, ...] = ()
    src: str | None = None
    alt: str = ""
    caption: Field | None = None
    credit: Field | None = None


@dataclass(frozen=True, slots=True)
class ArticleView:
    """Everything the article template writes."""

    lang: str
    dir: Direction
    headline: Field
    title: str
    kicker: Field | None = None
    badge: Field | None = None
    standfirst: Field | None = None
    byline: Field | None = None
    place: Field | None = None
    when: Field | None = None
    when_iso: str = ""
    blocks: tuple[BlockView, ...] = ()
    tags: tuple[Field, ...] = field(default_factory=tuple)


class _Languages:
    """Resolves dir and lang for pieces of one article."""

    def __init__(self, language: str):
        self.language = language or "ar"
        self.dir = language_direction(self.language)

    def of(self, text: str, explicit: str = "auto") -> tuple[Direction, str]:
        # A paragraph in the other script gets that script's language, so screen readers and
        # hyphenation follow it: Arabic for right-to-left, French or English otherwise.
        return paragraph_language(text, self.language, explicit)

    def field(self, text: str, explicit: str = "auto") -> Field | None:
        if not text or not text.strip():
            return None
        direction, lang = self.of(text, explicit)
        return Field(text_html(text, direction == "rtl"), direction, lang)


def _heading_level(level: int) -> int:
    # The headline is the page's h1; body headings start at h2.
    return min(max(level, 1) + 1, 6)


def _block_view(block: Block, index: int, langs: _Languages) -> BlockView:
    block_id = f"{BLOCK_ID_PREFIX}{index}"
    if block.kind == BlockKind.IMAGE:
        # The caption sets the figure's direction: a Latin credit (AFP, MAP) under an Arabic
        # caption must not turn the figure left-to-right.
        words = block.caption or block.text or block.credit
        direction, lang = langs.of(words, block.direction)
        caption_text = block.caption or block.text
        return BlockView(
            kind="image",
            dir=direction,
            lang=lang,
            id=block_id,
            src=safe_image_source(block.src),
            alt=clean_text(block.alt or caption_text),
            caption=langs.field(caption_text),
            credit=langs.field(block.credit),
        )
    direction, lang = langs.of(block.text, block.direction)
    return BlockView(
        kind=block.kind.value,
        dir=direction,
        lang=lang,
        id=block_id,
        html=marked_html(block.text, block.marks, direction == "rtl"),
        level=_heading_level(block.level),
    )


def _group_lists(views: list[BlockView], texts: list[str], langs: _Languages) -> list[BlockView]:
    grouped: list[BlockView] = []
    run: list[BlockView] = []
    run_text: list[str] = []

    def close_run() -> None:
        if run:
            direction, lang = langs.of(" ".join(run_text))
            grouped.append(BlockView(kind="list", dir=direction, lang=lang, items=tuple(run)))
            run.clear()
            run_text.clear()

    for view, text in zip(views, texts, strict=True):
        if view.kind == BlockKind.LIST_ITEM.value:
            run.append(view)
            run_text.append(text)
            continue
        close_run()
        grouped.append(view)
    close_run()
    return grouped


def _moment(article: Article | ArticleContent, when: datetime | None) -> datetime | None:
    if when is not None:
        return when
    if isinstance(article, Article):
        return article.published_at or article.updated_at
    return None


def article_view(
    article: Article | ArticleContent,
    *,
    when: datetime | None = None,
    tz: str = DEFAULT_TIMEZONE,
) -> ArticleView:
    """Build the template view of an article (or of unsaved content)."""
    content = article.content if isinstance(article, Article) else article
    langs = _Languages(content.language)
    blocks = content.body.blocks
    views = [_block_view(block, i, langs) for i, block in enumerate(blocks)]
    texts = [block.text for block in blocks]
    moment = _moment(article, when)
    when_field = None
    when_iso = ""
    if moment is not None:
        aware = as_utc(moment)
        when_field = langs.field(format_dateline(aware, content.language, tz=tz))
        when_iso = aware.isoformat(timespec="seconds")
    badge = None
    # A headline that opens with "عاجل:" already says so; a badge would say it twice.
    if content.breaking and not starts_with_breaking_label(content.headline):
        badge = Field(text_html(label(BREAKING, content.language)), langs.dir, langs.language)
    headline = langs.field(content.headline) or Field(Markup(""), langs.dir, langs.language)
    return ArticleView(
        lang=langs.language,
        dir=langs.dir,
        headline=headline,
        title=clean_text(content.headline.strip()),
        kicker=langs.field(content.kicker),
        badge=badge,
        standfirst=langs.field(content.standfirst),
        byline=langs.field(content.byline),
        place=langs.field(content.dateline),
        when=when_field,
        when_iso=when_iso,
        blocks=tuple(_group_lists(views, texts, langs)),
        tags=tuple(f for f in (langs.field(tag) for tag in content.tags) if f is not None),
    )
