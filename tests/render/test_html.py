"""The renderer writes every field and block with its own explicit direction and language."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from htmltools import by_id, elements
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.render.html import PALETTES, render_article_html
from samples import (
    AR_DATE_LINE,
    AR_HEADLINE,
    CNSS_PARAGRAPH,
    FR_DATE_LINE,
    arabic_content,
    french_content,
    stored,
)

# Inline marks inherit their block's direction; <img> and <br> carry no text.
INHERITING = frozenset({"a", "strong", "em", "br", "img"})
HEAD = frozenset({"html", "head", "meta", "title", "style"})


def _body_elements(html: str):
    return [e for e in elements(html) if e.tag not in HEAD and "head" not in e.ancestors]


@pytest.mark.parametrize("make", [arabic_content, french_content])
def test_every_element_has_explicit_dir_and_lang(make) -> None:
    html = render_article_html(stored(make()))
    checked = 0
    for element in _body_elements(html):
        if element.tag in INHERITING:
            continue
        assert element.attrs.get("dir") in ("rtl", "ltr"), element
        assert element.attrs.get("lang"), element
        checked += 1
    assert checked > 20
    assert 'dir="auto"' not in html


def test_cnss_initial_paragraph_is_rtl_and_arabic() -> None:
    html = render_article_html(stored(arabic_content()))
    paragraph = by_id(html, "nd-b1")
    assert paragraph.text == CNSS_PARAGRAPH
    assert paragraph.attrs["dir"] == "rtl"
    assert paragraph.attrs["lang"] == "ar"
    page = elements(html)[0]
    assert (page.tag, page.attrs["dir"], page.attrs["lang"]) == ("html", "rtl", "ar")


def test_french_article_is_ltr_with_an_arabic_quote() -> None:
    html = render_article_html(stored(french_content()))
    page = elements(html)[0]
    assert (page.attrs["dir"], page.attrs["lang"]) == ("ltr", "fr")
    assert by_id(html, "nd-b0").attrs["dir"] == "ltr"
    quote = by_id(html, "nd-b1")
    assert quote.tag == "blockquote"
    assert (quote.attrs["dir"], quote.attrs["lang"]) == ("rtl", "ar")
    inner = [e for e in elements(html) if e.tag == "p" and "blockquote" in e.ancestors]
    assert [(p.attrs["dir"], p.attrs["lang"]) for p in inner] == [("rtl", "ar")]
    assert (by_id(html, "nd-b2").attrs["dir"], by_id(html, "nd-b2").attrs["lang"]) == ("ltr", "fr")


def test_header_shows_kicker_headline_badge_date_line_byline_and_place() -> None:
    html = render_article_html(stored(arabic_content()))
    found = {cls: e for e in elements(html) for cls in e.classes()}
    assert found["nd-headline"].tag == "h1"
    assert found["nd-headline"].text == AR_HEADLINE
    assert found["nd-badge"].text == "عاجل"
    assert found["nd-kicker"].text == "الحماية الاجتماعية"
    assert found["nd-byline"].text == "سارة بنعلي"
    assert found["nd-place"].text == "الرباط"
    when = found["nd-when"]
    assert when.tag == "time"
    assert when.text == AR_DATE_LINE
    assert when.attrs["datetime"] == "2024-02-28T11:30:00+00:00"
    assert found["nd-standfirst"].text.startswith("حصيلة جديدة")


@pytest.mark.parametrize(
    ("language", "badge"), [("ar", "عاجل"), ("fr", "Urgent"), ("en", "Breaking")]
)
def test_breaking_badge_in_the_article_language(language: str, badge: str) -> None:
    html = render_article_html(french_content(language=language))
    badges = [e for e in elements(html) if "nd-badge" in e.classes()]
    assert [b.text for b in badges] == [badge]
    assert badges[0].attrs["lang"] == language


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("ar", "عاجل: زلزال يضرب إقليم الحوز"),
        ("fr", "URGENT - Séisme au Haouz"),
        ("en", "Breaking: quake"),
    ],
)
def test_a_headline_that_says_breaking_gets_no_second_badge(language: str, headline: str) -> None:
    html = render_article_html(french_content(language=language, headline=headline))
    assert 'class="nd-badge"' not in html
    assert html.count(headline.split()[0].rstrip(":")) >= 1


def test_no_badge_unless_breaking() -> None:
    html = render_article_html(french_content(breaking=False))
    assert 'class="nd-badge"' not in html


def test_date_line_uses_published_then_updated_time() -> None:
    article = stored(french_content())
    assert FR_DATE_LINE in render_article_html(article)
    later = datetime(2024, 3, 1, 9, 5, tzinfo=UTC)
    unpublished = replace(article, published_at=None, updated_at=later)
    assert "vendredi 1er mars 2024 à 10h05" in render_article_html(unpublished)


def test_unsaved_content_has_no_date_line_unless_given() -> None:
    content = french_content()
    assert "<time" not in render_article_html(content)
    when = datetime(2024, 2, 28, 11, 30, tzinfo=UTC)
    assert FR_DATE_LINE in render_article_html(content, when=when)


def test_consecutive_list_items_become_one_list() -> None:
    blocks = (
        Block(kind=BlockKind.LIST_ITEM, text="أولا"),
        Block(kind=BlockKind.LIST_ITEM, text="ثانيا"),
        Block(text="فقرة فاصلة"),
        Block(kind=BlockKind.LIST_ITEM, text="ثالثا"),
    )
    html = render_article_html(arabic_content(body=Document(blocks)))
    found = [e for e in elements(html) if "div" in e.ancestors]
    lists = [e for e in elements(html) if e.tag == "ul" and "nd-list" in e.classes()]
    assert len(lists) == 2
    items = [
        e for e in elements(html) if e.tag == "li" and e.attrs.get("id", "").startswith("nd-b")
    ]
    assert [i.attrs["id"] for i in items] == ["nd-b0", "nd-b1", "nd-b3"]
    assert [e.tag for e in found if e.tag in ("ul", "li", "p")][:5] == ["ul", "li", "li", "p", "ul"]


def test_marks_headings_quotes_images_and_tags() -> None:
    html = render_article_html(stored(arabic_content()))
    first = by_id(html, "nd-b0")
    bold = [e for e in elements(html) if e.tag == "strong" and "p" in e.ancestors]
    assert bold[0].text == "أعلن"
    assert first.text.startswith("أعلن")
    links = [e for e in elements(html) if e.tag == "a"]
    assert [(a.attrs["href"], a.text) for a in links] == [
        ("https://example.org/a", "الموقع الرسمي للصندوق")
    ]
    assert any(e.tag == "em" and "a" in e.ancestors for e in elements(html))
    assert by_id(html, "nd-b3").tag == "h2"
    assert by_id(html, "nd-b7").tag == "blockquote"
    figure = by_id(html, "nd-b8")
    assert figure.tag == "figure"
    image = next(e for e in elements(html) if e.tag == "img")
    assert image.attrs["src"] == "images/artisans.jpg"
    assert image.attrs["alt"] == "صناع تقليديون في ورشة بمدينة فاس"
    credit = next(e for e in elements(html) if "nd-credit" in e.classes())
    assert credit.text == "تصوير: هيئة التحرير"
    tags = [e for e in elements(html) if "nd-tag" in e.classes()]
    assert [(t.text, t.attrs["dir"], t.attrs["lang"]) for t in tags] == [
        ("الحماية الاجتماعية", "rtl", "ar"),
        ("CNSS", "ltr", "en"),
        ("الصناعة التقليدية", "rtl", "ar"),
    ]


def test_overlapping_marks_nest_and_line_breaks_survive() -> None:
    text = "Le ministre a dit\nque tout va bien"
    marks = (Mark(MarkKind.BOLD, 0, 11), Mark(MarkKind.ITALIC, 3, 20))
    content = french_content(body=Document((Block(text=text, marks=marks),)))
    fragment = render_article_html(content, standalone=False)
    assert (
        "<strong>Le </strong><strong><em>ministre</em></strong><em> a dit<br>qu</em>e tout"
        in fragment
    )


def test_fragment_mode_is_the_article_alone() -> None:
    article = stored(arabic_content())
    fragment = render_article_html(article, standalone=False)
    assert fragment.startswith('<article class="nd-article" dir="rtl" lang="ar">')
    assert fragment.rstrip().endswith("</article>")
    assert fragment in render_article_html(article)


def test_rendering_is_a_pure_function_of_its_arguments() -> None:
    article = stored(arabic_content())
    assert render_article_html(article) == render_article_html(article)
    dark = render_article_html(article, theme="dark", width="phone")
    assert 'class="nd-theme-dark nd-width-phone"' in dark
    assert dark != render_article_html(article)


def test_each_theme_writes_its_own_colours_whatever_came_before() -> None:
    # The stylesheet is worked out once per theme: a dark page after a light one stays dark.
    article = stored(arabic_content())
    pages = {theme: render_article_html(article, theme=theme) for theme in ("light", "dark")}
    for theme, other in (("light", "dark"), ("dark", "light")):
        assert f"color: {PALETTES[theme]['ink']};" in pages[theme]
        assert f"color: {PALETTES[other]['ink']};" not in pages[theme]


@pytest.mark.parametrize(("option", "value"), [("theme", "sepia"), ("width", "tablet")])
def test_unknown_theme_or_width_is_refused(option: str, value: str) -> None:
    with pytest.raises(ValueError):
        render_article_html(arabic_content(), **{option: value})


def test_stylesheet_uses_logical_properties_only() -> None:
    html = render_article_html(arabic_content())
    style = html[html.index("<style>") : html.index("</style>")]
    for physical in ("-left", "-right", "left:", "right:", "text-align: left", "text-align: right"):
        assert physical not in style
    assert "margin-inline" in style
    assert "Noto Naskh Arabic" in style


def test_empty_headline_still_gives_a_title() -> None:
    html = render_article_html(arabic_content(headline="", kicker="", breaking=False))
    assert "<title>—</title>" in html
    assert "<h1" not in html
