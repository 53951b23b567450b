"""A picture's caption, credit and alt text reach every format, in files the validators accept."""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import replace
from xml.etree import ElementTree

import pytest

from export.docxsamples import read_docx
from export.exportsamples import contract_article
from newsdesk.domain.article import Article
from newsdesk.domain.document import BlockKind, Document
from newsdesk.export.base import ExportSettings
from newsdesk.export.media import BundleMedia
from newsdesk.export.ninjs import NinjsExporter
from newsdesk.export.registry import exporter
from pdftools import pdf_text

CAPTION = "الحرفيون في سوق الرباط"
CREDIT = "Photo Agence MAP"
ALT = "Un artisan tisse un tapis"
XHTML = "{http://www.w3.org/1999/xhtml}"


def described() -> Article:
    """The contract article, its picture with an Arabic caption, a French credit and alt text."""
    article = contract_article()
    blocks = tuple(
        replace(b, caption=CAPTION, credit=CREDIT, alt=ALT) if b.kind == BlockKind.IMAGE else b
        for b in article.content.body.blocks
    )
    return replace(article, content=replace(article.content, body=Document(blocks)))


def bundled(name: str, media_store, settings: ExportSettings | None = None) -> tuple[bytes, str]:
    local, media = BundleMedia(media_store).localise(described())
    [href] = media
    writer = NinjsExporter(settings) if settings else exporter(name)
    return writer.render_bundled(local, media), href


def figure_of(root: ElementTree.Element) -> ElementTree.Element:
    [figure] = root.iter(f"{XHTML}figure")
    return figure


def check_xhtml_figure(figure: ElementTree.Element, href: str) -> None:
    [img] = figure.iter(f"{XHTML}img")
    assert (img.get("src"), img.get("alt")) == (href, ALT)
    [caption] = figure.iter(f"{XHTML}figcaption")
    spans = {s.get("class"): (s.text, s.get("dir")) for s in caption.iter(f"{XHTML}span")}
    assert spans == {"caption": (CAPTION, "rtl"), "credit": (CREDIT, "ltr")}


def test_html_has_a_figure_with_alt_caption_and_credit_each_in_its_direction(media_store) -> None:
    data, href = bundled("html", media_store)
    page = data.decode("utf-8")
    figure = re.search(r"<figure .*?</figure>", page, re.S)
    assert figure is not None
    assert f'<img src="{href}" alt="{ALT}">' in figure.group(0)
    assert re.search(f'<span class="nd-caption" dir="rtl" lang="ar">{CAPTION}</span>', page)
    assert re.search(rf'<span class="nd-credit" dir="ltr" lang="\w+">{CREDIT}</span>', page)


def test_ninjs_has_caption_and_alt_descriptions_credit_and_rendition(
    media_store, ninjs_validator, ninjs22_validator
) -> None:
    data, href = bundled("ninjs", media_store)
    item = json.loads(data)
    assert ninjs_validator(item) == []
    [picture] = item["associations"]
    assert picture["descriptions"] == [
        {"role": "caption", "value": CAPTION},
        {"role": "alt", "value": ALT},
    ]
    assert picture["by"] == CREDIT and picture["renditions"][0]["contentType"] == "image/jpeg"
    rich = next(b for b in item["bodies"] if b["role"] == "richtext")
    check_xhtml_figure(figure_of(ElementTree.fromstring(rich["value"])), href)
    two, _ = bundled("ninjs", media_store, ExportSettings(ninjs_version="2.2"))
    assert ninjs22_validator(json.loads(two)) == []


def test_newsml_links_the_picture_and_its_body_holds_the_figure(media_store, newsml_schema) -> None:
    from lxml import etree

    data, href = bundled("newsml", media_store)
    assert newsml_schema.validate(etree.fromstring(data)), newsml_schema.error_log
    root = ElementTree.fromstring(data)
    check_xhtml_figure(figure_of(root), href)
    [link] = [
        e for e in root.iter("{http://iptc.org/std/nar/2006-10-01/}link") if e.get("href") == href
    ]
    assert link.get("title") == CAPTION and link.get("dir") == "rtl"


def test_markdown_and_text_carry_alt_caption_and_credit(media_store) -> None:
    markdown, href = bundled("markdown", media_store)
    assert f"![{ALT}]({href})" in markdown.decode("utf-8")
    assert f"_{CAPTION}_ — _{CREDIT}_" in markdown.decode("utf-8")
    text, _ = bundled("text", media_store)
    assert f"{CAPTION} — {CREDIT}" in text.decode("utf-8")


def test_word_describes_the_picture_by_its_alt_text_and_captions_it(media_store) -> None:
    data, _ = bundled("docx", media_store)
    document = read_docx(data)
    [caption] = [p for p in document.paragraphs if CAPTION in p.text]
    assert CREDIT in caption.text and caption.style.name == "Caption"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert f'descr="{ALT}"' in body


def test_pdf_prints_the_picture_with_its_caption_and_credit(
    qapp, media_store, need_tool, tmp_path
) -> None:
    data, _ = bundled("pdf", media_store)
    assert b"/Subtype /Image" in data
    read = pdf_text(need_tool, data, tmp_path)
    assert CREDIT in read
    assert all(word in read for word in CAPTION.split())


@pytest.mark.parametrize("name", ["html", "markdown", "docx"])
def test_without_alt_text_the_caption_describes_the_picture(name, media_store) -> None:
    article = contract_article()
    local, media = BundleMedia(media_store).localise(article)
    data = exporter(name).render_bundled(local, media)
    image = next(b for b in article.content.body.blocks if b.kind == BlockKind.IMAGE)
    assert not image.alt and image.caption
    if name == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = archive.read("word/document.xml")
        assert f'descr="{image.caption}"'.encode() in data
    else:
        assert image.caption.encode() in data


@pytest.mark.parametrize("name", ["html", "newsml"])
def test_a_latin_credit_does_not_turn_an_arabic_caption_s_figure_left_to_right(name) -> None:
    article = contract_article()
    blocks = tuple(
        replace(b, caption="سوق الرباط", credit="Photo Newsdesk")
        if b.kind == BlockKind.IMAGE
        else b
        for b in article.content.body.blocks
    )
    article = replace(article, content=replace(article.content, body=Document(blocks)))
    text = exporter(name).render(article).decode("utf-8")
    figure = re.search(r"<figure [^>]*>", text)
    assert figure is not None and 'dir="rtl"' in figure.group(0)
    assert re.search(r'<figcaption dir="rtl"', text)
