"""File → Print proof…: Qt's print preview of the proof, which prints what the PDF proof shows."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QToolButton

from dialogwait import when_shown
from newsdesk.domain.document import Block, Document
from newsdesk.gui.printing import ProofPreview, proof_printer
from newsdesk.render.pdf.pages import paint_proof, write_proof_pdf
from pdftools import in_order, seed_paragraph, words
from samples import arabic_content, stored

pytestmark = pytest.mark.gui


def _long_article():
    body = Document(tuple(Block(text=seed_paragraph(60)) for _ in range(14)))
    return stored(arabic_content(headline="خبر للطباعة Proof", body=body, tags=()))


def _pages(need_tool, path: Path) -> int:
    info = subprocess.run(
        [need_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def _text(need_tool, path: Path) -> str:
    run = [need_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(run, capture_output=True, check=True).stdout.decode("utf-8")


def test_the_preview_shows_the_proofs_pages(qtbot, tmp_path, need_tool) -> None:
    article = _long_article()
    proof = write_proof_pdf(article, tmp_path / "proof.pdf")
    assert proof.pages >= 2
    dialog = ProofPreview(article, None)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.preview_widget()
    preview.updatePreview()
    assert preview.pageCount() == proof.pages == _pages(need_tool, proof.path)
    assert dialog.failure == ""


def test_printing_to_a_pdf_file_writes_the_proof(qtbot, tmp_path, need_tool) -> None:
    article = _long_article()
    proof = write_proof_pdf(article, tmp_path / "proof.pdf")
    printer = proof_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog = ProofPreview(article, None, printer)
    qtbot.addWidget(dialog)
    dialog.preview_widget().print()  # what the print dialog's Print button ends in
    assert dialog.failure == ""
    assert _pages(need_tool, printed) == proof.pages
    read = _text(need_tool, printed)
    assert read == _text(need_tool, proof.path)
    assert in_order(words(seed_paragraph(60)), words(read))


def _page_images(need_tool, pdf: Path, folder: Path) -> list[QImage]:
    prefix = folder / pdf.stem
    subprocess.run([need_tool("pdftoppm"), "-r", "30", "-gray", str(pdf), str(prefix)], check=True)
    return [QImage(str(path)) for path in sorted(folder.glob(f"{pdf.stem}-*.pgm"))]


def _difference(one: QImage, other: QImage) -> float:
    """The mean difference of two grey pictures of one size, from 0 (same) to 255."""
    assert one.size() == other.size()
    total = sum(
        abs(one.pixelColor(x, y).value() - other.pixelColor(x, y).value())
        for y in range(one.height())
        for x in range(one.width())
    )
    return total / (one.width() * one.height())


def _blurred_difference(one: QImage, other: QImage, block: int = 6) -> float:
    """The mean difference of the two pictures' averages over `block` by `block` squares.

    A page drawn as a picture is rasterised apart from the same page drawn as text: single
    pixels differ, the page seen from afar does not.
    """
    assert one.size() == other.size()

    def averages(image: QImage) -> list[float]:
        return [
            sum(image.pixelColor(x + i, y + j).value() for i in range(block) for j in range(block))
            / block**2
            for y in range(0, image.height() - block + 1, block)
            for x in range(0, image.width() - block + 1, block)
        ]

    pairs = zip(averages(one), averages(other), strict=True)
    return sum(abs(a - b) for a, b in pairs) / (one.width() // block * (one.height() // block))


def _painted_beside_the_proof(need_tool, folder: Path, *, preview: bool) -> list[tuple]:
    """Each page painted as on a printer (or its preview), with the proof PDF's same page.

    A PDF printer stands for the printer: its output can be read back.
    """
    article = _long_article()
    proof = write_proof_pdf(article, folder / "proof.pdf")
    printer = proof_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "painted.pdf"))
    assert paint_proof(article, printer, preview=preview) == proof.pages
    painted = _page_images(need_tool, folder / "painted.pdf", folder)
    expected = _page_images(need_tool, proof.path, folder)
    assert len(painted) == len(expected) == proof.pages
    return list(zip(painted, expected, strict=True))


def test_a_printer_is_given_the_proofs_pages_as_drawn(qtbot, tmp_path, need_tool) -> None:
    pages = _painted_beside_the_proof(need_tool, tmp_path, preview=False)
    for page, (mine, theirs) in enumerate(pages, 1):
        assert _difference(mine, theirs) < 0.5, f"page {page} differs from the proof's"
    assert "Proof" in _text(need_tool, tmp_path / "painted.pdf")


def test_print_proof_opens_the_preview_whose_print_button_asks_for_a_printer(qtbot, window) -> None:
    assert window.named_actions.print_proof.shortcut() == QKeySequence("Ctrl+P")
    assert window.named_actions.save_proof_pdf.shortcut() == QKeySequence("Ctrl+Shift+P")
    editor = window.new_article()
    editor.fields.headline.setText("بروفة للطباعة")
    editor.body.setPlainText("نص الخبر الكامل.")
    assert window.save_current()
    counted: list[int] = []
    asked = when_shown(QPrintDialog, lambda d: d.reject(), tries=400)

    def in_preview(dialog: ProofPreview) -> None:
        preview = dialog.preview_widget()
        qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=5000)
        counted.append(preview.pageCount())
        QTimer.singleShot(0, lambda: _press_print(dialog))

    shown = when_shown(ProofPreview, in_preview)
    window.named_actions.print_proof.trigger()
    assert shown and counted == [1]
    assert asked, "the print button opened no print dialog"
    assert shown[0].windowTitle() == "Print proof"


def _press_print(dialog: ProofPreview) -> None:
    button = next(
        b
        for b in dialog.findChildren(QToolButton)
        if b.defaultAction() is not None and b.defaultAction().text() == "Print"
    )
    button.defaultAction().trigger()
    # The print dialog was rejected: the preview stays open until closed.
    dialog.reject()


def test_the_preview_is_given_pictures_of_the_proofs_pages(qtbot, tmp_path, need_tool) -> None:
    # Qt's preview would shape recorded text anew at its zoom; pictures keep what was laid out.
    pages = _painted_beside_the_proof(need_tool, tmp_path, preview=True)
    assert _text(need_tool, tmp_path / "painted.pdf").strip("\f\n") == ""  # pictures, no text
    for page, (mine, theirs) in enumerate(pages, 1):
        # The same page scores about 2.5 here, two different pages of this article 6.5 to 8.5.
        assert _blurred_difference(mine, theirs) < 4.5, f"page {page} differs from the proof's"
