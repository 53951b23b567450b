"""Live house-style checking: findings underlined in the body as the user types.

A keystroke moves the edited paragraph's underlines along with its text at once, and the
paragraph is checked again a tenth of a second later, long after the keystroke has been
drawn: the key waits neither for house style nor for spelling.
"""

from __future__ import annotations

import time
from functools import lru_cache

from PySide6.QtCore import QTimer
from PySide6.QtGui import (
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from newsdesk.gui.editor.underline_spans import CheckedBlock, Span, carried_spans
from newsdesk.gui.i18n import current_ui_language
from newsdesk.gui.spelling.article import ArticleSpelling
from newsdesk.gui.spelling.underline import misspelling_ranges, spelling_format, utf16_offset
from newsdesk.text.lint.checker import lint_text
from newsdesk.text.lint.finding import Finding
from newsdesk.text.lint.settings import LintSettings

SEVERITY_COLORS = {"error": "#c01c28", "warning": "#e5a50a", "info": "#1c71d8"}
# A loaded body is checked after the same pause as typing, a slice at a time, so opening a long
# article and typing into it never wait for a check of every paragraph.
FIRST_CHECK_DELAY_MS = 300
SLICE_SECONDS = 0.008
CACHED_PARAGRAPHS = 4096
# An edited paragraph is checked again this long after the first key that changed it (never
# later: more keys do not put it off), so one check and one new layout serve several keys.
RECHECK_DELAY_MS = 100


class LintHighlighter(QSyntaxHighlighter):
    """Underlines misspellings and house-style findings in each paragraph (changed blocks only)."""

    def __init__(self, document: QTextDocument, language: str, settings: LintSettings):
        super().__init__(document)
        self.language = language
        self.settings = settings
        self.enabled = True
        self._target = document
        self._paused = False
        self._next: QTextCursor | None = None  # where the pass over a loaded body goes on
        self._slice_timer = QTimer(self, singleShot=True)
        self._slice_timer.timeout.connect(self._check_slice)
        self._exact = False  # True while this highlighter asks for a check itself
        self._edited: list[QTextCursor] = []  # paragraphs whose underlines were carried over
        self._recheck_timer = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._recheck_timer.timeout.connect(self.check_edited)
        # The findings panel and the underlines ask about the same paragraphs: lint each once.
        self._lint = lru_cache(maxsize=CACHED_PARAGRAPHS)(self._lint_paragraph)
        self.spelling: ArticleSpelling | None = None

    def set_spelling(self, spelling: ArticleSpelling) -> None:
        """Underline this article's misspellings too (under house style's, which keep their look)."""
        self.spelling = spelling
        spelling.changed.connect(self._spelling_changed)

    def _spelling_changed(self) -> None:
        # Again a slice at a time (a whole pass over a long article would stall typing); a
        # paused highlighter checks everything when the loaded body is attached anyway.
        if self.document() is not None:
            self._next = QTextCursor(self._target)
            self._slice_timer.start(0)

    def set_language(self, language: str) -> None:
        """Check against another article language."""
        if language != self.language:
            self.language = language
            self._lint.cache_clear()
            self._exactly(self.rehighlight)

    def findings_for(self, text: str) -> list[Finding]:
        """The findings of one paragraph."""
        if not self.enabled or not text.strip():
            return []
        return list(self._lint(text))

    def _lint_paragraph(self, text: str) -> tuple[Finding, ...]:
        return tuple(
            lint_text(
                text,
                self.language,
                field="body",
                settings=self.settings,
                ui_language=current_ui_language(),
            )
        )

    # -- a body being loaded ----------------------------------------------------------------

    def pause(self) -> None:
        """Stop checking and let go of the document while a body is loaded into it."""
        self._next = None
        self._slice_timer.stop()
        self._edited.clear()
        self._recheck_timer.stop()
        if self.document() is not None:
            self.setDocument(None)

    def check_all_later(self, delay_ms: int = FIRST_CHECK_DELAY_MS) -> None:
        """Check every paragraph of the loaded body after a pause, a slice at a time."""
        self._next = None
        self._slice_timer.start(delay_ms)

    @property
    def checking(self) -> bool:
        """True until every paragraph of the loaded body, and every edited one, is checked."""
        return self.document() is None or self._next is not None or bool(self._edited)

    def _attach(self) -> None:
        # Taking the document back makes Qt schedule a check of every paragraph at once; a
        # paused pass now stands in for it (Qt drops its scheduled pass once one has run),
        # and the slices below do the checking without holding up typing.
        self._paused = True
        try:
            self.setDocument(self._target)
            self.rehighlight()
        finally:
            self._paused = False
        self._next = QTextCursor(self._target)

    def _check_slice(self) -> None:
        if self.document() is None:
            self._attach()
        if self._next is None:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        block = self._next.block()
        while block.isValid() and time.perf_counter() < deadline:
            self._exactly(self.rehighlightBlock, block)
            block = block.next()
        if block.isValid():
            # A cursor, not a block number: it stays on the right paragraph while the user types.
            self._next.setPosition(block.position())
            self._slice_timer.start(0)
        else:
            self._next = None

    def _exactly(self, rehighlight, *block: QTextBlock) -> None:
        self._exact = True
        try:
            rehighlight(*block)
        finally:
            self._exact = False

    def check_edited(self) -> None:
        """Check again the paragraphs whose underlines were carried over an edit."""
        self._recheck_timer.stop()
        edited, self._edited = self._edited, []
        done: set[int] = set()
        for cursor in edited:
            block = cursor.block()
            kept = block.userData()
            if block.blockNumber() in done or not isinstance(kept, CheckedBlock) or kept.exact:
                continue
            done.add(block.blockNumber())
            self._exactly(self.rehighlightBlock, block)

    def _spans(self, text: str) -> tuple[Span, ...]:
        # Misspellings first: house style is drawn over them where both fall.
        spans = []
        if self.spelling is not None:
            found = self.spelling.misspellings(text)
            if found:
                fmt = spelling_format()
                spans += [
                    Span(start, length, fmt) for start, length in misspelling_ranges(text, found)
                ]
        for finding in self.findings_for(text):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(SEVERITY_COLORS.get(finding.severity, "#c01c28")))
            fmt.setToolTip(finding.message)
            start = utf16_offset(text, finding.start)
            end = max(utf16_offset(text, finding.end), start + 1)
            spans.append(Span(start, end - start, fmt))
        return tuple(spans)

    def highlightBlock(self, text: str) -> None:
        if self._paused:
            return
        kept = self.currentBlockUserData()
        if isinstance(kept, CheckedBlock) and not self._exact:
            # Qt asks while the key is handled: carry the underlines, check after the repaint.
            spans = carried_spans(kept.text, text, kept.spans)
            exact = kept.exact and kept.text == text
            if not exact:
                self._edited.append(QTextCursor(self.currentBlock()))
                if not self._recheck_timer.isActive():
                    self._recheck_timer.start()
        else:
            spans, exact = self._spans(text), True
        for span in spans:
            self.setFormat(span.start, span.length, span.format)
        if isinstance(kept, CheckedBlock):
            kept.text, kept.spans, kept.exact = text, spans, exact
        else:
            self.setCurrentBlockUserData(CheckedBlock(text, spans, exact))
