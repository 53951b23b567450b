"""Pictures in imported Word, OpenDocument and HTML files: image blocks, captions, alt, media."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from pathlib import Path

import docx
import pytest
from PIL import Image

from datafiles import LO_CAPTIONS_DOCX, LO_CAPTIONS_ODT, LO_CAPTIONS_SOURCE
from importers.importsupport import ARABIC_HEADLINE, ARABIC_PARAGRAPH, rewrite_zip
from importers.libreoffice import convert_file
from newsdesk.cli.main import main
from newsdesk.domain.document import Block, BlockKind
from newsdesk.importers import pictures
from newsdesk.importers.base import ImportedArticle
from newsdesk.importers.registry import read_file
from newsdesk.paths import media_dir
from newsdesk.services.articles import ArticleService
from newsdesk.services.importing import CREATED, ImportService
from newsdesk.storage.media import MediaStore
from support import SARA

# The two pictures of pictures-captions.fodt, as its base64 holds them.
_EMBEDDED = re.findall(
    r"<office:binary-data>([^<]+)</office:binary-data>", LO_CAPTIONS_SOURCE.read_text("utf-8")
)
PNG_SHA, JPEG_SHA = (hashlib.sha256(base64.b64decode(text)).hexdigest() for text in _EMBEDDED)
EXPECTED = [
    ("paragraph", "rtl", "افتتح المعرض صباح اليوم بحضور مئات الصناع.", "", ""),
    ("image", "rtl", "", "زربية من صنع تعاونية نسائية", "زربية حمراء معلقة على جدار الورشة"),
    ("paragraph", "rtl", "وقال رئيس الغرفة إن الإقبال فاق التوقعات.", "", ""),
    ("paragraph", "rtl", "يستمر المعرض أسبوعا.", "", ""),
    ("image", "rtl", "", "أوان نحاسية في جناح مكناس", "أواني نحاسية"),
    ("paragraph", "ltr", "Les artisans de Fès exposent jusqu'à dimanche.", "", ""),
]


def _shape(blocks: tuple[Block, ...]) -> list[tuple[str, str, str, str, str]]:
    return [(b.kind.value, b.direction, b.text, b.caption, b.alt) for b in blocks]


def _digests(imported: ImportedArticle) -> list[str]:
    """The SHA-256 of each image block's picture, in the body's order."""
    data = dict(imported.pictures)
    return [
        hashlib.sha256(data[b.src]).hexdigest()
        for b in imported.content.body.blocks
        if b.kind == BlockKind.IMAGE and b.src is not None
    ]


def _check_captions_document(imported: ImportedArticle) -> None:
    assert imported.content.headline == "معرض الصناعة التقليدية في فاس"
    assert _shape(imported.content.body.blocks) == EXPECTED
    assert _digests(imported) == [PNG_SHA, JPEG_SHA]
    assert imported.dropped == ()
    images = [b for b in imported.content.body.blocks if b.kind == BlockKind.IMAGE]
    assert [b.src for b in images] == [
        f"{PNG_SHA[:2]}/{PNG_SHA[:16]}.png",
        f"{JPEG_SHA[:2]}/{JPEG_SHA[:16]}.jpg",
    ]


@pytest.mark.parametrize(
    "path", [LO_CAPTIONS_DOCX, LO_CAPTIONS_ODT, LO_CAPTIONS_SOURCE], ids=["docx", "odt", "fodt"]
)
def test_libreoffice_pictures_come_in_in_place_with_caption_and_alt(path):
    _check_captions_document(read_file(path)[1])


@pytest.mark.parametrize("target", ["docx", "odt"])
def test_a_fresh_libreoffice_conversion_gives_the_same_blocks(tmp_path, need_tool, target):
    soffice = need_tool("soffice", "libreoffice")
    source = tmp_path / "captions.fodt"
    source.write_bytes(LO_CAPTIONS_SOURCE.read_bytes())
    _check_captions_document(read_file(convert_file(soffice, source, target))[1])


def test_import_files_the_pictures_in_the_media_folder(db, tmp_path):
    service = ImportService(db, SARA)
    service.media = MediaStore(tmp_path / "media")
    outcome = service.import_file(LO_CAPTIONS_ODT)
    assert outcome.status == CREATED, outcome.reason
    assert outcome.dropped == ()
    body = ArticleService(db, SARA).get(outcome.id).content.body
    images = [b for b in body.blocks if b.kind == BlockKind.IMAGE]
    stored = [service.media.resolve(b.src).read_bytes() for b in images if b.src]
    assert [hashlib.sha256(data).hexdigest() for data in stored] == [PNG_SHA, JPEG_SHA]
    assert [b.alt for b in images] == ["زربية حمراء معلقة على جدار الورشة", "أواني نحاسية"]


def test_cli_import_keeps_pictures_and_names_those_left_out(db_url, tmp_path, capsys):
    code = main(["--db", db_url, "--create", "import", str(LO_CAPTIONS_DOCX), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    [entry] = json.loads(out)["files"]
    assert entry["status"] == "created" and entry["dropped"] == {}
    main(["--db", db_url, "article", "show", entry["id"], "--json"])
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    srcs = [b["src"] for b in blocks if b["kind"] == "image"]
    digests = [hashlib.sha256((media_dir() / src).read_bytes()).hexdigest() for src in srcs]
    assert digests == [PNG_SHA, JPEG_SHA]
    page = tmp_path / "remote.html"
    page.write_text(
        f"<h1>{ARABIC_HEADLINE}</h1><p>{ARABIC_PARAGRAPH}</p>"
        "<figure><img src='https://example.ma/photo.jpg'><figcaption>صورة</figcaption></figure>",
        encoding="utf-8",
    )
    code = main(["--db", db_url, "import", str(page)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.splitlines()[0].endswith("left out: 1 remote picture")


def _png(size: tuple[int, int] = (4, 3), color: tuple[int, int, int] = (0, 90, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


def _bomb() -> bytes:
    """A small PNG that claims 20000 × 20000 pixels (400 megapixels)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    side = 20_000
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit grey
    rows = zlib.compress((b"\0" + b"\0" * (side // 8)) * side, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def _tiff() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 3)).save(out, "TIFF")
    return out.getvalue()


def _word_with_picture(folder: Path) -> Path:
    document = docx.Document()
    document.add_heading(ARABIC_HEADLINE, level=1)
    document.add_paragraph(ARABIC_PARAGRAPH)
    (folder / "p.png").write_bytes(_png())
    document.add_picture(str(folder / "p.png"))
    document.add_paragraph("Légende de la photo", style="Caption")
    document.add_paragraph("Fin.")
    path = folder / "picture.docx"
    document.save(str(path))
    return path


def test_word_picture_with_a_caption_paragraph(tmp_path):
    imported = read_file(_word_with_picture(tmp_path))[1]
    blocks = imported.content.body.blocks
    assert _shape(blocks) == [
        ("paragraph", "auto", ARABIC_PARAGRAPH, "", ""),
        ("image", "auto", "", "Légende de la photo", ""),
        ("paragraph", "auto", "Fin.", "", ""),
    ]
    assert _digests(imported) == [hashlib.sha256(_png()).hexdigest()]


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        (b"not a picture at all", "unreadable picture"),
        (_tiff(), "unreadable picture"),  # a picture, but of no format the media folder takes
        (_png()[:40], "unreadable picture"),  # cut short
        (_bomb(), "oversized picture"),
    ],
    ids=["text", "tiff", "truncated", "bomb"],
)
def test_a_bad_picture_in_word_is_listed_and_the_text_comes_in(tmp_path, bad, why):
    path = _word_with_picture(tmp_path)
    broken = rewrite_zip(path, tmp_path / "broken.docx", {"word/media/image1.png": bad})
    imported = read_file(broken)[1]
    assert imported.dropped == ((why, 1),)
    assert imported.pictures == ()
    # The caption stays as the paragraph it was.
    assert [b.text for b in imported.content.body.blocks] == [
        ARABIC_PARAGRAPH,
        "Légende de la photo",
        "Fin.",
    ]


def test_a_picture_too_heavy_is_listed_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(pictures, "MAX_PICTURE_BYTES", 50)
    imported = read_file(_word_with_picture(tmp_path))[1]
    assert imported.dropped == (("oversized picture", 1),)


def test_a_linked_word_picture_is_not_followed(tmp_path):
    path = _word_with_picture(tmp_path)
    rels = "word/_rels/document.xml.rels"
    import zipfile

    with zipfile.ZipFile(path) as archive:
        text = archive.read(rels).decode()
    for target, why in (
        ("https://example.ma/photo.png", "remote picture"),
        ("file:///etc/hostname", "missing picture"),
    ):
        linked = re.sub(
            r'Target="media/image1.png"', f'Target="{target}" TargetMode="External"', text
        )
        assert linked != text
        changed = rewrite_zip(path, tmp_path / "linked.docx", {rels: linked.encode()})
        imported = read_file(changed)[1]
        assert imported.dropped == ((why, 1),)
        assert [b.kind for b in imported.content.body.blocks] == [BlockKind.PARAGRAPH] * 3


def test_html_figures_images_data_uris_and_files_beside(tmp_path):
    folder = tmp_path / "page"
    (folder / "photos").mkdir(parents=True)
    red, blue = _png(color=(200, 0, 0)), _png(color=(0, 0, 200))
    (folder / "photos" / "صورة 1.png").write_bytes(red)
    (tmp_path / "secret.png").write_bytes(blue)  # outside the page's folder
    (folder / "link.png").symlink_to(tmp_path / "secret.png")
    (folder / "fake.jpg").write_bytes(b"<html>not a picture</html>")
    data_uri = "data:image/png;base64," + base64.b64encode(blue).decode()
    page = folder / "story.html"
    page.write_text(
        f"""<html lang="ar"><body><h1>{ARABIC_HEADLINE}</h1>
<p>{ARABIC_PARAGRAPH}</p>
<figure dir="rtl"><img src="photos/%D8%B5%D9%88%D8%B1%D8%A9%201.png" alt="زربية">
<figcaption>زربية من <b>فاس</b></figcaption></figure>
<p dir="ltr">Texte <img src="{data_uri}" alt="Logo bleu"> suite.</p>
<figure><img src="https://example.ma/a.jpg"><figcaption>صورة بعيدة</figcaption></figure>
<img src="../secret.png"><img src="link.png"><img src="/etc/passwd"><img src="fake.jpg">
<img src="javascript:alert(1)"><img src="data:image/png;base64,!!!"><img src="{"a/" * 3000}x.png">
<p>النهاية.</p></body></html>""",
        encoding="utf-8",
    )
    imported = read_file(page)[1]
    assert _shape(imported.content.body.blocks) == [
        ("paragraph", "auto", ARABIC_PARAGRAPH, "", ""),
        ("image", "rtl", "", "زربية من فاس", "زربية"),
        ("paragraph", "ltr", "Texte suite.", "", ""),
        ("image", "ltr", "", "", "Logo bleu"),
        ("paragraph", "auto", "صورة بعيدة", "", ""),  # its picture is not fetched
        ("paragraph", "auto", "النهاية.", "", ""),
    ]
    sha = [hashlib.sha256(data).hexdigest() for data in (red, blue)]
    assert _digests(imported) == sha
    assert dict(imported.dropped) == {
        "remote picture": 1,
        "missing picture": 5,  # outside the folder (twice), absolute, javascript:, too long
        "unreadable picture": 2,  # not a picture, a broken data: URI
    }


def test_libreoffice_made_word_file_with_a_linked_picture(tmp_path, need_tool):
    # LibreOffice keeps an HTML page's pictures as links to files when it saves .docx: such a
    # link is never followed (it could name any file on the machine); it is listed.
    soffice = need_tool("soffice", "libreoffice")
    (tmp_path / "red.png").write_bytes(_png())
    page = tmp_path / "story.html"
    page.write_text(
        f'<html lang="ar" dir="rtl"><body><h1>{ARABIC_HEADLINE}</h1><p>{ARABIC_PARAGRAPH}</p>'
        '<p><img src="red.png" alt="زربية"></p><p>النهاية.</p></body></html>',
        encoding="utf-8",
    )
    made = convert_file(soffice, page, "docx", infilter="HTML (StarWriter)")
    imported = read_file(made)[1]
    assert imported.content.headline == ARABIC_HEADLINE
    assert [b.text for b in imported.content.body.blocks] == [ARABIC_PARAGRAPH, "النهاية."]
    assert imported.dropped == (("missing picture", 1),)


@pytest.mark.parametrize(
    ("bad", "why"),
    [(b"\x89PNG\r\n\x1a\n broken", "unreadable picture"), (_bomb(), "oversized picture")],
    ids=["damaged", "bomb"],
)
def test_a_bad_picture_in_an_odt_leaves_the_rest_whole(tmp_path, bad, why):
    import zipfile

    with zipfile.ZipFile(LO_CAPTIONS_ODT) as archive:
        [png] = [n for n in archive.namelist() if n.startswith("Pictures/") and n.endswith(".png")]
    broken = rewrite_zip(LO_CAPTIONS_ODT, tmp_path / "broken.odt", {png: bad})
    imported = read_file(broken)[1]
    assert imported.dropped == ((why, 1),)
    shape = _shape(imported.content.body.blocks)
    # The picture's place keeps its caption paragraph, as the document had it.
    assert shape[1] == ("paragraph", "rtl", "زربية من صنع تعاونية نسائية", "", "")
    assert shape[:1] + shape[2:] == EXPECTED[:1] + EXPECTED[2:]
    assert _digests(imported) == [JPEG_SHA]


def test_flat_odt_pictures_by_address_are_not_fetched_or_read(tmp_path):
    source = LO_CAPTIONS_SOURCE.read_text(encoding="utf-8")
    first, second = _EMBEDDED
    changed = source.replace(
        f"<draw:image><office:binary-data>{first}</office:binary-data></draw:image>",
        '<draw:image xlink:href="https://example.ma/zarbia.png"/>',
    ).replace(
        f"<draw:image><office:binary-data>{second}</office:binary-data></draw:image>",
        '<draw:image xlink:href="../../etc/passwd"/>',
    )
    assert changed.count("binary-data") == 0
    path = tmp_path / "linked.fodt"
    path.write_text(changed, encoding="utf-8")
    imported = read_file(path)[1]
    assert imported.dropped == (("remote picture", 1), ("missing picture", 1))
    assert imported.pictures == ()
    assert [b.kind for b in imported.content.body.blocks] == [BlockKind.PARAGRAPH] * 6


def test_a_caption_keeps_its_own_direction(tmp_path):
    # The picture's paragraph says nothing of direction; the Arabic caption is right to left,
    # the French one left to right: each picture takes its caption's.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph(ARABIC_PARAGRAPH)
    for caption, bidi in (("زربية من صنع تعاونية نسائية", "1"), ("Tapis de Fès", "0")):
        document.add_picture(io.BytesIO(_png()))
        paragraph = document.add_paragraph(caption, style="Caption")
        element = OxmlElement("w:bidi")
        element.set(qn("w:val"), bidi)
        paragraph._p.get_or_add_pPr().append(element)
    path = tmp_path / "directions.docx"
    document.save(str(path))
    blocks = read_file(path)[1].content.body.blocks
    assert [(b.kind.value, b.direction, b.caption) for b in blocks[1:]] == [
        ("image", "rtl", "زربية من صنع تعاونية نسائية"),
        ("image", "ltr", "Tapis de Fès"),
    ]


def test_a_newsdesk_word_file_brings_its_picture_back_in_place(tmp_path):
    from export.exportsamples import CONTRACT_PICTURE, contract_article, write_picture
    from newsdesk.export.media import BundleMedia
    from newsdesk.export.registry import exporter

    store = MediaStore(tmp_path / "media")
    write_picture(store.root / CONTRACT_PICTURE)
    article = contract_article()
    local, media = BundleMedia(store).localise(article)
    [copy] = media.values()
    path = tmp_path / "article.docx"
    path.write_bytes(exporter("docx").render_bundled(local, media))
    imported = read_file(path)[1]
    # Kicker, standfirst, byline and date line come first; then the body, block for block.
    body = imported.content.body.blocks[4:]
    assert [b.kind for b in body] == [b.kind for b in article.content.body.blocks]
    image = next(b for b in article.content.body.blocks if b.kind == BlockKind.IMAGE)
    [back] = [b for b in body if b.kind == BlockKind.IMAGE]
    # Newsdesk's Word file writes the credit on the caption's line, and the caption as alt text.
    assert back.caption == f"{image.caption} — {image.credit}"
    assert back.alt == image.caption
    assert dict(imported.pictures)[back.src] == copy.data


def test_a_page_saved_by_a_browser_brings_its_pictures_from_its_files_folder(tmp_path):
    # "Save page as… complete": the page, and its pictures in story_files/ named "./story_files/…".
    files = tmp_path / "story_files"
    files.mkdir()
    photo = _png((8, 5), (10, 120, 60))
    (files / "photo.png").write_bytes(photo)
    page = tmp_path / "story.html"
    page.write_text(
        """<html lang="fr"><head><meta charset="utf-8"><title>Salon</title></head><body>
<nav><img src="./story_files/photo.png" alt="logo du site"></nav>
<h1>Salon de l'artisanat à Fès</h1><p>Le salon a ouvert ses portes ce matin.</p>
<figure><a href="https://example.ma/grand.jpg"><img src="./story_files/photo.png"
 srcset="https://example.ma/grand.jpg 2x" alt="Tapis"></a>
<figcaption dir="rtl">زربية من صنع تعاونية نسائية</figcaption></figure>
<p>Il ferme dimanche.</p></body></html>""",
        encoding="utf-8",
    )
    imported = read_file(page)[1]
    assert _shape(imported.content.body.blocks) == [
        ("paragraph", "auto", "Le salon a ouvert ses portes ce matin.", "", ""),
        ("image", "rtl", "", "زربية من صنع تعاونية نسائية", "Tapis"),
        ("paragraph", "auto", "Il ferme dimanche.", "", ""),
    ]
    assert _digests(imported) == [hashlib.sha256(photo).hexdigest()]
    assert imported.dropped == ()  # the site's menu and its logo are not the story


def test_html_figures_nested_or_left_open_keep_every_picture(tmp_path):
    red, blue = _png(color=(200, 0, 0)), _png(color=(0, 0, 200))
    (tmp_path / "red.png").write_bytes(red)
    svg = b"<svg xmlns='http://www.w3.org/2000/svg'/>"
    page = tmp_path / "page.html"
    page.write_text(
        f"<h1>{ARABIC_HEADLINE}</h1><p>{ARABIC_PARAGRAPH}</p>"
        "<figure><img src='red.png' alt='أحمر'><figure>"
        f"<img src='data:image/png;base64,{base64.b64encode(blue).decode()}'>"
        "<figcaption>أزرق</figcaption></figure>"
        "<img src='data:image/svg+xml,%3Csvg%3E%3C/svg%3E'>"
        f"<img src='data:image/svg+xml;base64,{base64.b64encode(svg).decode()}'>",
        encoding="utf-8",
    )
    imported = read_file(page)[1]
    assert [(b.kind.value, b.caption, b.alt) for b in imported.content.body.blocks] == [
        ("paragraph", "", ""),
        ("image", "", "أحمر"),
        ("image", "أزرق", ""),
    ]
    assert _digests(imported) == [hashlib.sha256(p).hexdigest() for p in (red, blue)]
    assert imported.dropped == (("unreadable picture", 2),)  # SVG is no picture the desk takes


def test_pictures_where_the_text_is_not_read_are_still_listed(tmp_path):
    # A Word picture in a content control, a Writer picture anchored to the page: neither sits
    # in a paragraph the import reads, so each is listed as left out, never dropped unsaid.
    from docx.oxml import OxmlElement

    path = _word_with_picture(tmp_path)
    document = docx.Document(str(path))
    picture_paragraph = document.paragraphs[2]._p
    assert picture_paragraph.xpath(".//a:blip")
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    picture_paragraph.addprevious(control)
    control.append(content)
    content.append(picture_paragraph)
    document.save(str(path))
    imported = read_file(path)[1]
    assert imported.dropped == (("picture", 1),)
    assert imported.pictures == ()
    page_anchored = (
        '<draw:frame text:anchor-type="page" text:anchor-page-number="1" svg:width="2cm">'
        f"<draw:image><office:binary-data>{_EMBEDDED[0]}</office:binary-data></draw:image>"
        "</draw:frame>"
    )
    source = LO_CAPTIONS_SOURCE.read_text(encoding="utf-8")
    marker = "</text:sequence-decls>"
    flat = tmp_path / "page.fodt"
    flat.write_text(source.replace(marker, marker + page_anchored), encoding="utf-8")
    imported = read_file(flat)[1]
    assert imported.dropped == (("picture", 1),)
    assert _digests(imported) == [PNG_SHA, JPEG_SHA]  # the others come in as before
