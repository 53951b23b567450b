"""One resolved view of an article shared by the exporters that write it in turn."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.domain.article import Article
from newsdesk.render.model import BLOCK_ID_PREFIX, ArticleView, article_view
from newsdesk.text.direction import Direction


@dataclass(frozen=True)
class Prepared:
    """An article's template view and each body block's direction, by block index."""

    article: Article
    tz: str
    view: ArticleView
    directions: dict[int, Direction]


_last: Prepared | None = None


def _directions(view: ArticleView) -> dict[int, Direction]:
    found: dict[int, Direction] = {}
    for block in view.blocks:
        for one in block.items or (block,):
            if one.id.startswith(BLOCK_ID_PREFIX):
                found[int(one.id[len(BLOCK_ID_PREFIX) :])] = one.dir
    return found


def prepare(article: Article, tz: str) -> Prepared:
    """The article's view, built once however many formats a bundle writes it in.

    A bundle writes one article in every format before the next, so remembering the last
    article (by identity, not equality, which would compare whole bodies) is enough.
    """
    global _last
    last = _last
    if last is not None and last.article is article and last.tz == tz:
        return last
    view = article_view(article, tz=tz)
    _last = Prepared(article, tz, view, _directions(view))
    return _last
