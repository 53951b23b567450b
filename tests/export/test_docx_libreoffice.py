"""Newsdesk's .docx opened by a real client: LibreOffice converts it headlessly, each paragraph
keeps its text and direction in the OpenDocument text, the HTML page and the PDF it writes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from export.cliexport import contract_file
from export.docxsamples import squeezed_paragraphs
from export.exportsamples import contract_article, french_article
from export.libreoffice import (
    BIDI_CONTROLS,
    convert,
    html_paragraphs,
    odf_default_languages,
    odf_paragraphs,
    odf_span_properties,
)
from newsdesk.export.registry import exporter
from newsdesk.export.word_package import ARABIC_FONT


def test_libreoffice_keeps_every_paragraphs_text_and_direction(
    need_tool, media_store, tmp_path: Path
) -> None:
    soffice = need_tool("soffice", "libreoffice")
    source = contract_file("docx", media_store, tmp_path)
    profile = tmp_path / "profile"
    wanted = squeezed_paragraphs(contract_article(), picture=True)

    flat_odf = convert(soffice, source, "fodt", profile)
    assert odf_paragraphs(flat_odf) == wanted
    # The bold Arabic word is bold as LibreOffice draws Arabic: in the complex-script properties.
    bold = odf_span_properties(flat_odf, "أعلن")
    assert bold.get("font-weight-complex") == "bold"
    assert bold.get("font-name-complex") == ARABIC_FONT
    assert ("ar", "MA") in odf_default_languages(flat_odf)
    page = convert(soffice, source, "html", profile)
    assert html_paragraphs(page) == wanted
    assert len(re.findall(r"<img\b", page.read_text(encoding="utf-8"))) == 1

    pdf = convert(soffice, source, "pdf", profile)
    pdftotext = need_tool("pdftotext")
    shown = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Lines wrap and Arabic ligatures come out spaced, so compare without any whitespace; some
    # poppler builds give the lam-alef ligature back in visual order, so fold it both ways.
    flat = _pdf_comparable(BIDI_CONTROLS.sub("", shown))
    for text, _direction in wanted:
        assert _pdf_comparable(text) in flat, text


def test_libreoffice_keeps_an_arabic_quote_right_to_left_in_a_french_article(
    need_tool, tmp_path: Path
) -> None:
    soffice = need_tool("soffice", "libreoffice")
    article = french_article()
    source = tmp_path / "article.docx"
    source.write_bytes(exporter("docx").render(article))
    found = odf_paragraphs(convert(soffice, source, "fodt", tmp_path / "profile"))
    wanted = squeezed_paragraphs(article)
    assert found == wanted
    assert {"rtl", "ltr"} <= {d for _t, d in wanted}


def _pdf_comparable(text: str) -> str:
    """Text without whitespace, with lam-alef in one order whichever way pdftotext gave it."""
    return re.sub("\u0644([\u0627\u0623\u0625\u0622])", "\\1\u0644", re.sub(r"\s+", "", text))
