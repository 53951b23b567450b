"""Time Qt's print preview of a proof, its pages drawn as pictures and as text; prints JSON.

The preview is given each page as a picture (see `newsdesk.render.pdf.raster`), which keeps
right-to-left lines whole; the baseline is the same pages drawn as text, as a printer gets them.
"""

from __future__ import annotations

import json
import resource
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from newsdesk.domain.article import Article, ArticleContent, Status
from newsdesk.domain.document import Block, Document
from newsdesk.gui.printing import proof_printer
from newsdesk.render.pdf.fonts import register_font_packages
from newsdesk.render.pdf.pages import paint_proof

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_render import PARAGRAPHS
from timing import summary, timed

RUNS = 6
WHEN = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)


def article(paragraphs: int = 120) -> Article:
    """A stored Arabic article of `paragraphs` paragraphs (about nine A4 pages)."""
    body = Document(tuple(Block(text=PARAGRAPHS[n % 3] * 2) for n in range(paragraphs)))
    content = ArticleContent(headline="الضمان الاجتماعي يسجل 641 ألف صانع تقليدي", body=body)
    return Article(
        id="00000000-0000-4000-8000-000000000001",
        content=content,
        status=Status.DRAFT,
        version=1,
        author="sara",
        created_at=WHEN,
        updated_at=WHEN,
        updated_by="sara",
    )


def main() -> None:
    """Time both ways, alternately, and print medians, their ratio and the pages."""
    app = QApplication.instance() or QApplication(sys.argv)
    register_font_packages()
    proof = article()
    as_picture = True

    def paint(printer: QPrinter) -> None:
        paint_proof(proof, printer, preview=as_picture)

    printer = proof_printer()  # kept: the widget does not own it
    preview = QPrintPreviewWidget(printer)
    preview.paintRequested.connect(paint)
    samples: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(2):
        for mode in (False, True):
            as_picture = mode
            samples[mode] += timed(preview.updatePreview, RUNS // 2, warmup=1)
    result = {
        "pages": preview.pageCount(),
        "as_text": summary(samples[False]),
        "as_pictures": summary(samples[True]),
        "ratio": round(
            summary(samples[True])["median_ms"] / summary(samples[False])["median_ms"], 2
        ),
        "peak_memory_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }
    print(json.dumps(result, indent=2))
    del app


if __name__ == "__main__":
    main()
