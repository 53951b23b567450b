"""In the preview, Arabic letters stand as high as the Latin letters beside them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

from inkheights import ARABIC_X, LATIN_X, ink_top, mean
from newsdesk.domain.document import Block, Document
from newsdesk.gui.fonts import register_fonts
from newsdesk.gui.preview.pane import PreviewPane
from samples import arabic_content

pytestmark = pytest.mark.gui

SCALE = 4  # drawn four times larger than on screen, so a letter is many pixels high
# Arabic and Latin x-height letters side by side in one paragraph, in each paragraph direction.
MIXED = (
    " ".join([*ARABIC_X, *LATIN_X, *ARABIC_X]),
    " ".join([*LATIN_X, *ARABIC_X, *LATIN_X]),
)


def _drawn(document: QTextDocument) -> QImage:
    size = document.size()
    image = QImage(
        int(size.width() * SCALE) + 1, int(size.height() * SCALE) + 1, QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(SCALE, SCALE)
    document.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def letter_heights(document: QTextDocument, text: str) -> dict[str, list[float]]:
    """Each x-height letter's ink height over the baseline, in layout pixels, by script."""
    image = _drawn(document)
    block = document.begin()
    while block.isValid() and block.text() != text:
        block = block.next()
    assert block.isValid(), f"no paragraph {text!r}"
    layout = block.layout()
    origin = layout.position()
    heights: dict[str, list[float]] = {"arabic": [], "latin": []}
    for index, letter in enumerate(text):
        script = "arabic" if letter in ARABIC_X else "latin" if letter in LATIN_X else None
        if script is None:
            continue
        line = layout.lineForTextPosition(index)
        assert line.isValid(), "the paragraph was not laid out"
        ends = sorted([line.cursorToX(index)[0], line.cursorToX(index + 1)[0]])
        baseline = origin.y() + line.y() + line.ascent()
        top = ink_top(
            image,
            int((origin.x() + ends[0]) * SCALE) + 1,
            int((origin.x() + ends[1]) * SCALE) - 1,
            int((origin.y() + line.y()) * SCALE),
            int(baseline * SCALE),
        )
        assert top is not None, f"no ink for {letter!r}"
        heights[script].append(baseline - top / SCALE)
    return heights


@pytest.mark.parametrize("text", MIXED, ids=["arabic paragraph", "latin paragraph"])
def test_arabic_letters_stand_as_high_as_latin_ones_in_the_preview(qtbot, page_fonts, text) -> None:
    # The shipped faces are the machine's here, as the page's @font-face rules name them.
    register_fonts()
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()  # the browser lays its page out once shown
    qtbot.waitExposed(pane)
    body = Document((Block(text=MIXED[0]), Block(text=MIXED[1])))
    pane.set_content(arabic_content(body=body, standfirst="", tags=()))
    pane.flush()
    heights = letter_heights(pane.browser.document(), text)
    ratio = mean(heights["arabic"]) / mean(heights["latin"])
    # Unmatched, Amiri's Arabic letters stand at 0.85 of its Latin x-height.
    assert 0.95 <= ratio <= 1.12, heights
