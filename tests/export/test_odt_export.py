"""The OpenDocument text export: every paragraph in its direction, read back by Newsdesk and by
a real LibreOffice (converted headlessly to flat ODF and HTML)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from export.cliexport import (
    approved_contract_article,
    contract_file,
    export_command,
    exported_document,
    run_export,
)
from export.docxsamples import squeezed_paragraphs
from export.exportsamples import contract_article, french_article, unsafe_text_article
from export.libreoffice import (
    convert,
    html_paragraphs,
    odf_default_languages,
    odf_paragraphs,
    odf_span_properties,
)
from export.odtsamples import odt_links, odt_paragraphs
from newsdesk.domain.document import BlockKind
from newsdesk.export.media import BundleMedia
from newsdesk.export.registry import exporter
from newsdesk.export.word_package import ARABIC_FONT
from newsdesk.importers.base import SourceFile
from newsdesk.importers.odt import import_odt
from newsdesk.text.direction import resolve_direction


def test_every_paragraph_has_its_text_and_the_editors_direction() -> None:
    for article in (contract_article(), french_article()):
        data = exporter("odt").render(article)
        assert odt_paragraphs(data) == squeezed_paragraphs(article)


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
    soffice, profile = need_tool("soffice", "libreoffice"), tmp_path / "profile"
    source = contract_file("odt", media_store, tmp_path)
    flat, page = (convert(soffice, source, to, profile) for to in ("fodt", "html"))
    wanted = squeezed_paragraphs(contract_article(), picture=True)
    assert odf_paragraphs(flat) == wanted
    # The bold Arabic word is bold as LibreOffice draws Arabic: in the complex-script properties.
    assert odf_span_properties(flat, "أعلن").get("font-weight-complex") == "bold"
    assert ("ar", "MA") in odf_default_languages(flat)
    assert ARABIC_FONT in flat.read_text(encoding="utf-8")
    assert html_paragraphs(page) == wanted
    assert page.read_text(encoding="utf-8").count("<img") == 1
    french = tmp_path / "french.odt"
    french.write_bytes(exporter("odt").render(french_article()))
    found = odf_paragraphs(convert(soffice, french, "fodt", profile))
    assert found == squeezed_paragraphs(french_article())
    assert {"rtl", "ltr"} <= {d for _t, d in found}


def test_the_command_line_exports_odt_on_request(db_url, db, newsroom_media, tmp_path) -> None:
    """`newsdesk export --format odt` in its own process: the document, its picture inside."""
    article_id = approved_contract_article(db)
    out = tmp_path / "b.zip"
    done = run_export([*export_command(db_url, out), "--format", "odt"])
    assert done.returncode == 0, done.stderr
    data, picture = exported_document(out, article_id, "article.odt")
    found = odt_paragraphs(data)
    # The stored article's date line carries its own time, so it is left out of the comparison.
    wanted = squeezed_paragraphs(contract_article(), picture=True)
    assert found[:4] == wanted[:4] and found[5:] == wanted[5:]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        held = [archive.read(n) for n in archive.namelist() if n.startswith("Pictures/")]
    assert held == [picture]


def test_characters_xml_cannot_hold_and_unsafe_links_are_left_out() -> None:
    data = exporter("odt").render(unsafe_text_article())
    texts = [t for t, _ in odt_paragraphs(data)]
    assert texts[1] == "abcde سطر" == texts[-1]
    assert odt_links(data) == []
