"""Word files built here with python-docx: structure, marks, right-to-left, and hostile packages."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from lxml import etree

from datafiles import LO_DOCX, LO_PICTURES_SOURCE
from importers.importsupport import ARABIC_HEADLINE, ARABIC_PARAGRAPH, rewrite_zip
from importers.libreoffice import VARIANTS, check_arabic_marks, convert, convert_file, marked
from newsdesk.domain.document import BlockKind, MarkKind
from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import SourceFile, read_source
from newsdesk.importers.package import MAX_ENTRIES
from newsdesk.importers.word import import_docx

BOMB = (
    '<!DOCTYPE w:document [<!ENTITY a "ههههههههههههههههههههههههه">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
)


def _bidi(paragraph, value: str | None = None) -> None:
    element = OxmlElement("w:bidi")
    if value is not None:
        element.set(qn("w:val"), value)
    paragraph._p.get_or_add_pPr().append(element)


def _hyperlink(paragraph, url: str, text: str) -> None:
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    label = OxmlElement("w:t")
    label.text = text
    run.append(label)
    link.append(run)
    paragraph._p.append(link)


def build_docx(path: Path) -> Path:
    """A small Arabic Word file with every structure the importer reads."""
    document = docx.Document()
    document.core_properties.title = "عنوان من خصائص الملف"
    heading = document.add_heading(ARABIC_HEADLINE, level=1)
    _bidi(heading)
    first = document.add_paragraph(ARABIC_PARAGRAPH + " ")
    _bidi(first)
    first.add_run("عريض").bold = True
    first.add_run(" و")
    first.add_run("مائل").italic = True
    first.add_run(" ثم ")
    _hyperlink(first, "https://example.ma/report", "التقرير")
    first.add_run(" و")
    _hyperlink(first, "javascript:alert(1)", "رابط")
    broken = document.add_paragraph("سطر أول")
    broken.runs[0].add_break(WD_BREAK.LINE)
    broken.add_run("سطر ثان")
    _bidi(broken)
    document.add_heading("عنوان فرعي", level=2)
    document.add_paragraph("البند الأول", style="List Bullet")
    document.add_paragraph("البند الثاني", style="List Number")
    french = document.add_paragraph("Le ministre a confirmé la date.")
    _bidi(french, "0")
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "نص في جدول"
    document.save(str(path))
    return path


def _import(path: Path):
    return import_docx(read_source(path, 50 * 1024 * 1024))


def test_docx_structure_marks_and_direction(tmp_path):
    result = _import(build_docx(tmp_path / "a.docx"))
    content = result.content
    assert content.headline == ARABIC_HEADLINE
    assert content.language == "ar"
    blocks = content.body.blocks
    first = blocks[0]
    assert first.kind == BlockKind.PARAGRAPH and first.direction == "rtl"
    marked = {(m.kind, first.text[m.start : m.end], m.href) for m in first.marks}
    assert marked == {
        (MarkKind.BOLD, "عريض", None),
        (MarkKind.ITALIC, "مائل", None),
        (MarkKind.LINK, "التقرير", "https://example.ma/report"),
    }
    assert first.text.endswith("التقرير ورابط")
    assert blocks[1].text == "سطر أول سطر ثان"
    assert blocks[2].kind == BlockKind.HEADING and blocks[2].level == 1
    assert [b.kind for b in blocks[3:5]] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]
    assert blocks[5].direction == "ltr"
    assert blocks[6].text == "نص في جدول"
    assert len(blocks) == 7


def test_docx_title_style_and_core_title(tmp_path):
    document = docx.Document()
    document.add_paragraph("مقدمة قصيرة")
    document.add_paragraph("عنوان بنمط العنوان", style="Title")
    document.add_paragraph(ARABIC_PARAGRAPH)
    path = tmp_path / "t.docx"
    document.save(str(path))
    result = _import(path)
    assert result.content.headline == "عنوان بنمط العنوان"
    assert [b.text for b in result.content.body.blocks] == ["مقدمة قصيرة", ARABIC_PARAGRAPH]

    plain = docx.Document()
    plain.core_properties.title = "Titre du document"
    plain.add_paragraph("Le conseil municipal a voté le budget de la ville.")
    path = tmp_path / "p.docx"
    plain.save(str(path))
    result = _import(path)
    assert result.content.headline == "Titre du document"
    assert result.content.language == "fr"


def test_style_level_bidi_makes_paragraphs_rtl(tmp_path):
    document = docx.Document()
    _bidi_style = OxmlElement("w:bidi")
    document.styles["Normal"].element.get_or_add_pPr().append(_bidi_style)
    document.add_paragraph(ARABIC_HEADLINE, style="Heading 1")
    document.add_paragraph(ARABIC_PARAGRAPH)
    path = tmp_path / "s.docx"
    document.save(str(path))
    assert _import(path).content.body.blocks[0].direction == "rtl"


def _with_doctype(tmp_path: Path, doctype: str, body_text: str, encoding: str = "utf-8") -> Path:
    good = build_docx(tmp_path / "good.docx")
    with zipfile.ZipFile(good) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    head, rest = xml.split("?>", 1)
    head = head.replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"')
    rest = rest.replace("سطر أول", body_text, 1)
    part = (head + "?>" + doctype + rest).encode(encoding)
    return rewrite_zip(good, tmp_path / "evil.docx", {"word/document.xml": part})


def test_entity_bomb_is_refused(tmp_path):
    path = _with_doctype(tmp_path, BOMB, "&e;")
    with pytest.raises(InvalidInputError, match="document type declaration"):
        _import(path)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_entity_bomb_in_utf16_is_refused_whatever_its_byte_order_mark(tmp_path, encoding):
    # Without a byte-order mark the raw bytes never spell "<!DOCTYPE": the decoded text must.
    path = _with_doctype(tmp_path, BOMB, "&e;", encoding)
    with pytest.raises(InvalidInputError, match="document type declaration"):
        _import(path)


def test_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT")
    doctype = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
    path = _with_doctype(tmp_path, doctype, "&x;")
    with pytest.raises(InvalidInputError, match="document type declaration"):
        _import(path)


def test_python_docx_parser_itself_does_not_resolve_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT")
    xml = f'<!DOCTYPE r [<!ENTITY x SYSTEM "{secret.as_uri()}"><!ENTITY a "AAAA">]><r>&x;&a;</r>'
    serialised = etree.tostring(parse_xml(xml.encode()))
    assert b"SECRET" not in serialised and b"AAAA" not in serialised


def test_zip_bomb_is_refused(tmp_path):
    good = build_docx(tmp_path / "good.docx")
    path = rewrite_zip(
        good, tmp_path / "bomb.docx", {"word/media/big.bin": b"\0" * (30 * 1024 * 1024)}
    )
    with pytest.raises(InvalidInputError, match="zip bomb"):
        _import(path)


def test_too_many_entries_are_refused(tmp_path):
    good = build_docx(tmp_path / "good.docx")
    extra = {f"word/media/p{n}.bin": b"x" for n in range(MAX_ENTRIES)}
    path = rewrite_zip(good, tmp_path / "many.docx", extra)
    with pytest.raises(InvalidInputError, match="too many parts"):
        _import(path)


@pytest.mark.parametrize("name", ["../escape.xml", "/abs.xml", "word/../../x.xml"])
def test_unsafe_part_names_are_refused(tmp_path, name):
    good = build_docx(tmp_path / "good.docx")
    path = rewrite_zip(good, tmp_path / "names.docx", {name: b"<x/>"})
    with pytest.raises(InvalidInputError, match="unsafe name"):
        _import(path)


def test_truncated_and_fake_docx_are_refused(tmp_path):
    good = build_docx(tmp_path / "good.docx").read_bytes()
    for name, data in [
        ("cut.docx", good[: len(good) // 2]),
        ("text.docx", "نص عادي وليس ملف وورد".encode()),
        ("other.docx", _zip_without_word()),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InvalidInputError):
            _import(path)


def _zip_without_word() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("readme.txt", "hello")
    return buffer.getvalue()


def test_empty_docx_is_refused(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    with pytest.raises(InvalidInputError, match="empty"):
        read_source(path, 1024)


def test_docx_with_no_words_is_refused(tmp_path):
    document = docx.Document()
    document.add_paragraph("   ")
    path = tmp_path / "blank.docx"
    document.save(str(path))
    with pytest.raises(InvalidInputError, match=r"no (text|words)"):
        import_docx(SourceFile(path, path.read_bytes()))


def _run_xml(props: str, text: str) -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _document_with_runs(tmp_path: Path, runs: str, bidi: bool = True) -> Path:
    document = docx.Document()
    paragraph = document.add_paragraph()
    if bidi:
        _bidi(paragraph)
    for run in parse_xml(f'<w:x xmlns:w="{_W}">{runs}</w:x>'):
        paragraph._p.append(run)
    path = tmp_path / "runs.docx"
    document.save(str(path))
    return path


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_libreoffice_docx_keeps_complex_script_marks_whole():
    # Saved by LibreOffice Writer from tests/data/libreoffice/arabic-marks.fodt: bold and italic
    # set for complex script only (w:bCs, w:iCs), the bold phrase split over three runs.
    result = _import(LO_DOCX)
    check_arabic_marks(list(result.content.body.blocks), result.content.headline)


@pytest.mark.parametrize("variant", VARIANTS)
def test_docx_saved_by_libreoffice_now(tmp_path, need_tool, variant):
    soffice = need_tool("soffice", "libreoffice")
    result = _import(convert(soffice, tmp_path, variant, "docx"))
    check_arabic_marks(list(result.content.body.blocks), result.content.headline)


def test_complex_script_properties_win_on_right_to_left_runs(tmp_path):
    runs = (
        _run_xml('<w:b/><w:bCs w:val="0"/><w:rtl/>', "ليس عريضا")
        + _run_xml("<w:i/>", " مائل")  # no w:iCs: the plain property stands in
        + _run_xml("<w:bCs/><w:iCs/>", " Latin")  # Latin text left to right: plain ones only
        + _run_xml("<w:iCs/><w:cs/>", " 2024")  # w:cs asks for the complex-script ones
    )
    block = _import(_document_with_runs(tmp_path, runs)).content.body.blocks[0]
    assert marked(block) == {("italic", " مائل", None), ("italic", " 2024", None)}


def test_digits_between_arabic_follow_the_paragraph(tmp_path):
    runs = _run_xml("<w:bCs/>", "45") + _run_xml("<w:bCs/><w:rtl/>", " ألف")
    rtl = _import(_document_with_runs(tmp_path, runs)).content.body.blocks[0]
    assert marked(rtl) == {("bold", "45 ألف", None)}
    runs = _run_xml("<w:bCs/>", "2024 ") + _run_xml("", "Rabat")
    ltr = _import(_document_with_runs(tmp_path, runs, bidi=False)).content.body.blocks[0]
    assert ltr.marks == ()


def test_character_style_marks_count(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("قال ")
    _bidi(paragraph)
    paragraph.add_run("الوزير", style="Strong")
    style_rpr = document.styles["Strong"].element.get_or_add_rPr()
    style_rpr.append(OxmlElement("w:bCs"))
    path = tmp_path / "strong.docx"
    document.save(str(path))
    block = _import(path).content.body.blocks[0]
    assert marked(block) == {("bold", "الوزير", None)}


def test_docx_picture_comes_in_with_its_bytes(tmp_path):
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    png = tmp_path / "p.png"
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\xff\x00\x00" * 2)
    end = chunk(b"IEND", b"")
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + end)
    document = docx.Document()
    document.add_paragraph(ARABIC_PARAGRAPH)
    document.add_picture(str(png))
    path = tmp_path / "pic.docx"
    document.save(str(path))
    result = _import(path)
    assert result.dropped == ()
    assert [b.kind for b in result.content.body.blocks] == [BlockKind.PARAGRAPH, BlockKind.IMAGE]
    [(src, data)] = result.pictures
    assert result.content.body.blocks[1].src == src and data == png.read_bytes()
    assert _import(build_docx(tmp_path / "none.docx")).dropped == ()


def test_libreoffice_heading_in_its_own_style_and_no_made_up_title(tmp_path, need_tool):
    # A text:h in a paragraph style that is no heading style: LibreOffice writes a Normal
    # paragraph with w:outlineLvl, and links its (empty) title with a relationship python-docx
    # does not know, for which python-docx would make up the title "Word Document".
    soffice = need_tool("soffice", "libreoffice")
    source = LO_PICTURES_SOURCE.read_text(encoding="utf-8")
    changed = tmp_path / "outline.fodt"
    changed.write_text(
        source.replace('<text:h text:style-name="P2"', '<text:h text:style-name="P1"'),
        encoding="utf-8",
    )
    made = convert_file(soffice, changed, "docx")
    result = _import(made)
    assert result.content.headline == "صور من الورش"
    assert [b.kind for b in result.content.body.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.IMAGE,
        BlockKind.PARAGRAPH,
    ]
    untitled = docx.Document()
    untitled.add_paragraph("Le conseil municipal a voté le budget.")
    path = tmp_path / "untitled.docx"
    untitled.save(str(path))
    with zipfile.ZipFile(path) as archive:
        rels = archive.read("_rels/.rels").replace(
            b"package/2006/relationships/metadata/core-properties",
            b"officedocument/2006/relationships/metadata/core-properties",
        )
    lo_like = rewrite_zip(path, tmp_path / "lo-like.docx", {"_rels/.rels": rels})
    assert _import(lo_like).content.headline == "Le conseil municipal a voté le budget."
