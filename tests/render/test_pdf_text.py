"""A PDF's text comes back as it was typed, base letters and all, whatever fonts the machine has.

Read with pdftotext in its reading order (see `pdftools`); `-layout` reads the same way. `-raw`
is no reading of Arabic: it keeps the order of drawing, and Qt draws right-to-left text glyph by
glyph from the right, so poppler gives one letter a line there. Words are compared exactly: a
search for تعميم must find تعميم, not the presentation forms ﺗﻌﻤﻴﻢ.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from newsdesk.domain.document import Block, Document
from newsdesk.render.pdf.pages import article_pdf, write_proof_pdf
from pdftools import (
    PRESENTATION_FORMS,
    arabic_article,
    in_order,
    pdf_text,
    seed_paragraph,
    words,
)
from samples import french_content, stored

pytestmark = pytest.mark.usefixtures("qapp")

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


def test_every_word_of_an_arabic_news_article_comes_back_as_typed(need_tool, tmp_path) -> None:
    paragraph = seed_paragraph()
    assert len(paragraph.split()) == 64
    typed = words(paragraph)
    data, _pages = article_pdf(arabic_article(paragraph))
    text = pdf_text(need_tool, data, tmp_path)
    read = words(text)
    assert in_order(typed, read), [w for w in typed if w not in read]
    assert not PRESENTATION_FORMS.search(text)
    # Every lam-alef and every تعميم of the paragraph, as typed (the run above has them all;
    # these say so where a reader would look first).
    with_lam_alef = [w for w in typed if "لا" in w]
    assert len(with_lam_alef) == 5 and "الاجتماعي" in with_lam_alef
    assert all(w in read for w in with_lam_alef)
    assert read.count("تعميم") == typed.count("تعميم") == 1
    for option in ("-layout",):
        assert in_order(typed, words(pdf_text(need_tool, data, tmp_path, option)))


def test_the_proof_and_its_header_come_back_as_typed(need_tool, tmp_path) -> None:
    paragraph = seed_paragraph()
    article = arabic_article(paragraph, headline="تعميم الحماية الاجتماعية للصناع")
    out = tmp_path / "proof.pdf"
    write_proof_pdf(article, out)
    read = words(pdf_text(need_tool, out.read_bytes(), tmp_path))
    assert in_order(words(paragraph), read)
    assert read[:4] == words(article.headline)  # the header's headline, first on the page
    assert in_order(words("مسودة · النسخة 3 · نسخة مراجعة — ليست للنشر"), read)
    assert in_order(words("صفحة 1 من 1"), read)


def test_french_accents_and_ligatures_come_back(need_tool, tmp_path) -> None:
    paragraphs = (
        "Le ministère a présenté officiellement l’efficacité financière des œuvres sociales.",
        "Afin d’affiner le régime, la CNSS a réuni à Fès les délégués élus à Noël, naïfs ou non.",
    )
    body = Document(tuple(Block(text=p) for p in paragraphs))
    article = stored(french_content(body=body, headline="Couverture médicale : le bilan"))
    data, _pages = article_pdf(article)
    text = pdf_text(need_tool, data, tmp_path)
    read = words(text)
    for paragraph in paragraphs:
        assert in_order(words(paragraph), read), [w for w in words(paragraph) if w not in read]
    assert in_order(words(article.headline), read)
    assert not PRESENTATION_FORMS.search(text)  # ﬁ and ﬃ come back as letters


def test_eastern_arabic_digits_come_back(need_tool, tmp_path) -> None:
    paragraph = "سجل الصندوق ٦٤١ ألف صانع تقليدي في ٢٠٢٤ أي ١٢٫٥ في المائة من ٥٬١٣٠ ألف مهني"
    data, _pages = article_pdf(arabic_article(paragraph))
    read = words(pdf_text(need_tool, data, tmp_path))
    assert in_order(words(paragraph), read)
    assert {"٦٤١", "٢٠٢٤", "١٢", "٥", "١٣٠"} <= set(read)


def test_a_paragraph_in_two_directions_gives_back_every_word(need_tool, tmp_path) -> None:
    # Inside a right-to-left line poppler orders a left-to-right run its own way, so the words
    # are compared as a set here; each one still comes back whole and as typed.
    arabic = "وأكد المسؤول أن نظام AMO الذي تديره CNSS يشمل 641 ألف صانع منذ فبراير 2024."
    french = "Le ministre a déclaré : « هذا الورش مسؤولية جماعية » avant de partir."
    data, _pages = article_pdf(arabic_article(arabic))
    assert set(words(arabic)) <= set(words(pdf_text(need_tool, data, tmp_path)))
    body = Document((Block(text=french),))
    data, _pages = article_pdf(stored(french_content(body=body)))
    assert set(words(french)) <= set(words(pdf_text(need_tool, data, tmp_path)))


# A publication PDF of the seed article, written in a fresh process with the fontconfig the
# environment gives it; the bytes go to argv[1].
WRITE_PDF = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from newsdesk.render.pdf.pages import article_pdf
    from pdftools import arabic_article, seed_paragraph

    # "ș" is not in the shipped face: it must not be taken from one of the machine's.
    article = arabic_article(seed_paragraph(), headline="تعميم الحماية في Iași")
    data, _pages = article_pdf(article)
    Path(sys.argv[1]).write_bytes(data)

    # Whatever weight a page asks for, the face Qt gives under the PDF's family is a shipped one.
    from importlib import resources

    from PySide6.QtGui import QFont, QRawFont
    from newsdesk.render.pdf.fonts import pdf_family

    files = (resources.files("fontpkg_amiri") / "files").iterdir()
    shipped = {QRawFont(f.read_bytes(), 12).fontTable("head") for f in files}
    for weight in range(100, 1000, 100):
        for italic in (False, True):
            font = QFont()
            font.setFamilies([pdf_family()])
            font.setWeight(QFont.Weight(weight))
            font.setItalic(italic)
            font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
            if QRawFont.fromFont(font).fontTable("head") not in shipped:
                print("not a shipped face:", weight, italic, QRawFont.fromFont(font).styleName())
    """
)


def _fontconfig(folder: Path, *dirs: Path, renames: dict[Path, str] | None = None) -> Path:
    """A fontconfig file reading only `dirs`, giving the fonts under each key of `renames` the
    family named there."""
    entries = [f"<dir>{d}</dir>" for d in dirs] + [f"<cachedir>{folder / 'cache'}</cachedir>"]
    for where, family in (renames or {}).items():
        entries.append(
            '<match target="scan"><test name="file" compare="contains">'
            f"<string>{where}/</string></test>"
            f'<edit name="family" mode="assign" binding="same"><string>{family}</string></edit>'
            "</match>"
        )
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig>{''.join(entries)}</fontconfig>\n",
        encoding="utf-8",
    )
    return config


def _hostile_fonts(folder: Path) -> Path:
    """The machine's fonts, and faces that take the names the page asks for and the PDF face's.

    Two copies of the shipped Noto Sans Arabic, whose glyphs cannot be mapped back to letters
    (dotless bodies shared by several letters), are called "Noto Naskh Arabic" (the stylesheet's
    first Arabic face) and "Amiri". Debian's own Noto Naskh Arabic comes in with the machine's
    fonts when fonts-noto-core is installed; the test does not depend on it.
    """
    from importlib import resources

    shipped = resources.files("fontpkg_noto_sans_arabic") / "files"
    renames: dict[Path, str] = {}
    for family in ("Noto Naskh Arabic", "Amiri"):
        copy = folder / family.replace(" ", "-")
        copy.mkdir()
        for entry in shipped.iterdir():
            if entry.name.endswith(".ttf"):
                (copy / entry.name).write_bytes(entry.read_bytes())
        renames[copy] = family
    return _fontconfig(folder, Path("/usr/share/fonts"), *renames, renames=renames)


def _pdf_in_a_process(out: Path, fontconfig: Path | None) -> bytes:
    """The PDF WRITE_PDF writes in a fresh process reading fonts through `fontconfig`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), str(ROOT / "src")])
    if fontconfig is not None:
        env["FONTCONFIG_FILE"] = str(fontconfig)
    run = subprocess.run(
        [sys.executable, "-c", WRITE_PDF, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "not a shipped face" not in run.stdout, run.stdout
    return out.read_bytes()


def test_the_machine_fonts_change_nothing(need_tool, tmp_path) -> None:
    import pikepdf

    (tmp_path / "hostile").mkdir()
    (tmp_path / "none").mkdir()
    made = {
        "the machine's fonts": _pdf_in_a_process(tmp_path / "machine.pdf", None),
        "faces posing as Noto Naskh Arabic and Amiri": _pdf_in_a_process(
            tmp_path / "hostile.pdf", _hostile_fonts(tmp_path / "hostile")
        ),
        "no font at all": _pdf_in_a_process(tmp_path / "none.pdf", _fontconfig(tmp_path / "none")),
    }
    first = made["the machine's fonts"]
    assert [name for name, data in made.items() if data != first] == []
    with pikepdf.open(tmp_path / "hostile.pdf") as pdf:
        faces = {str(font.BaseFont) for font in pdf.pages[0].Resources.Font.values()}
    assert faces <= {"/Amiri-Regular", "/Amiri-Bold", "/Amiri-Italic", "/Amiri-BoldItalic"}
    typed = words(seed_paragraph())
    assert in_order(typed, words(pdf_text(need_tool, made["no font at all"], tmp_path)))


def _glyphs_placed(data: bytes) -> tuple[list[tuple[str, str, Decimal, Decimal]], int]:
    """Every glyph drawn on the first page, where it is drawn, sorted; and how many spans."""
    import pikepdf

    placed = []
    font, x, y, spans = "", Decimal(0), Decimal(0), 0
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for instruction in pikepdf.parse_content_stream(pdf.pages[0]):
            operator, operands = str(instruction.operator), list(instruction.operands)
            if operator == "Tf":
                font = str(operands[0])
            elif operator in ("BT", "Tm"):
                x = y = Decimal(0)
            elif operator == "Td":
                x, y = x + Decimal(str(operands[0])), y + Decimal(str(operands[1]))
            elif operator == "Tj":
                placed.append((font, bytes(operands[0]).hex(), x, y))
            elif operator == "BDC":
                spans += 1
    return sorted(placed), spans


def test_joining_strokes_to_their_letters_moves_no_glyph(monkeypatch) -> None:
    from newsdesk.render.pdf import finish

    article = arabic_article(seed_paragraph(), headline="الملكية لكن للكتاب")
    joined, spans = _glyphs_placed(article_pdf(article)[0])
    monkeypatch.setattr(finish, "join_parts_of_letters", lambda document, maps: 0)
    apart, none = _glyphs_placed(article_pdf(article)[0])
    assert spans > 0 and none == 0
    assert joined == apart


def test_vowel_signs_and_letters_each_give_back_their_own_character() -> None:
    # pdftotext sets a vowel sign off its line and splits the word there, so the PDF's own
    # maps are read: the sign's glyph gives the sign, the letter's glyph the letter alone.
    import pikepdf

    from newsdesk.render.pdf.textmaps import read_cmap

    data, _pages = article_pdf(arabic_article("بِسْمِ اللَّهِ الرَّحْمَنِ وَقَدْ تَعَلَّمَ"))
    given: set[str] = set()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for font in pdf.pages[0].Resources.Font.values():
            given |= set(read_cmap(font.ToUnicode.read_bytes()).values())
    signs = {"\u064e", "\u0650", "\u0651", "\u0652"}  # fatha, kasra, shadda, sukun
    assert signs <= given
    assert [t for t in given if len(t) > 1 and set(t) & signs] == []


# The ToUnicode map as Qt writes it: ranges of codes with a list of characters, or a first one.
QT_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfrange
<0000> <0000> <0000>
<0001> <0004> [<FE97> <FEF4> <0627> <FEFB> ]
<0010> <0012> <0061>
endbfrange
1 beginbfchar
<0020> <00660069>
endbfchar
endcmap
"""


def test_text_maps_read_qt_ranges_and_give_base_letters() -> None:
    from newsdesk.render.pdf.textmaps import base_letters, read_cmap, write_cmap

    read = read_cmap(QT_CMAP)
    assert read == {0: "\0", 1: "ﺗ", 2: "ﻴ", 3: "ا", 4: "ﻻ", 16: "a", 17: "b", 18: "c", 32: "fi"}
    assert base_letters("ﺗﻌﻤﻴﻢ") == "تعميم"
    assert base_letters("ﻻ") == "لا" and base_letters("ﬁ") == "fi"
    assert base_letters("«٦٤١» é") == "«٦٤١» é"  # everything else as it is
    mapped = {code: base_letters(text) for code, text in read.items()}
    assert read_cmap(write_cmap(mapped)) == mapped
    assert mapped[4] == "لا"  # lam-alef: the two letters, in logical order
