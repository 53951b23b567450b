"""The page's fragment spelled as the sanitiser spells it is the sanitiser's own output."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.render.html import _template
from newsdesk.render.model import article_view
from newsdesk.render.safety import sanitise
from newsdesk.render.sanitised import sanitised_fragment
from samples import HOSTILE, hostile_content

# Pieces that markup, references and the sanitiser's spelling turn on, among ordinary letters.
PIECES = [
    HOSTILE,
    "<",
    ">",
    "&",
    "&amp;",
    "&#39;",
    "&nbsp;",
    '"',
    "'",
    "\xa0",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x0c",
    "\u202e",
    "\u200f",
    "\ufeff",
    "\ufffe",
    "\x85",
    "<!--",
    "]]>",
    "</p>",
    "<a href='x'>",
    "CNSS",
    "641 000",
    "الضمان",
    "é",
]
ADDRESSES = [
    "https://example.org/a?b=1&c=2",
    'https://example.org/"onmouseover="x',
    "https://example.org/'q'",
    "https://exa^mple.org/",
    "https://[::1]/",
    "https://[bad/",
    "http://例え.jp/",
    "https://example.org/\xa0",
    "mailto:desk@example.org",
    'mailto:a&b@example.org?subject="x"',
    "javascript:alert(1)",
    "images/a.jpg",
    "media/0123456789abcdef.jpg",
    "a'b.jpg",
    'a"b.png',
    "a&b.gif",
    "https://cdn.example.org/a b.jpg",
    "https://cdn.example.org/%zz.jpg",
]

text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=6).map("".join)
address = st.one_of(st.sampled_from(ADDRESSES), st.text(max_size=20))


@st.composite
def blocks(draw: st.DrawFn) -> Block:
    kind = draw(st.sampled_from(list(BlockKind)))
    words = draw(text)
    if kind == BlockKind.IMAGE:
        return Block(kind=kind, src=draw(address), alt=draw(text), caption=words, credit=draw(text))
    marks = []
    for _ in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(words)))
        end = draw(st.integers(start, len(words)))
        which = draw(st.sampled_from(list(MarkKind)))
        href = draw(address) if which == MarkKind.LINK else None
        marks.append(Mark(which, start, end, href))
    direction = draw(st.sampled_from(["auto", "rtl", "ltr"]))
    return Block(kind=kind, text=words, marks=tuple(marks), direction=direction, level=2)


@st.composite
def contents(draw: st.DrawFn) -> ArticleContent:
    return ArticleContent(
        headline=draw(text),
        language=draw(st.sampled_from(["ar", "fr", "en"])),
        kicker=draw(text),
        standfirst=draw(text),
        body=Document(tuple(draw(st.lists(blocks(), max_size=6)))),
        byline=draw(text),
        dateline=draw(text),
        tags=tuple(draw(st.lists(text, max_size=3))),
        breaking=draw(st.booleans()),
    )


def _fragment(content: ArticleContent) -> str:
    return _template("article.html").render(a=article_view(content))


@given(contents())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_article_is_written_as_the_sanitiser_writes_it(content: ArticleContent) -> None:
    fragment = _fragment(content)
    assert sanitised_fragment(fragment) == sanitise(fragment)


def test_the_hostile_article_is_written_as_the_sanitiser_writes_it() -> None:
    fragment = _fragment(hostile_content())
    assert sanitised_fragment(fragment) == sanitise(fragment)
