"""How a misspelling looks: Qt's spell-check underline in red, apart from house style's waves."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from newsdesk.gui.spelling.article import ArticleSpelling
from newsdesk.text.spelling import Misspelling

SPELLING_RED = "#e01b24"


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 position Qt uses for code-point `index` of `text`."""
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def spelling_format() -> QTextCharFormat:
    """The format a misspelt word is drawn with."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor(SPELLING_RED))
    return fmt


def misspelling_ranges(text: str, found: tuple[Misspelling, ...]) -> list[tuple[int, int]]:
    """Each misspelling of `text` as Qt's (UTF-16 start, length)."""
    ranges = []
    for misspelling in found:
        start = utf16_offset(text, misspelling.start)
        ranges.append((start, utf16_offset(text, misspelling.end) - start))
    return ranges


def underline(highlighter: QSyntaxHighlighter, text: str, found: tuple[Misspelling, ...]) -> None:
    """Underline each misspelling of a block being highlighted."""
    if not found:
        return
    fmt = spelling_format()
    for start, length in misspelling_ranges(text, found):
        highlighter.setFormat(start, length, fmt)


def misspelling_at(spelling: ArticleSpelling, text: str, column: int) -> Misspelling | None:
    """The misspelling under UTF-16 column `column` of a paragraph, if any."""
    for misspelling in spelling.misspellings(text):
        if utf16_offset(text, misspelling.start) <= column <= utf16_offset(text, misspelling.end):
            return misspelling
    return None


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines misspellings in a one-line field (headline, standfirst, ticker item)."""

    def __init__(self, document: QTextDocument, spelling: ArticleSpelling):
        super().__init__(document)
        self.spelling = spelling
        spelling.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        underline(self, text, self.spelling.misspellings(text))
