"""No horizontal scroll bar for a wrapped line that comes out a rounding wider than the view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea

# Qt may lay out a wrapped line a fraction of a pixel wider than the text width (an Arabic
# line at 616.8 px in 616, say); the document's width, rounded to whole pixels, then asks for
# a horizontal scroll bar of a pixel. Content wider than this (a picture wider than a narrow
# view) still gets its scroll bar.
ROUNDING_PX = 2


def hide_rounding_overshoot(area: QAbstractScrollArea) -> None:
    """Show `area`'s horizontal scroll bar only for content wider than a rounding.

    Besides being of no use, that bar costs every key: with both bars shown, Qt raises their
    containers in turn whenever a key keeps the cursor in view, and each change of stacking
    order repaints the whole editor, its frame, both bars and the window behind them.
    """
    bar = area.horizontalScrollBar()

    def follow(_minimum: int, maximum: int) -> None:
        wanted = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if maximum <= ROUNDING_PX
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if area.horizontalScrollBarPolicy() != wanted:
            area.setHorizontalScrollBarPolicy(wanted)

    bar.rangeChanged.connect(follow)
    follow(bar.minimum(), bar.maximum())
