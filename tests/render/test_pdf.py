"""The PDF proof: A4 pages with a proof header and page numbers, text in logical order."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk.domain.document import Block, Document
from newsdesk.errors import InvalidInputError
from newsdesk.render.pdf.pages import write_proof_pdf
from samples import AR_HEADLINE, arabic_content, french_content, stored

# The whole test session shares one Qt application: let pytest-qt make it a QApplication, so
# widget tests that run later in the same process still work.
pytestmark = pytest.mark.usefixtures("qapp")

# pdftotext marks right-to-left runs with bidi embedding controls, taken out before comparing
# with the source; the letters are compared as they are (no Unicode normalisation).
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _logical(text: str) -> str:
    return re.sub(r"\s+", "", _BIDI_CONTROLS.sub("", text))


def _pdf_text(need_tool, path: Path, *options: str) -> str:
    pdftotext = need_tool("pdftotext")
    run = subprocess.run(
        [pdftotext, *options, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return run.stdout.decode("utf-8")


def test_arabic_proof_has_the_headline_in_logical_order(need_tool, tmp_path: Path) -> None:
    out = tmp_path / "proof.pdf"
    result = write_proof_pdf(stored(arabic_content()), out)
    assert result.path == out and result.pages >= 1
    assert out.read_bytes().startswith(b"%PDF")
    text = _logical(_pdf_text(need_tool, out))
    assert _logical(AR_HEADLINE) in text
    # Reversed (visual order) letters would mean the PDF holds no logical text.
    assert _logical(AR_HEADLINE)[::-1] not in text
    # pdftotext moves neutral "·" around numbers when it reorders; the words stay in order.
    for words in ("مسودة", "النسخة", "ليست للنشر"):
        assert _logical(words) in text
    assert _logical(f"صفحة 1 من {result.pages}") in text


def test_long_french_proof_numbers_every_page(need_tool, tmp_path: Path) -> None:
    paragraph = "Le ministère a présenté le bilan de la couverture médicale des artisans. " * 12
    content = french_content(body=Document(tuple(Block(text=paragraph) for _ in range(30))))
    article = replace(stored(content), version=7)
    out = tmp_path / "long.pdf"
    result = write_proof_pdf(article, out)
    assert result.pages > 2
    text = _pdf_text(need_tool, out, "-layout")
    pages = [re.sub(r"[ \t]+", " ", page) for page in text.split("\f")]
    for number in range(1, result.pages + 1):
        page = pages[number - 1]
        assert f"page {number} sur {result.pages}" in page
        assert "épreuve — ne pas publier" in page
        assert "version 7" in page
        assert "Couverture médicale" in page


def test_proof_pages_render_to_images(need_tool, tmp_path: Path) -> None:
    pdftoppm = need_tool("pdftoppm")
    out = tmp_path / "proof.pdf"
    write_proof_pdf(stored(arabic_content()), out)
    subprocess.run(
        [pdftoppm, "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    images = sorted(tmp_path.glob("page*.png"))
    assert images and images[0].stat().st_size > 2000


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="folder does not exist"):
        write_proof_pdf(stored(arabic_content()), tmp_path / "nowhere" / "proof.pdf")


def test_cli_article_proof(db_url: str, tmp_path: Path, capsys, need_tool) -> None:
    base = ["--db", db_url, "--create"]
    assert main([*base, "article", "new", "--headline", AR_HEADLINE, "--json"]) == 0
    import json

    created = json.loads(capsys.readouterr().out)
    out = tmp_path / "cli-proof.pdf"
    code = main([*base, "article", "proof", created["id"][:8], "--out", str(out), "--json"])
    printed = json.loads(capsys.readouterr().out)
    assert code == 0
    assert printed["out"] == str(out) and printed["pages"] == 1
    assert _logical(AR_HEADLINE) in _logical(_pdf_text(need_tool, out))
    assert main([*base, "article", "proof", "nope0000", "--out", str(out)]) == 4
    assert "newsdesk: error:" in capsys.readouterr().err


def test_a_proof_cut_off_by_a_full_disk_keeps_the_earlier_one(tmp_path) -> None:
    """Qt's PDF writer reports no write error: the proof is checked whole before it replaces."""
    from limits import files_limited_to

    out = tmp_path / "proof.pdf"
    out.write_bytes(b"%PDF-1.4 the earlier proof\n%%EOF\n")
    with files_limited_to(4096), pytest.raises(InvalidInputError, match="cannot write"):
        write_proof_pdf(stored(arabic_content()), out)
    assert out.read_bytes() == b"%PDF-1.4 the earlier proof\n%%EOF\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proof.pdf"]
