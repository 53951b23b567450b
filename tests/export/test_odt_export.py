"""The OpenDocument text export: every paragraph in its direction, read back by Newsdesk and by
a real LibreOffice (converted headlessly to flat ODF and HTML)."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

from export.docxsamples import expected_paragraphs
from export.exportsamples import contract_article, french_article
from export.libreoffice import (
    convert,
    html_paragraphs,
    odf_default_languages,
    odf_paragraphs,
    odf_span_properties,
    squeeze,
)
from export.odtsamples import odt_links, odt_paragraphs
from newsdesk.domain.document import Block, BlockKind, Document, Mark, MarkKind
from newsdesk.domain.workflow import Step
from newsdesk.export.media import BundleMedia
from newsdesk.export.registry import exporter
from newsdesk.export.word_package import ARABIC_FONT
from newsdesk.importers.base import SourceFile
from newsdesk.importers.odt import import_odt
from newsdesk.services.articles import ArticleService
from newsdesk.text.direction import resolve_direction
from support import KARIM, SARA


def _squeezed(article, picture: bool = False) -> list[tuple[str, str]]:
    return [(squeeze(text), d) for text, d in expected_paragraphs(article, picture)]


def test_every_paragraph_has_its_text_and_the_editors_direction() -> None:
    for article in (contract_article(), french_article()):
        data = exporter("odt").render(article)
        assert odt_paragraphs(data) == _squeezed(article)


def test_the_package_is_odf_and_its_bytes_the_articles_alone(media_store) -> None:
    article = contract_article()
    local, media = BundleMedia(media_store).localise(article)
    writer = exporter("opendocument")
    data = writer.render_bundled(local, media)
    assert data == writer.render_bundled(local, media)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        first = archive.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        manifest = archive.read("META-INF/manifest.xml").decode()
        [picture] = [n for n in archive.namelist() if n.startswith("Pictures/")]
        assert f'manifest:full-path="{picture}"' in manifest
        [copy] = media.values()
        assert archive.read(picture) == copy.data


def test_newsdesk_reads_its_own_odt_back_to_the_same_blocks(media_store) -> None:
    for article in (contract_article(), french_article()):
        local, media = BundleMedia(media_store).localise(article)
        data = exporter("odt").render_bundled(local, media)
        imported = import_odt(SourceFile(Path("article.odt"), data))
        content = article.content
        assert imported.content.headline == content.headline
        blocks = imported.content.body.blocks
        # The kicker comes before the headline; standfirst, byline and date line after it.
        assert [b.text for b in blocks[:3]] == [content.kicker, content.standfirst, content.byline]
        lang = content.language
        wanted, got = [], []
        for block in content.body.blocks:
            marks = {(m.kind.value, block.text[m.start : m.end], m.href) for m in block.marks}
            if block.kind == BlockKind.IMAGE:
                words = f"{block.caption} {block.credit}"
                direction = resolve_direction(words, lang, block.direction)
                caption = f"{block.caption} — {block.credit}"
                wanted.append((block.kind, "", caption, block.caption, direction, set()))
            else:
                direction = resolve_direction(block.text, lang, block.direction)
                wanted.append((block.kind, block.text, "", "", direction, marks))
        for block in blocks[4:]:
            marks = {(m.kind.value, block.text[m.start : m.end], m.href) for m in block.marks}
            got.append((block.kind, block.text, block.caption, block.alt, block.direction, marks))
        assert got == wanted
        assert [data for _src, data in imported.pictures] == [c.data for c in media.values()]


def test_libreoffice_keeps_every_paragraphs_text_and_direction(
    need_tool, media_store, tmp_path: Path
) -> None:
    soffice = need_tool("soffice", "libreoffice")
    article = contract_article()
    local, media = BundleMedia(media_store).localise(article)
    source = tmp_path / "article.odt"
    source.write_bytes(exporter("odt").render_bundled(local, media))
    profile = tmp_path / "profile"
    wanted = _squeezed(article, picture=True)
    flat = convert(soffice, source, "fodt", profile)
    assert odf_paragraphs(flat) == wanted
    # The bold Arabic word is bold as LibreOffice draws Arabic: in the complex-script properties.
    assert odf_span_properties(flat, "أعلن").get("font-weight-complex") == "bold"
    assert ("ar", "MA") in odf_default_languages(flat)
    assert ARABIC_FONT in flat.read_text(encoding="utf-8")
    page = convert(soffice, source, "html", profile)
    assert html_paragraphs(page) == wanted
    assert page.read_text(encoding="utf-8").count("<img") == 1
    french = tmp_path / "french.odt"
    french.write_bytes(exporter("odt").render(french_article()))
    found = odf_paragraphs(convert(soffice, french, "fodt", profile))
    assert found == _squeezed(french_article())
    assert {"rtl", "ltr"} <= {d for _t, d in found}


def test_the_command_line_exports_odt_on_request(db_url, db, newsroom_media, tmp_path) -> None:
    """`newsdesk export --format odt` in its own process: the document, its picture inside."""
    article = ArticleService(db, SARA).create(contract_article().content)
    ArticleService(db, SARA).take_step(article.id, Step.SUBMIT)
    ArticleService(db, KARIM).take_step(article.id, Step.APPROVE)
    newsdesk = str(Path(sys.executable).parent / "newsdesk")
    out = tmp_path / "b.zip"
    command = [newsdesk, "--db", db_url, "--as", "karim", "export", "--out", str(out)]
    done = subprocess.run(
        [*command, "--format", "odt"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    folder = f"articles/{article.id}/"
    with zipfile.ZipFile(out) as bundle:
        names = [n for n in bundle.namelist() if n.startswith(folder)]
        data = bundle.read(f"{folder}article.odt")
        assert bundle.getinfo(f"{folder}article.odt").compress_type == zipfile.ZIP_STORED
        [picture] = [bundle.read(n) for n in names if n.startswith(f"{folder}media/")]
    assert [n for n in names if "/media/" not in n] == [f"{folder}article.odt"]
    found = odt_paragraphs(data)
    # The stored article's date line carries its own time, so it is left out of the comparison.
    wanted = _squeezed(contract_article(), picture=True)
    assert found[:4] == wanted[:4] and found[5:] == wanted[5:]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        held = [archive.read(n) for n in archive.namelist() if n.startswith("Pictures/")]
    assert held == [picture]


def test_characters_xml_cannot_hold_and_unsafe_links_are_left_out() -> None:
    article = contract_article()
    text = "a\x01b\x0bc\ud800d\ufffe\uffffe\x00 سطر"
    link = Mark(MarkKind.LINK, 0, 4, "javascript:alert(1)")
    body = Document((Block(text=text, marks=(Mark(MarkKind.BOLD, 0, 3), link)),))
    content = replace(article.content, headline=text, tags=(text,), body=body)
    data = exporter("odt").render(replace(article, content=content))
    texts = [t for t, _ in odt_paragraphs(data)]
    assert texts[1] == "abcde سطر" == texts[-1]
    assert odt_links(data) == []
