"""The PDF proof, and the publication PDF: the rendered article on numbered A4 pages.

The proof carries a header (headline, status, version, "not for publication"); the publication
PDF of a bundle is the same pages without it, with the article's pictures, and the same bytes
for the same article. QtGui's PDF writer lays out the renderer's HTML with real Arabic shaping
and each paragraph's own direction.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
    QUuid,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)

from newsdesk.atomic import atomic_path
from newsdesk.domain.article import Article
from newsdesk.domain.document import BlockKind, Document
from newsdesk.errors import InvalidInputError, NewsdeskError
from newsdesk.livefiles import refuse_live_database
from newsdesk.render.html import render_article_html
from newsdesk.render.labels import PAGE, PROOF_NOTICE, VERSION, label, status_in_language
from newsdesk.render.pdf.application import ensure_gui_application
from newsdesk.render.pdf.dates import document_uuid, fix_dates
from newsdesk.render.pdf.finish import finished
from newsdesk.render.pdf.fonts import pdf_font, use_shipped_face
from newsdesk.render.pdf.glyphs import GlyphTexts, prime
from newsdesk.render.pdf.images import Passthrough, passthrough
from newsdesk.render.pdf.lines import draw_in, one_line
from newsdesk.render.pdf.raster import draw_as_image
from newsdesk.render.pdf.runs import fit_line_heights, select_run, text_runs
from newsdesk.render.pdf.script_size import match_arabic_size

# At 96 dots per inch one CSS pixel is one device pixel, so the stylesheet means the same
# on paper as on screen; text stays vector whatever the resolution.
RESOLUTION = 96
MARGINS_MM = QMarginsF(18, 14, 18, 14)
# Qt also writes, clipped out of sight, the line just above each page's slice of a paragraph
# split across pages; the gap keeps that hidden line clear of the header's own text.
HEADER_GAP = 36.0
FOOTER_GAP = 10.0


@dataclass(frozen=True)
class _Drawn:
    """How many pages were drawn, and the text of each face's glyphs by number."""

    pages: int
    numbered: dict[bytes, list[str]]


@dataclass(frozen=True)
class ProofResult:
    """Where a proof was written and how many pages it has."""

    path: Path
    pages: int


class _ProofPainter:
    """Paints the header, the body slice and the footer of each page."""

    def __init__(
        self, article: Article, painter: QPainter, width: float, height: float, header: bool
    ):
        self.article = article
        self.painter = painter
        self.width = width
        language = article.language
        self.title_font = pdf_font(9, bold=True)
        self.meta_font = pdf_font(8)
        device = painter.device()
        self.title_h = QFontMetricsF(self.title_font, device).height() * 1.3
        self.meta_h = QFontMetricsF(self.meta_font, device).height() * 1.3
        self.header_h = self.title_h + self.meta_h + HEADER_GAP if header else 0.0
        self.footer_h = self.meta_h + FOOTER_GAP
        self.body_h = height - self.header_h - self.footer_h
        self.language = language
        status = status_in_language(article.status.value, language)
        version = label(VERSION, language).format(n=article.version)
        notice = label(PROOF_NOTICE, language)
        self.meta = f"{status} · {version} · {notice}"
        self.title = self.meta_line = QTextLayout()
        self.numbers: list[QTextLayout] = []

    def lay_out(self, total: int) -> list[QTextLayout]:
        """Lay out the header's lines and each page's number; return the layouts."""
        device = self.painter.device()
        if self.header_h:
            headline = self.article.headline.strip() or self.article.id
            self.title = one_line(headline, self.language, self.title_font, self.width, device)
            self.meta_line = one_line(self.meta, self.language, self.meta_font, self.width, device)
        self.numbers = [
            one_line(
                label(PAGE, self.language).format(n=page, total=total),
                self.language,
                self.meta_font,
                self.width,
                device,
                Qt.AlignmentFlag.AlignHCenter,
            )
            for page in range(1, total + 1)
        ]
        header = [self.title, self.meta_line] if self.header_h else []
        return [*header, *self.numbers]

    def header(self) -> None:
        painter = self.painter
        painter.setPen(QColor("#1d1d1f"))
        draw_in(painter, self.title, QRectF(0, 0, self.width, self.title_h))
        painter.setPen(QColor("#9c1c1c"))
        draw_in(painter, self.meta_line, QRectF(0, self.title_h, self.width, self.meta_h))
        painter.setPen(QPen(QColor("#b8b4ab"), 1))
        y = self.title_h + self.meta_h + 6
        painter.drawLine(0, int(y), int(self.width), int(y))

    def footer(self, page: int, top: float) -> None:
        self.painter.setPen(QColor("#55565a"))
        rect = QRectF(0, top + FOOTER_GAP, self.width, self.meta_h)
        draw_in(self.painter, self.numbers[page - 1], rect)


def proof_page_layout() -> QPageLayout:
    """The proof's page: A4 upright with its margins."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _set_up(writer: QPdfWriter, article: Article) -> None:
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(proof_page_layout())
    writer.setTitle(article.headline)
    writer.setCreator("Newsdesk")


def write_proof_pdf(article: Article, out: str | os.PathLike[str]) -> ProofResult:
    """Write the article's proof to `out` as an A4 PDF; return the path and page count."""
    path = Path(out)
    refuse_live_database(path, "write over")
    if not path.parent.is_dir():
        raise InvalidInputError(f"folder does not exist: {path.parent}")
    ensure_gui_application()
    try:
        # A proof that fails half-way leaves the earlier file at `out` as it was.
        with atomic_path(path) as temp:
            writer = QPdfWriter(str(temp))
            _set_up(writer, article)
            drawn = _draw(
                writer, article, header=True, document=_PageDocument({}), target=str(path)
            )
            del writer  # Qt finishes the file when its writer goes
            _check_complete(temp)
            temp.write_bytes(finished(temp.read_bytes(), drawn.numbered, {}))
            _check_complete(temp)
    except OSError as exc:
        raise InvalidInputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return ProofResult(path, drawn.pages)


def _check_complete(path: Path) -> None:
    # Qt's PDF writer does not report failed writes (a full disk, say): a whole PDF ends with
    # its end-of-file marker, so anything else is refused before it replaces the earlier file.
    with open(path, "rb") as written:
        written.seek(0, os.SEEK_END)
        written.seek(max(0, written.tell() - 32))
        if b"%%EOF" not in written.read():
            raise OSError("the PDF was cut off while it was written (is the disk full?)")


def article_pdf(article: Article, images: Mapping[str, bytes] | None = None) -> tuple[bytes, int]:
    """The publication PDF and its page count: the proof's pages without the proof header.

    Pictures come from `images` (bytes by the block's src) and nowhere else; JPEGs are embedded
    as they are. The bytes are the same whenever the article and its pictures are.
    """
    images = images or {}
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _set_up(writer, article)
    identity = document_uuid(article.id, article.version, article.updated_at, *sorted(images))
    writer.setDocumentId(QUuid(identity))
    document = _PageDocument(images)
    drawn = _draw(writer, article, header=False, document=document, target="memory")
    data = bytes(buffer.data().data())
    buffer.close()
    data = finished(fix_dates(data, article.updated_at), drawn.numbered, document.stand_ins)
    return data, drawn.pages


def paint_proof(article: Article, device: QPagedPaintDevice, *, preview: bool = False) -> int:
    """Paint the proof's pages, laid out as the proof PDF is, on a printer; return the count.

    The device must be at `RESOLUTION` dots per inch (one CSS pixel per dot, as in the PDF).
    A printer has no use for the glyph numbering only a PDF file needs; a print preview is
    given each page as a picture (see `raster`).
    """
    ensure_gui_application()
    drawn = _draw(
        device,
        article,
        header=True,
        document=_PageDocument({}),
        target="the printer",
        pdf=False,
        picture=preview,
    )
    return drawn.pages


def _draw(
    writer: QPagedPaintDevice,
    article: Article,
    *,
    header: bool,
    document: _PageDocument,
    target: str,
    pdf: bool = True,
    picture: bool = False,
) -> _Drawn:
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    painter = QPainter()
    if not painter.begin(writer):
        raise NewsdeskError(
            f"cannot write the PDF to {target}" if pdf else f"cannot print on {target}"
        )
    try:
        width, height = float(page.width()), float(page.height())
        return _paint(
            article,
            painter,
            width,
            height,
            header=header,
            document=document,
            pdf=pdf,
            picture=picture,
        )
    finally:
        painter.end()


class _PageDocument(QTextDocument):
    """The page as Qt lays it out. It reads no file: pictures come only from `images`.

    A JPEG is given to Qt as a one-pixel-high stand-in whose width numbers it (see `images`);
    every picture is laid out at its real size in pixels, as a browser does.
    """

    def __init__(self, images: Mapping[str, bytes]):
        super().__init__()
        self.images: dict[str, QImage] = {}
        self.sizes: dict[str, tuple[int, int]] = {}
        self.stand_ins: dict[int, Passthrough] = {}
        for src, data in images.items():
            original = passthrough(data)
            if original is None:
                image = QImage.fromData(data)
                if not image.isNull():
                    self.images[src] = image
                    self.sizes[src] = (image.width(), image.height())
                continue
            number = 2 + len(self.stand_ins)
            stand_in = QImage(number, 1, QImage.Format.Format_RGB32)
            stand_in.fill(QColor("#808080"))
            self.stand_ins[number] = original
            self.images[src] = stand_in
            self.sizes[src] = (original.width, original.height)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """The picture named `name` when it was given; nothing else is ever loaded."""
        return self.images.get(name.toString() if isinstance(name, QUrl) else name)


def _given_pictures_only(article: Article, shown: Mapping[str, object]) -> Article:
    """The article without the pictures it was not given, which Qt would draw as a broken icon."""
    blocks = article.content.body.blocks
    if all(b.kind != BlockKind.IMAGE or not b.src or b.src in shown for b in blocks):
        return article
    kept = tuple(
        replace(b, src=None) if b.kind == BlockKind.IMAGE and b.src not in shown else b
        for b in blocks
    )
    return replace(article, content=replace(article.content, body=Document(kept)))


def _fit_images(document: _PageDocument, width: float, height: float) -> None:
    """Give each picture its size: its own, scaled down to the column and a page, as CSS does."""
    cursor = QTextCursor(document)
    for position, length, fmt in text_runs(document):
        size = document.sizes.get(fmt.toImageFormat().name()) if fmt.isImageFormat() else None
        if size is not None:
            scale = min(1.0, width / size[0], 0.9 * height / size[1])
            fitted = fmt.toImageFormat()
            fitted.setWidth(size[0] * scale)
            fitted.setHeight(size[1] * scale)
            select_run(cursor, position, length).setCharFormat(fitted)


def _page(proof: _ProofPainter, document: QTextDocument, index: int, painter: QPainter) -> None:
    """Draw page `index`: header, the document's slice for it, footer."""
    proof.painter = painter
    if proof.header_h:
        proof.header()
    painter.save()
    painter.translate(0, proof.header_h - index * proof.body_h)
    # One pixel short: a line starting exactly on the break belongs to the next page.
    clip = QRectF(0, index * proof.body_h, proof.width, proof.body_h - 1.0)
    # drawContents skips the lines outside the clip, so no page carries hidden text.
    document.drawContents(painter, clip)
    painter.restore()
    proof.footer(index + 1, proof.header_h + proof.body_h)


def _paint(
    article: Article,
    painter: QPainter,
    width: float,
    height: float,
    *,
    header: bool,
    document: _PageDocument,
    pdf: bool,
    picture: bool = False,
) -> _Drawn:
    proof = _ProofPainter(article, painter, width, height, header)
    document.documentLayout().setPaintDevice(painter.device())
    document.setDocumentMargin(0)
    shown = _given_pictures_only(article, document.images)
    document.setHtml(render_article_html(shown, theme="light", width="print"))
    fit_line_heights(document)
    use_shipped_face(document)
    match_arabic_size(document)
    if document.images:
        _fit_images(document, width, proof.body_h)
    document.setPageSize(QSizeF(width, proof.body_h))
    total = document.pageCount()
    writer = painter.device()
    assert isinstance(writer, QPagedPaintDevice)
    layouts = proof.lay_out(total)
    numbered: dict[bytes, list[str]] = {}
    if pdf:
        glyphs = GlyphTexts()
        glyphs.note_document(document)
        for layout in layouts:
            glyphs.note(layout)
        # The first page only numbers the glyphs (see `glyphs`); `finished` takes it out.
        numbered = prime(painter, glyphs)
    for index in range(total):
        if pdf or index:
            writer.newPage()
        if picture:
            draw_as_image(painter, width, height, partial(_page, proof, document, index))
        else:
            _page(proof, document, index, painter)
    return _Drawn(total, numbered)
