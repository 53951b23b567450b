"""OpenDocument text made by LibreOffice and by hand: structure, marks, direction, hostile files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from datafiles import (
    LO_ODT,
    LO_PICTURES_DOCX,
    LO_PICTURES_ODT,
    LO_PICTURES_SOURCE,
    LO_SOURCE,
)
from importers.importsupport import rewrite_zip
from importers.libreoffice import VARIANTS, check_arabic_marks, convert, marked
from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import read_source
from newsdesk.importers.package import MAX_ENTRIES
from newsdesk.importers.registry import importer_for, read_file

BOMB = (
    '<!DOCTYPE office:document-content [<!ENTITY a "ههههههههههههههههههههههه">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
)
_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _import(path: Path):
    return read_file(path)[1]


def _flat(tmp_path: Path, body: str, styles: str = "", automatic: str = "") -> Path:
    path = tmp_path / "hand.fodt"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} office:version="1.3">'
        f"<office:styles>{styles}</office:styles>"
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document>",
        encoding="utf-8",
    )
    return path


def test_libreoffice_odt_keeps_every_phrase_whole():
    # Saved by LibreOffice Writer from tests/data/libreoffice/arabic-marks.fodt: bold and italic
    # for complex script only, automatic paragraph styles with style:writing-mode="rl-tb".
    result = _import(LO_ODT)
    assert result.kind == "odt" and result.content.language == "ar"
    check_arabic_marks(list(result.content.body.blocks), result.content.headline)


def test_flat_odt_source_imports_the_same():
    result = _import(LO_SOURCE)
    check_arabic_marks(list(result.content.body.blocks), result.content.headline)


@pytest.mark.parametrize("variant", VARIANTS)
def test_odt_saved_by_libreoffice_now(tmp_path, need_tool, variant):
    soffice = need_tool("soffice", "libreoffice")
    result = _import(convert(soffice, tmp_path, variant, "odt"))
    check_arabic_marks(list(result.content.body.blocks), result.content.headline)


def test_registry_and_file_filter_know_odt():
    assert importer_for(Path("a.ODT")).name == "odt"
    assert importer_for(Path("a.fodt")).name == "odt"
    from newsdesk.gui.importing import PATTERNS  # the GUI's import dialog filter

    assert "*.odt" in PATTERNS.split() and "*.fodt" in PATTERNS.split()


def test_direction_from_automatic_common_and_default_styles(tmp_path):
    styles = (
        '<style:default-style style:family="paragraph">'
        '<style:paragraph-properties style:writing-mode="lr-tb"/></style:default-style>'
        '<style:style style:name="Arabic" style:family="paragraph">'
        '<style:paragraph-properties style:writing-mode="rl-tb"/></style:style>'
        '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Arabic"/>'
        '<style:style style:name="Latin" style:family="paragraph">'
        '<style:paragraph-properties style:writing-mode="lr-tb"/></style:style>'
    )
    automatic = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Arabic">'
        '<style:paragraph-properties style:writing-mode="lr-tb"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Latin"/>'
    )
    body = (
        '<text:h text:outline-level="1">عنوان</text:h>'
        '<text:p text:style-name="Body">نص من نمط مشترك</text:p>'  # rtl through a parent
        '<text:p text:style-name="P1">Texte choisi de gauche à droite</text:p>'  # own: ltr
        '<text:p text:style-name="P2">نص في نمط لاتيني</text:p>'  # common lr-tb: letters decide
        "<text:p>نص بلا نمط</text:p>"  # default style lr-tb: letters decide
    )
    blocks = _import(_flat(tmp_path, body, styles, automatic)).content.body.blocks
    assert [b.direction for b in blocks] == ["rtl", "ltr", "auto", "auto"]


def test_spaces_breaks_nesting_and_weights(tmp_path):
    automatic = (
        '<style:style style:name="B" style:family="text">'
        '<style:text-properties fo:font-weight="700" style:font-weight-complex="700"/></style:style>'
        '<style:style style:name="I" style:family="text">'
        '<style:text-properties style:font-style-complex="italic"/></style:style>'
        '<style:style style:name="N" style:family="text">'
        '<style:text-properties style:font-weight-complex="normal"/></style:style>'
    )
    body = (
        '<text:p>  قال\n   الوزير<text:s text:c="2"/>إن<text:tab/>الرقم<text:line-break/>'
        '<text:span text:style-name="B">كبير <text:span text:style-name="I">جدا</text:span>'
        '<text:span text:style-name="N"> لا</text:span></text:span>'
        "<text:note><text:note-body><text:p>حاشية</text:p></text:note-body></text:note>"
        "<draw:frame><draw:image/></draw:frame>.</text:p>"
        '<text:p><text:a xlink:href="javascript:alert(1)">رابط</text:a> '
        '<text:a xlink:href="https://example.ma/">موقع</text:a></text:p>'
        "<table:table><table:table-row><table:table-cell><text:p>خلية</text:p>"
        "</table:table-cell></table:table-row></table:table>"
    )
    blocks = _import(_flat(tmp_path, body, automatic=automatic)).content.body.blocks
    first = blocks[0]
    assert first.text == "قال الوزير  إن الرقم كبير جدا لا."
    assert marked(first) == {("bold", "كبير جدا", None), ("italic", "جدا", None)}
    assert marked(blocks[1]) == {("link", "موقع", "https://example.ma/")}
    assert blocks[2].text == "خلية"


def test_title_style_and_meta_title(tmp_path):
    styles = '<style:style style:name="Title" style:family="paragraph"/>'
    body = '<text:p>مقدمة</text:p><text:p text:style-name="Title">عنوان بنمط العنوان</text:p>'
    result = _import(_flat(tmp_path, body, styles))
    assert result.content.headline == "عنوان بنمط العنوان"
    assert [b.text for b in result.content.body.blocks] == ["مقدمة"]


def _content(path: Path = LO_ODT) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("content.xml").decode("utf-8")


def test_entity_bomb_in_content_is_refused(tmp_path):
    head, rest = _content().split("?>", 1)
    rest = rest.replace("جهة فاس مكناس", "&e;", 1)
    evil = rewrite_zip(
        LO_ODT, tmp_path / "bomb.odt", {"content.xml": (head + "?>" + BOMB + rest).encode()}
    )
    with pytest.raises(InvalidInputError, match="document type declaration"):
        _import(evil)


def test_entity_bomb_in_flat_odt_is_refused(tmp_path):
    text = LO_SOURCE.read_text(encoding="utf-8")
    head, rest = text.split("?>", 1)
    path = tmp_path / "bomb.fodt"
    path.write_text(
        head
        + "?>"
        + BOMB.replace("office:document-content", "office:document")
        + rest.replace("جهة فاس مكناس", "&e;", 1),
        encoding="utf-8",
    )
    with pytest.raises(InvalidInputError, match="document type declaration"):
        _import(path)


def test_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT")
    head, rest = _content().split("?>", 1)
    doctype = f'<!DOCTYPE office:document-content [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
    part = head + "?>" + doctype + rest.replace("جهة فاس مكناس", "&x;", 1)
    evil = rewrite_zip(LO_ODT, tmp_path / "xxe.odt", {"content.xml": part.encode()})
    with pytest.raises(InvalidInputError, match="document type declaration"):
        _import(evil)


def test_zip_bomb_is_refused(tmp_path):
    path = rewrite_zip(
        LO_ODT, tmp_path / "zip.odt", {"Pictures/big.bin": b"\0" * (30 * 1024 * 1024)}
    )
    with pytest.raises(InvalidInputError, match="zip bomb"):
        _import(path)


def test_too_many_parts_are_refused(tmp_path):
    extra = {f"Pictures/p{n}.bin": b"x" for n in range(MAX_ENTRIES)}
    with pytest.raises(InvalidInputError, match="too many parts"):
        _import(rewrite_zip(LO_ODT, tmp_path / "many.odt", extra))


@pytest.mark.parametrize("name", ["../escape.xml", "/abs.xml", "Pictures/../../x.xml"])
def test_unsafe_part_names_are_refused(tmp_path, name):
    with pytest.raises(InvalidInputError, match="unsafe name"):
        _import(rewrite_zip(LO_ODT, tmp_path / "names.odt", {name: b"<x/>"}))


def test_damaged_and_foreign_files_are_refused(tmp_path):
    good = LO_ODT.read_bytes()
    cases = {
        "cut.odt": good[: len(good) // 2],
        "text.odt": "نص عادي وليس ملفا".encode(),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    rewrite_zip(
        LO_ODT,
        tmp_path / "sheet.odt",
        {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"},
    )
    rewrite_zip(LO_ODT, tmp_path / "broken.odt", {"content.xml": b"<office:document-content"})
    with zipfile.ZipFile(tmp_path / "nocontent.odt", "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    for name, message in [
        ("cut.odt", "not an OpenDocument text|damaged"),
        ("text.odt", "not an OpenDocument text"),
        ("sheet.odt", "not an OpenDocument text"),
        ("broken.odt", "damaged"),
        ("nocontent.odt", "no content.xml part"),
    ]:
        with pytest.raises(InvalidInputError, match=message) as caught:
            _import(tmp_path / name)
        assert "\n" not in str(caught.value)


def test_odt_with_no_words_is_refused(tmp_path):
    with pytest.raises(InvalidInputError, match=r"no (text|words)"):
        _import(_flat(tmp_path, "<text:p>   </text:p><text:p>123</text:p>"))
    assert read_source(LO_ODT, 10**6).data[:2] == b"PK"


def test_paragraphs_following_a_right_to_left_page_are_rtl(tmp_path):
    styles = (
        '<style:default-style style:family="paragraph">'
        '<style:paragraph-properties style:writing-mode="page"/></style:default-style>'
    )
    automatic = (
        '<style:page-layout style:name="pm1"><style:page-layout-properties '
        'style:writing-mode="rl-tb"/></style:page-layout>'
    )
    path = _flat(tmp_path, "<text:p>Rabat, le 13 novembre</text:p>", styles, automatic)
    text = path.read_text(encoding="utf-8").replace(
        "</office:automatic-styles>",
        '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
        'style:page-layout-name="pm1"/></office:master-styles>',
    )
    for page, expected in (("rl-tb", "rtl"), ("lr-tb", "auto")):
        path.write_text(text.replace("rl-tb", page), encoding="utf-8")
        assert [b.direction for b in _import(path).content.body.blocks] == [expected]


@pytest.mark.parametrize("path", [LO_PICTURES_ODT, LO_PICTURES_DOCX, LO_PICTURES_SOURCE])
def test_notes_and_comments_are_counted_as_left_out_and_the_picture_comes_in(path):
    result = _import(path)
    assert result.dropped == (("note", 1), ("comment", 1))
    assert result.content.headline == "صور من الورش"
    assert [(b.kind.value, b.text) for b in result.content.body.blocks] == [
        ("paragraph", "زار الوزير الورش صباح اليوم."),  # no footnote, no comment in the text
        ("image", ""),
        ("paragraph", "الصانع في ورشته."),
    ]
    assert len(result.pictures) == 1
    assert _import(LO_ODT).dropped == ()


def test_a_captioned_picture_missing_is_listed_and_a_text_box_an_object(tmp_path):
    image = '<draw:image xlink:href="Pictures/a.png"/>'
    body = (
        "<text:h>عنوان</text:h><text:p>نص"
        f"<draw:frame><draw:text-box><text:p><draw:frame>{image}</draw:frame>"
        "تعليق</text:p></draw:text-box></draw:frame>"
        "<draw:frame><draw:text-box><text:p>مربع نص</text:p></draw:text-box></draw:frame></text:p>"
    )
    result = _import(_flat(tmp_path, body))
    # A flat file has no Pictures/ folder: the picture is missing; its caption stays as text.
    assert result.dropped == (("missing picture", 1), ("object", 1))
    assert [b.text for b in result.content.body.blocks] == ["نص", "تعليق"]
