"""What each glyph on the pages stands for, read from Qt's own layout of the text.

A shaped Arabic word is drawn in glyphs no character reaches through the font's character map:
Amiri's joined shapes, its lam-alef in two halves, its ligatures (ﬁ). Qt's layout knows which
characters each glyph was made from (its cluster), so the text a glyph gives back is taken from
there: a cluster's glyphs that the character map reaches get their own characters, and the first
of the others gets the rest, in logical order. A glyph seen with different texts keeps the one
it stands for most often.

The PDF writer numbers a font's glyphs in the order it first draws them; `prime` draws every
glyph of the pages first, in a known order, so that number says which glyph, and so which text,
each one is (`textmaps` writes the result into the PDF).
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator

from PySide6.QtCore import QPointF
from PySide6.QtGui import QGlyphRun, QPainter, QRawFont, QTextDocument, QTextLayout

_RETRIEVE = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
    | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
)


def font_key(font: QRawFont) -> bytes:
    """What tells a face from another, in Qt and in the PDF: its name table, copied as it is."""
    return bytes(font.fontTable("name").data())


def _printed(text: str) -> str:
    # Direction marks and joiners shape the glyphs but are not copied back as letters.
    if text.isprintable():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


class GlyphTexts:
    """The text each glyph of each face stands for, noted from laid-out lines."""

    def __init__(self) -> None:
        self.fonts: dict[bytes, QRawFont] = {}
        self._seen: dict[bytes, defaultdict[int, Counter[str]]] = {}

    def note_document(self, document: QTextDocument) -> None:
        """Note the glyphs of every line of every block of a laid-out document."""
        block = document.begin()
        while block.isValid():
            self.note(block.layout(), block.text())
            block = block.next()

    def note(self, layout: QTextLayout, text: str | None = None) -> None:
        """Note the glyphs of every line of `layout`, whose text is `text` (or its own)."""
        text = layout.text() if text is None else text
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            runs = line.glyphRuns(-1, -1, _RETRIEVE)
            starts = sorted({s for run in runs for s in run.stringIndexes()})
            if not starts:
                continue  # a picture's line
            # The spaces a line breaks at belong to it but are drawn by no glyph.
            end = line.textStart() + line.textLength()
            while end > starts[-1] + 1 and text[end - 1].isspace():
                end -= 1
            ends = dict(zip(starts, [*starts[1:], end], strict=True))
            for run in runs:
                self._note_run(run, text, ends)

    def _note_run(self, run: QGlyphRun, text: str, ends: dict[int, int]) -> None:
        font = run.rawFont()
        key = font_key(font)
        self.fonts.setdefault(key, font)
        seen = self._seen.setdefault(key, defaultdict(Counter))
        clusters: dict[int, list[int]] = defaultdict(list)
        for glyph, start in zip(run.glyphIndexes(), run.stringIndexes(), strict=True):
            clusters[start].append(glyph)
        for start, glyphs in clusters.items():
            for glyph, letters in _share(font, glyphs, _printed(text[start : ends[start]])):
                if glyph:
                    seen[glyph][letters] += 1

    def texts(self) -> dict[bytes, dict[int, str]]:
        """For each face, each glyph's text: the one it stood for most often (then the shortest)."""
        return {
            key: {
                glyph: min(counts.items(), key=lambda item: (-item[1], len(item[0]), item[0]))[0]
                for glyph, counts in seen.items()
            }
            for key, seen in self._seen.items()
        }


def _share(font: QRawFont, glyphs: list[int], letters: str) -> Iterator[tuple[int, str]]:
    """Each glyph of a cluster with the letters it gives back."""
    if len(glyphs) == 1:
        yield glyphs[0], letters
        return
    # The glyph each letter has in the character map, if it has one of its own.
    reached = {(font.glyphIndexesForString(letter) or [0])[0]: letter for letter in letters}
    left = list(letters)
    own: dict[int, str] = {}
    for glyph in glyphs:
        letter = reached.get(glyph)
        if glyph and letter is not None and letter in left and glyph not in own:
            own[glyph] = letter
            left.remove(letter)
    # The rest: letters to the first glyph that takes up room on the line, vowel signs to the
    # first that does not (a sign drawn with another, say), or with the letters.
    others = [glyph for glyph in glyphs if glyph not in own] or glyphs[:1]
    advances = font.advancesForGlyphIndexes(others)
    spacing = [g for g, advance in zip(others, advances, strict=True) if advance.x() > 0]
    marks = [g for g in others if g not in spacing]
    holder = (spacing or others)[0]
    sign_holder = marks[0] if marks else holder
    given = {holder: "".join(c for c in left if not unicodedata.combining(c))}
    given[sign_holder] = given.get(sign_holder, "") + "".join(
        c for c in left if unicodedata.combining(c)
    )
    for glyph in glyphs:
        yield glyph, own.pop(glyph, "") + given.pop(glyph, "")


def prime(painter: QPainter, glyphs: GlyphTexts) -> dict[bytes, list[str]]:
    """Draw every noted glyph of every face, in order; return each face's texts by glyph number.

    The PDF writer numbers a face's glyphs from 1 in the order they are first drawn (0 is the
    missing glyph), so after this the n-th glyph drawn here is number n.
    """
    numbered: dict[bytes, list[str]] = {}
    for key, texts in sorted(glyphs.texts().items()):
        order = sorted(glyph for glyph in texts if glyph)
        if not order:
            continue
        run = QGlyphRun()
        run.setRawFont(glyphs.fonts[key])
        run.setGlyphIndexes(order)
        run.setPositions([QPointF(0, 0)] * len(order))
        painter.drawGlyphRun(QPointF(0, 0), run)
        numbered[key] = [texts[glyph] for glyph in order]
    return numbered
