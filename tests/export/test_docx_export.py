"""The Word export read back with python-docx and re-imported with Newsdesk's own importer."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

from export.cliexport import (
    approved_contract_article,
    export_command,
    exported_document,
    run_export,
)
from export.docxsamples import expected_paragraphs, paragraph_direction, read_docx
from export.exportsamples import contract_article, french_article, unsafe_text_article
from newsdesk.domain.document import BlockKind, Document, Mark, MarkKind
from newsdesk.export.media import BundleMedia
from newsdesk.export.registry import exporter
from newsdesk.importers.base import SourceFile
from newsdesk.importers.word import import_docx
from newsdesk.text.direction import resolve_direction
from newsdesk.timeutil import as_utc
from samples import CNSS_PARAGRAPH

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _runs(document):
    for paragraph in document.paragraphs:
        yield from paragraph._p.iter(f"{W}r")


def test_every_paragraph_has_its_text_and_the_editors_direction() -> None:
    for article in (contract_article(), french_article()):
        document = read_docx(exporter("docx").render(article))
        found = [(p.text, paragraph_direction(p)) for p in document.paragraphs]
        assert found == expected_paragraphs(article)


def test_the_acronym_paragraph_is_right_to_left_and_the_english_one_left_to_right() -> None:
    document = read_docx(exporter("docx").render(contract_article()))
    by_text = {p.text: paragraph_direction(p) for p in document.paragraphs}
    assert (
        by_text["CNSS يسجل 641 ألف صانع تقليدي ضمن المستفيدين من التأمين الإجباري عن المرض"]
        == "rtl"
    )
    assert by_text["AMO: regime of basic coverage"] == "ltr"


def test_right_to_left_runs_are_marked_with_complex_script_font_and_marks() -> None:
    document = read_docx(exporter("docx").render(contract_article()))
    runs = list(_runs(document))
    for run in runs:
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        r_pr = run.find(f"{W}rPr")
        rtl = r_pr is not None and r_pr.find(f"{W}rtl") is not None
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in text)
        latin = any(ch.isascii() and ch.isalpha() for ch in text)
        assert rtl == arabic and not (rtl and latin), text
        if rtl:
            fonts = r_pr.find(f"{W}rFonts")
            assert fonts is not None and fonts.get(f"{W}cs"), text
            for latin_mark, cs_mark in (("b", "bCs"), ("i", "iCs")):
                has = r_pr.find(f"{W}{latin_mark}") is not None
                assert has == (r_pr.find(f"{W}{cs_mark}") is not None), text
    bold = [r for r in runs if r.find(f"{W}rPr/{W}bCs") is not None]
    assert any("".join(t.text for t in r.iter(f"{W}t")) == "أعلن" for r in bold)


def test_document_language_core_properties_and_links() -> None:
    article = contract_article()
    data = exporter("docx").render(article)
    document = read_docx(data)
    lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang is not None and lang.get(f"{W}bidi") == "ar-MA"
    fonts = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert fonts.get(f"{W}cs") and fonts.get(f"{W}cstheme") is None
    core = document.core_properties
    assert core.title == article.headline and core.language == "ar"
    assert core.keywords == ", ".join(article.content.tags) and article.content.tags
    assert core.created == as_utc(article.created_at).replace(microsecond=0)
    assert core.modified == as_utc(article.updated_at).replace(microsecond=0)
    links = [r.target_ref for r in document.part.rels.values() if r.is_external]
    assert links == ["https://example.org/a"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        names = archive.namelist()
        assert not [n for n in names if "thumbnail" in n or "stylesWithEffects" in n]
        assert "word/styles.xml" in names


def test_the_picture_is_embedded_with_its_caption_only_in_a_bundle(media_store) -> None:
    article = contract_article()
    local, media = BundleMedia(media_store).localise(article)
    [copy] = media.values()
    writer = exporter("docx")
    data = writer.render_bundled(local, media)
    assert data == writer.render_bundled(local, media)
    document = read_docx(data)
    found = [(p.text, paragraph_direction(p)) for p in document.paragraphs]
    assert found == expected_paragraphs(article, picture=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        pictures = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert [archive.read(n) for n in pictures] == [copy.data]
    [shape] = document.inline_shapes
    image = next(b for b in article.content.body.blocks if b.kind == BlockKind.IMAGE)
    assert shape._inline.docPr.get("descr") == image.caption
    section = document.sections[0]
    assert shape.width <= section.page_width - section.left_margin - section.right_margin
    with zipfile.ZipFile(io.BytesIO(writer.render(article))) as archive:
        assert not [n for n in archive.namelist() if n.startswith("word/media/")]


def _covered(marks) -> set[tuple[str, int, str | None]]:
    """Which characters each kind of mark covers: adjacent marks of one kind count as one."""
    return {(m.kind.value, i, m.href) for m in marks for i in range(m.start, m.end)}


def _with_mixed_bold(article):
    """The article with a bold span across a Latin and an Arabic word (two runs in Word)."""
    blocks = list(article.content.body.blocks)
    index = next(i for i, b in enumerate(blocks) if b.text == CNSS_PARAGRAPH)
    blocks[index] = replace(blocks[index], marks=(Mark(MarkKind.BOLD, 0, 9),))
    return replace(article, content=replace(article.content, body=Document(tuple(blocks))))


def test_reimporting_the_docx_gives_the_same_blocks() -> None:
    """Text, kind, direction and marks; pictures come back as their caption paragraph only.

    The importer reads a run's w:b and w:i (which the export writes beside w:bCs and w:iCs),
    so the marks are compared by the characters they cover: a bold span across scripts comes
    back as two adjacent bold marks until the importer merges them.
    """
    for article in (_with_mixed_bold(contract_article()), french_article()):
        data = exporter("docx").render(article)
        imported = import_docx(SourceFile(Path("article.docx"), data))
        content = article.content
        assert imported.content.headline == content.headline
        lang = content.language
        # The kicker comes before the headline; standfirst, byline and date line after it.
        blocks = imported.content.body.blocks
        assert blocks[0].text == content.kicker
        assert blocks[1].text == content.standfirst and blocks[2].text == content.byline
        wanted = []
        for block in content.body.blocks:
            if block.kind == BlockKind.IMAGE:
                text = f"{block.caption} — {block.credit}"
                words = f"{block.caption} {block.credit}"
                kind = BlockKind.PARAGRAPH
                direction = resolve_direction(words, lang, block.direction)
            else:
                text, kind = block.text, block.kind
                direction = resolve_direction(text, lang, block.direction)
            wanted.append((text, kind, block.level, direction, _covered(block.marks)))
        got = [(b.text, b.kind, b.level, b.direction, _covered(b.marks)) for b in blocks[4:]]
        assert got == wanted


def test_the_command_line_exports_docx_on_request(db_url, db, newsroom_media, tmp_path) -> None:
    """`newsdesk export --format docx` in its own process; an unknown format is one line."""
    article_id = approved_contract_article(db)
    out = tmp_path / "b.zip"
    base = export_command(db_url, out)
    done = run_export([*base, "--format", "word"])
    assert done.returncode == 0, done.stderr
    data, picture = exported_document(out, article_id, "article.docx")
    document = read_docx(data)
    found = [(p.text, paragraph_direction(p)) for p in document.paragraphs]
    # The stored article's date line carries its own time, so it is left out of the comparison.
    wanted = expected_paragraphs(contract_article(), picture=True)
    assert found[:4] == wanted[:4] and found[5:] == wanted[5:]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        held = [archive.read(n) for n in archive.namelist() if n.startswith("word/media/")]
    assert held == [picture]
    refused = tmp_path / "refused.zip"
    done = run_export([*base[:-1], str(refused), "--format", "rtf"])
    assert done.returncode != 0 and not refused.exists()
    assert done.stderr.strip().count("\n") == 0 and "unknown export format 'rtf'" in done.stderr


def test_characters_xml_cannot_hold_and_unsafe_links_are_left_out() -> None:
    document = read_docx(exporter("docx").render(unsafe_text_article()))
    assert document.paragraphs[1].text == "abcde سطر" == document.core_properties.title
    assert document.paragraphs[-1].text == "abcde سطر"
    assert not [r for r in document.part.rels.values() if r.is_external]
