"""Live house-style checking: findings underlined in the body as the user types."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from newsdesk.text.lint.checker import lint_text
from newsdesk.text.lint.finding import Finding
from newsdesk.text.lint.settings import LintSettings

SEVERITY_COLORS = {"error": "#c01c28", "warning": "#e5a50a", "info": "#1c71d8"}


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 position Qt uses for code-point `index` of `text`."""
    prefix = text[:index]
    return len(prefix.encode("utf-16-le", "surrogatepass")) // 2


class LintHighlighter(QSyntaxHighlighter):
    """Underlines house-style findings in each paragraph (Qt re-checks only changed blocks)."""

    def __init__(self, document: QTextDocument, language: str, settings: LintSettings):
        super().__init__(document)
        self.language = language
        self.settings = settings
        self.enabled = True

    def set_language(self, language: str) -> None:
        """Check against another article language."""
        if language != self.language:
            self.language = language
            self.rehighlight()

    def findings_for(self, text: str) -> list[Finding]:
        """The findings of one paragraph."""
        if not self.enabled or not text.strip():
            return []
        return lint_text(text, self.language, field="body", settings=self.settings)

    def highlightBlock(self, text: str) -> None:
        for finding in self.findings_for(text):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(SEVERITY_COLORS.get(finding.severity, "#c01c28")))
            fmt.setToolTip(finding.message)
            start = utf16_offset(text, finding.start)
            end = max(utf16_offset(text, finding.end), start + 1)
            self.setFormat(start, end - start, fmt)
