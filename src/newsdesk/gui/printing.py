"""File → Print proof…: Qt's print preview of the proof, whose print button asks for a printer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPaintEngine
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk.errors import NewsdeskError
from newsdesk.gui.proof import Tell, saved_article

if TYPE_CHECKING:
    from newsdesk.domain.article import Article
    from newsdesk.gui.editor.article_editor import ArticleEditor


def proof_printer() -> QPrinter:
    """A printer set up for the proof: A4 with the proof's margins, one dot per CSS pixel."""
    from newsdesk.render.pdf.pages import RESOLUTION, proof_page_layout

    printer = QPrinter()
    printer.setResolution(RESOLUTION)
    printer.setPageLayout(proof_page_layout())
    return printer


def _previewing(printer: QPrinter) -> bool:
    # While the preview asks for its pages, the printer draws into a picture.
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def _to_pdf_file(printer: QPrinter) -> bool:
    return (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        and bool(printer.outputFileName())
        and not _previewing(printer)
    )


def print_on(printer: QPrinter, article: Article) -> int:
    """Paint the article's proof on `printer` (or on its preview); return the page count.

    Printed to a PDF file, it is the proof PDF itself, whose text copies back as typed.
    """
    from newsdesk.render.pdf.pages import RESOLUTION, paint_proof, write_proof_pdf

    if _to_pdf_file(printer):
        return write_proof_pdf(article, printer.outputFileName()).pages
    # The print dialog may have set up a printer anew; the proof is laid out at its own dots.
    if printer.resolution() != RESOLUTION:
        printer.setResolution(RESOLUTION)
    if printer.resolution() != RESOLUTION:
        # Laid out at other dots, the proof's pages would not be the PDF proof's.
        raise NewsdeskError(f"the printer cannot print at {RESOLUTION} dots per inch")
    printer.setDocName(article.headline or article.id)
    return paint_proof(article, printer, preview=_previewing(printer))


class ProofPreview(QPrintPreviewDialog):
    """The print preview of one article's proof; its print button opens the print dialog."""

    def __init__(self, article: Article, parent: QWidget | None, printer: QPrinter | None = None):
        # Kept here: the dialog does not own its printer, and Python would free it.
        self._printer = printer or proof_printer()
        super().__init__(self._printer, parent)
        self.article = article
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Print proof"))
        self.failure = ""
        self.paintRequested.connect(self._paint)

    def preview_widget(self) -> QPrintPreviewWidget:
        """The widget showing the pages."""
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None
        return widget

    def _paint(self, printer: QPrinter) -> None:
        try:
            print_on(printer, self.article)
        except (NewsdeskError, OSError) as exc:
            # Raised inside Qt's paint request it would be lost: it is shown once Qt is done.
            self.failure = str(exc)


def print_proof(editor: ArticleEditor | None, parent: QWidget, tell: Tell) -> None:
    """Show the saved front article's proof in Qt's print preview, from which it is printed."""
    article = saved_article(editor, tell)
    if article is None:
        return
    dialog = ProofPreview(article, parent)
    dialog.exec()
    if dialog.failure:
        QMessageBox.warning(
            parent, QCoreApplication.translate("MainWindow", "No proof"), dialog.failure
        )
    dialog.deleteLater()
