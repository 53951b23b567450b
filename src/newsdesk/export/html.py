"""The HTML page: exactly what the one renderer writes, as a standalone page."""

from __future__ import annotations

from newsdesk.domain.article import Article
from newsdesk.export.base import Exporter
from newsdesk.export.prepared import prepare
from newsdesk.render.html import render_view_html


class HtmlExporter(Exporter):
    """The renderer's standalone page (inline CSS, images referenced beside it)."""

    name = "html"
    filename = "index.html"
    media_type = "text/html; charset=utf-8"
    description = "HTML5 page, as the preview shows it"

    def render(self, article: Article) -> bytes:
        """The renderer's page as UTF-8 (from the view the other formats share)."""
        return render_view_html(prepare(article, self.settings.tz).view).encode("utf-8")
