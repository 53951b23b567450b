"""The article export formats by name."""

from __future__ import annotations

from collections.abc import Iterable

from newsdesk.errors import InvalidInputError
from newsdesk.export.base import Exporter, ExportSettings
from newsdesk.export.html import HtmlExporter
from newsdesk.export.markdown import MarkdownExporter
from newsdesk.export.newsml import NewsmlExporter
from newsdesk.export.ninjs import NinjsExporter
from newsdesk.export.odt import OdtExporter
from newsdesk.export.pdf import PdfExporter
from newsdesk.export.text import TextExporter
from newsdesk.export.word import DocxExporter

EXPORTERS: dict[str, type[Exporter]] = {
    cls.name: cls
    for cls in (
        HtmlExporter,
        NinjsExporter,
        NewsmlExporter,
        MarkdownExporter,
        TextExporter,
        DocxExporter,
        OdtExporter,
        PdfExporter,
    )
}
# Other spellings people type for the same formats.
ALIASES = {
    "md": "markdown",
    "txt": "text",
    "newsml-g2": "newsml",
    "json": "ninjs",
    "word": "docx",
    "opendocument": "odt",
}
# Formats written only when asked for by name (binary files a publication feed does not need).
ON_REQUEST: frozenset[str] = frozenset({"docx", "odt", "pdf"})
DEFAULT_FORMATS: tuple[str, ...] = tuple(n for n in EXPORTERS if n not in ON_REQUEST)


def format_names() -> list[str]:
    """The names of every article export format (those written by default first)."""
    return list(EXPORTERS)


def exporter(name: str, settings: ExportSettings | None = None) -> Exporter:
    """The exporter of the format called `name`, or InvalidInputError naming the known ones."""
    cls = EXPORTERS.get(ALIASES.get(name, name))
    if cls is None:
        known = ", ".join(EXPORTERS)
        raise InvalidInputError(f"unknown export format '{name}' (one of {known})")
    return cls(settings)


def exporters(
    names: Iterable[str] | None = None, settings: ExportSettings | None = None
) -> list[Exporter]:
    """The exporters of the named formats (default: all) in registry order, each once."""
    chosen = {ALIASES.get(n, n) for n in names} if names else set(DEFAULT_FORMATS)
    for name in chosen:
        exporter(name)  # refuses an unknown name with the list of known ones
    NinjsExporter(settings)  # refuses an unknown ninjs version, even when ninjs is not chosen
    return [EXPORTERS[name](settings) for name in EXPORTERS if name in chosen]
