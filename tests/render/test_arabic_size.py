"""In the PDF and the HTML page, Arabic body text is not set smaller than the Latin beside it."""

from __future__ import annotations

import re
import subprocess
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QImage

from inkheights import ARABIC_X, LATIN_X, ink_bottom, ink_top, mean
from newsdesk.domain.document import Block, Document
from newsdesk.render.html import render_article_html
from newsdesk.render.pdf.fonts import register_font_packages
from newsdesk.render.pdf.pages import write_proof_pdf
from newsdesk.render.pdf.script_size import arabic_scale
from newsdesk.render.script_scale import AMIRI, ARABIC_FACES, ARABIC_RANGE, SANS
from samples import arabic_content, stored

pytestmark = pytest.mark.usefixtures("qapp")

DPI = 300
MIXED = (
    " ".join([*ARABIC_X, *LATIN_X, *ARABIC_X]),
    " ".join([*LATIN_X, *ARABIC_X, *LATIN_X]),
)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def _words(need_tool, pdf: Path) -> list[tuple[float, float, float, float, str]]:
    run = [need_tool("pdftotext"), "-bbox", "-f", "1", "-l", "1", str(pdf), "-"]
    page = subprocess.run(run, capture_output=True, check=True).stdout.decode("utf-8")
    return [
        (float(x0), float(y0), float(x1), float(y1), unescape(text))
        for x0, y0, x1, y1, text in _WORD.findall(page)
    ]


def _page(need_tool, pdf: Path, folder: Path) -> QImage:
    prefix = folder / "page"
    run = [need_tool("pdftoppm"), "-r", str(DPI), "-f", "1", "-l", "1", "-gray"]
    subprocess.run([*run, str(pdf), str(prefix)], check=True)
    return QImage(str(next(folder.glob("page-*.pgm"))))


def test_arabic_letters_stand_as_high_as_latin_ones_in_the_pdf(need_tool, tmp_path) -> None:
    body = Document(tuple(Block(text=text) for text in MIXED))
    article = stored(arabic_content(body=body, standfirst="", tags=()))
    pdf = write_proof_pdf(article, tmp_path / "proof.pdf").path
    image = _page(need_tool, pdf, tmp_path)
    px = DPI / 72
    lines: list[list[tuple[float, float, float, float, str]]] = []
    letters = [w for w in _words(need_tool, pdf) if len(w[4]) == 1 and w[4] in ARABIC_X + LATIN_X]
    # Words of one line overlap from top to bottom; those of a larger size reach further.
    for word in sorted(letters, key=lambda w: (w[1] + w[3]) / 2):
        if lines and (word[1] + word[3]) / 2 < lines[-1][0][3]:
            lines[-1].append(word)
        else:
            lines.append([word])
    mixed = [line for line in lines if {w[4] for w in line} >= set(ARABIC_X + LATIN_X)]
    assert len(mixed) == 2, lines
    for line in mixed:
        box = [
            (int(x0 * px), int(y0 * px), int(x1 * px), int(y1 * px), t)
            for x0, y0, x1, y1, t in line
        ]
        # Latin x-height letters sit on the baseline: their lowest ink is the line's baseline.
        baseline = max(
            ink_bottom(image, x0, x1, y0, y1) or 0 for x0, y0, x1, y1, t in box if t in LATIN_X
        )
        heights: dict[str, list[int]] = {"arabic": [], "latin": []}
        for x0, y0, x1, _y1, letter in box:
            top = ink_top(image, x0, x1, y0, baseline)
            assert top is not None
            heights["arabic" if letter in ARABIC_X else "latin"].append(baseline - top)
        ratio = mean(heights["arabic"]) / mean(heights["latin"])
        # Unmatched, Amiri's Arabic letters stand at 0.85 of its Latin x-height.
        assert 0.95 <= ratio <= 1.12, heights


@pytest.mark.parametrize("face", [AMIRI, SANS], ids=["amiri", "noto-sans-arabic"])
@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_the_html_pages_factors_are_the_ones_measured_on_the_shipped_faces(face, bold) -> None:
    register_font_packages()
    font = QFont()
    font.setFamilies([face.regular[0].removesuffix(" Regular")])
    font.setBold(bold)
    assert arabic_scale(font) == pytest.approx(face.bold_scale if bold else face.scale, abs=0.01)


def test_the_html_page_enlarges_arabic_letters_not_arabic_paragraphs() -> None:
    html = render_article_html(arabic_content())
    for face in ARABIC_FACES:
        assert f'font-family: "{face.family}";' in html
        assert f"size-adjust: {face.size_adjust()};" in html
        assert f"size-adjust: {face.size_adjust(bold=True)};" in html
    assert html.count(f"unicode-range: {ARABIC_RANGE};") == 2 * len(ARABIC_FACES)
    assert "p:lang(ar)" not in html
    assert ".nd-standfirst:lang(ar)" not in html
    assert "font-size: 14pt;" in html
    assert 'font-family: "Newsdesk Naskh Arabic", "Newsdesk Sans Arabic", "Newsdesk Amiri",' in html
