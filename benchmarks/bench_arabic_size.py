"""Time the preview's page with and without Arabic set to the Latin x-height; prints JSON.

The baseline is what the preview did before: the page's HTML into Qt's document, browser-like
line heights and a layout. The measured run adds the pass that sets each Arabic run larger.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from newsdesk.render.html import render_article_html
from newsdesk.render.pdf.fonts import register_font_packages
from newsdesk.render.pdf.runs import fit_line_heights
from newsdesk.render.pdf.script_size import match_arabic_size

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_render import build_article
from timing import summary, timed

RUNS = 20
WORDS = 1_000


def main() -> None:
    """Time both ways, alternately, and print the medians and their ratio."""
    app = QApplication.instance() or QApplication(sys.argv)
    register_font_packages()
    html = render_article_html(build_article(WORDS), width="print")

    def page(matched: bool) -> None:
        document = QTextDocument()
        document.setTextWidth(680)
        document.setHtml(html)
        fit_line_heights(document)
        if matched:
            match_arabic_size(document)
        document.documentLayout().documentSize()

    plain: list[float] = []
    matched: list[float] = []
    for _ in range(4):
        plain += timed(lambda: page(False), RUNS // 4)
        matched += timed(lambda: page(True), RUNS // 4)
    result = {
        "words": WORDS,
        "plain": summary(plain),
        "matched": summary(matched),
        "ratio": round(summary(matched)["median_ms"] / summary(plain)["median_ms"], 2),
    }
    print(json.dumps(result, indent=2))
    del app


if __name__ == "__main__":
    main()
