"""PDF: the proof renderer's pages without the proof header, pictures embedded.

Written only when asked for (`--format pdf`), and always in the main process: Qt is loaded on
the first PDF, so the other formats and the worker processes never load it.
"""

from __future__ import annotations

from newsdesk.domain.article import Article
from newsdesk.export.base import Exporter
from newsdesk.export.media import MediaTable


class PdfExporter(Exporter):
    """A4 pages as the proof shows them, with page numbers and no proof header."""

    name = "pdf"
    filename = "article.pdf"
    media_type = "application/pdf"
    description = "PDF (A4 pages, as the proof without its header)"
    main_process_only = True

    def render(self, article: Article) -> bytes:
        """The PDF; pictures outside a bundle are left out (no file is read for them)."""
        return self.render_bundled(article, {})

    def render_bundled(self, article: Article, media: MediaTable) -> bytes:
        """The PDF with the pictures copied into the bundle drawn on its pages."""
        from newsdesk.render.pdf.pages import article_pdf

        images = {href: copy.data for href, copy in media.items()}
        data, _pages = article_pdf(article, images)
        return data
