"""The one renderer: an article as a sanitised HTML5 page (or fragment), in one reading theme."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from newsdesk.domain.article import Article, ArticleContent
from newsdesk.render.model import BLOCK_ID_PREFIX, ArticleView, article_view
from newsdesk.render.palettes import PALETTES
from newsdesk.render.sanitised import sanitised_fragment
from newsdesk.render.script_scale import ARABIC_FACES, ARABIC_RANGE
from newsdesk.text.dates import DEFAULT_TIMEZONE

THEMES = ("light", "dark")
WIDTHS = ("desktop", "phone", "print")


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("newsdesk.render", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )


def _template(name: str) -> Template:
    return _environment().get_template(name)


def block_anchor(index: int) -> str:
    """The id of the element showing body block `index` (list items carry their own)."""
    return f"{BLOCK_ID_PREFIX}{index}"


def render_article_html(
    article: Article | ArticleContent,
    *,
    standalone: bool = True,
    theme: str = "light",
    width: str = "desktop",
    when: datetime | None = None,
    tz: str = DEFAULT_TIMEZONE,
) -> str:
    """Render an article as HTML5: a whole page, or with standalone=False only its <article>.

    A pure function of its arguments: the preview, the HTML export and the PDF proof all show
    this output. `when` overrides the time in the date line (by default the article's
    published_at, else updated_at; unsaved content has none unless given).
    """
    view = article_view(article, when=when, tz=tz)
    return render_view_html(view, standalone=standalone, theme=theme, width=width)


def render_view_html(
    view: ArticleView, *, standalone: bool = True, theme: str = "light", width: str = "desktop"
) -> str:
    """Render an article's view built already (see `render_article_html`)."""
    if theme not in THEMES:
        raise ValueError(f"theme must be one of {THEMES}, not {theme!r}")
    if width not in WIDTHS:
        raise ValueError(f"width must be one of {WIDTHS}, not {width!r}")
    fragment = sanitised_fragment(_template("article.html").render(a=view))
    if not standalone:
        return fragment
    return _template("page.html").render(
        a=view, article=Markup(fragment), theme=theme, width=width, stylesheet=_stylesheet(theme)
    )


@cache
def _stylesheet(theme: str) -> Markup:
    # The same for every article of a theme: worked out once, not once per page of a bundle.
    return Markup(
        _template("article.css").render(
            p=PALETTES[theme], arabic_faces=ARABIC_FACES, arabic_range=ARABIC_RANGE
        )
    )
