"""Which importer reads which file, by its name's suffix, and the size each may have."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import (
    MAX_DOCX_BYTES,
    MAX_HTML_BYTES,
    MAX_TEXT_BYTES,
    ImportedArticle,
    SourceFile,
    read_source,
)
from newsdesk.importers.bundle import BUNDLE_SUFFIXES
from newsdesk.importers.html import import_html
from newsdesk.importers.odt import import_fodt, import_odt
from newsdesk.importers.text import import_markdown, import_text
from newsdesk.importers.word import import_docx


@dataclass(frozen=True)
class Importer:
    """One file format: how to read it and the largest file accepted."""

    name: str
    read: Callable[[SourceFile], ImportedArticle]
    limit: int


IMPORTERS: dict[str, Importer] = {
    ".txt": Importer("text", import_text, MAX_TEXT_BYTES),
    ".text": Importer("text", import_text, MAX_TEXT_BYTES),
    ".md": Importer("markdown", import_markdown, MAX_TEXT_BYTES),
    ".markdown": Importer("markdown", import_markdown, MAX_TEXT_BYTES),
    ".html": Importer("html", import_html, MAX_HTML_BYTES),
    ".htm": Importer("html", import_html, MAX_HTML_BYTES),
    ".xhtml": Importer("html", import_html, MAX_HTML_BYTES),
    ".docx": Importer("docx", import_docx, MAX_DOCX_BYTES),
    ".odt": Importer("odt", import_odt, MAX_DOCX_BYTES),
    ".fodt": Importer("odt", import_fodt, MAX_DOCX_BYTES),
}


def importer_for(path: Path) -> Importer:
    """The importer for a file name; InvalidInputError for a format that cannot be imported."""
    suffix = path.suffix.lower()
    found = IMPORTERS.get(suffix)
    if found is not None:
        return found
    if suffix in BUNDLE_SUFFIXES:
        raise InvalidInputError(f"{path.name} is a bundle, not a single article file")
    if suffix == ".doc":
        raise InvalidInputError(
            f"{path.name}: old Word files (.doc) cannot be imported; save as .docx"
        )
    known = ", ".join(sorted(IMPORTERS))
    raise InvalidInputError(
        f"{path.name}: cannot import {suffix or 'files without a suffix'} ({known})"
    )


def read_file(path: Path) -> tuple[SourceFile, ImportedArticle]:
    """Read and convert one file, within its format's size limit."""
    importer = importer_for(path)
    source = read_source(path, importer.limit)
    return source, importer.read(source)
