"""The contract every article exporter keeps, on the Arabic and the French fixture articles."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from xml.etree import ElementTree

import pytest

from export.docxsamples import paragraph_direction, read_docx
from export.exportsamples import (
    CONTRACT_PICTURE,
    ENGLISH_PARAGRAPH,
    contract_article,
    french_article,
)
from export.odtsamples import odt_links, odt_paragraphs
from newsdesk.domain.article import Article
from newsdesk.errors import InvalidInputError
from newsdesk.export.base import Exporter
from newsdesk.export.media import BundleMedia
from newsdesk.export.registry import (
    DEFAULT_FORMATS,
    EXPORTERS,
    exporter,
    exporters,
    format_names,
)
from samples import CNSS_PARAGRAPH

XHTML = "{http://www.w3.org/1999/xhtml}"
OVERRIDES = re.compile("[\u202a-\u202e\u2066-\u2069]")
ARTICLES = {"arabic": contract_article, "french": french_article}
# Every format but PDF, whose text is drawn glyphs (tests/export/test_pdf_export.py reads it).
CONTRACT_FORMATS = [name for name in format_names() if name != "pdf"]


def _text(name: str, data: bytes) -> str:
    """The file as text: Word's paragraphs one a line, with its links' addresses."""
    if name == "odt":
        return "\n".join([text for text, _ in odt_paragraphs(data)] + odt_links(data))
    if name != "docx":
        return data.decode("utf-8")
    document = read_docx(data)
    links = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    return "\n".join([p.text for p in document.paragraphs] + links)


def _direction_of(name: str, data: bytes, paragraph: str) -> str:
    """The direction the format gives the block holding `paragraph`."""
    if name == "docx":
        found = [p for p in read_docx(data).paragraphs if p.text == paragraph]
        assert len(found) == 1, paragraph
        return paragraph_direction(found[0])
    if name == "odt":
        [direction] = [d for text, d in odt_paragraphs(data) if text == paragraph]
        return direction
    text = data.decode("utf-8")
    if name == "html":
        match = re.search(r'<p id="nd-b\d+" dir="(\w+)"[^>]*>' + re.escape(paragraph), text)
        assert match, paragraph
        return match.group(1)
    if name in ("ninjs", "newsml"):
        if name == "ninjs":
            rich = next(b for b in json.loads(text)["bodies"] if b["role"] == "richtext")
            root = ElementTree.fromstring(rich["value"])
        else:
            root = ElementTree.fromstring(data)
        found = [p for p in root.iter(f"{XHTML}p") if "".join(p.itertext()) == paragraph]
        assert len(found) == 1, paragraph
        return found[0].get("dir", "")
    # Markdown and text have no dir: the line must open with a strong letter or mark that a
    # first-strong reader resolves to the right direction.
    line = next(line for line in text.splitlines() if paragraph in line)
    for char in line:
        if char in "\u200f" or "\u0600" <= char <= "\u06ff":
            return "rtl"
        if char == "\u200e" or char.isalpha():
            return "ltr"
    raise AssertionError(line)


def _visible(name: str, data: bytes) -> str:
    """What a reader sees: markup taken away, marks and entities resolved."""
    text = _text(name, data)
    if name == "ninjs":
        return json.loads(text)["bodies"][0]["value"]
    if name == "markdown":
        from markdown_it import MarkdownIt

        text = MarkdownIt("commonmark").render(text)
    if name in ("html", "newsml", "markdown"):
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text.replace("\u200f", "").replace("\u200e", "")


@pytest.fixture(params=CONTRACT_FORMATS)
def each(request: pytest.FixtureRequest) -> Exporter:
    return exporter(request.param)


@pytest.mark.parametrize("which", sorted(ARTICLES))
def test_every_exporter_writes_its_text_deterministically(each: Exporter, which: str) -> None:
    article: Article = ARTICLES[which]()
    first, second = each.render(article), each.render(article)
    assert first == second and first
    text = _text(each.name, first)
    assert each.name and each.filename and each.media_type
    assert not OVERRIDES.search(text)
    assert 'dir="auto"' not in text
    shown = _visible(each.name, first)
    for block in article.content.body.blocks:
        if block.text:
            assert block.text in shown


def test_every_exporter_keeps_the_acronym_paragraph_right_to_left(each: Exporter) -> None:
    data = each.render(contract_article())
    assert _direction_of(each.name, data, CNSS_PARAGRAPH) == "rtl"
    assert _direction_of(each.name, data, ENGLISH_PARAGRAPH) == "ltr"


def test_every_exporter_keeps_the_french_paragraphs_left_to_right(each: Exporter) -> None:
    data = each.render(french_article())
    paragraph = "Le ministère a présenté mercredi le bilan de la couverture médicale."
    assert _direction_of(each.name, data, paragraph) == "ltr"


def test_every_exporter_carries_headline_and_caption(each: Exporter) -> None:
    article = contract_article()
    text = _text(each.name, each.render(article))
    assert article.headline in text
    image = next(b for b in article.content.body.blocks if b.src)
    assert image.caption in text and image.credit in text


@pytest.mark.parametrize("name", format_names())
def test_every_exporter_refers_to_the_picture_copied_beside_it(
    name: str, media_store, request: pytest.FixtureRequest
) -> None:
    """In a bundle the picture (with caption and credit) is the copy in the article's folder."""
    if name == "pdf":
        request.getfixturevalue("qapp")  # one QApplication for the whole session, as in gui tests
    article = contract_article()
    image = next(b for b in article.content.body.blocks if b.src)
    assert image.caption and image.credit
    local, media = BundleMedia(media_store).localise(article)
    (href, copy), *others = media.items()
    assert not others and re.fullmatch(r"media/[0-9a-f]{16}\.jpg", href)
    assert copy.media_type == "image/jpeg" and copy.size == copy.source.stat().st_size
    writer = exporter(name)
    data = writer.render_bundled(local, media)
    assert data == writer.render_bundled(local, media)
    if name == "pdf":
        assert data.startswith(b"%PDF") and b"/Subtype /Image" in data
        assert b"/Subtype /Image" not in writer.render(article)
        return
    text = _text(name, data)
    assert image.caption in text and image.credit in text
    assert CONTRACT_PICTURE not in text
    if name == "text":
        return  # plain text names no files
    if name == "docx":  # Word holds the picture itself
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            held = [archive.read(n) for n in archive.namelist() if n.startswith("word/media/")]
        assert held == [copy.data]
        return
    if name == "odt":  # so does an OpenDocument text
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            held = [archive.read(n) for n in archive.namelist() if n.startswith("Pictures/")]
        assert held == [copy.data]
        return
    assert href in text
    if name == "ninjs":
        rendition = json.loads(text)["associations"][0]["renditions"][0]
        assert rendition["href"] == copy.ni_uri() and rendition["sizeInBytes"] == copy.size
        assert (rendition["width"], rendition["height"]) == (copy.width, copy.height)


def test_registry_names_every_format_and_refuses_unknown_ones() -> None:
    assert set(EXPORTERS) == {"html", "ninjs", "newsml", "markdown", "text", "docx", "odt", "pdf"}
    assert "pdf" not in DEFAULT_FORMATS and [e.name for e in exporters(["pdf"])] == ["pdf"]
    assert "docx" not in DEFAULT_FORMATS and [e.name for e in exporters(["word"])] == ["docx"]
    assert "odt" not in DEFAULT_FORMATS and [e.name for e in exporters(["opendocument"])] == ["odt"]
    assert [e.name for e in exporters() if e.main_process_only] == []
    assert format_names()[: len(DEFAULT_FORMATS)] == list(DEFAULT_FORMATS)
    assert [e.name for e in exporters(["txt", "md", "html"])] == ["html", "markdown", "text"]
    with pytest.raises(InvalidInputError, match="one of html"):
        exporter("rtf")
    filenames = [e.filename for e in exporters()]
    assert len(set(filenames)) == len(filenames)
