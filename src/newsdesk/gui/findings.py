"""The findings panel: every house-style finding in the open article; a click jumps to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from newsdesk.gui.editor.highlighter import SEVERITY_COLORS, LintHighlighter
from newsdesk.gui.i18n import current_ui_language
from newsdesk.text.lint.checker import lint_text

FIELD_BLOCK = -1


class FindingsPanel(QListWidget):
    """Lists findings as `¶3 · message · «text»`; activating one emits where it is."""

    jumpRequested = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.itemActivated.connect(self._jump)
        self.itemClicked.connect(self._jump)

    def show_findings(
        self, highlighter: LintHighlighter, headline: str, paragraphs: list[str]
    ) -> int:
        """Check the headline and every paragraph; return how many findings there are."""
        self.clear()
        count = 0
        headline_findings = lint_text(
            headline,
            highlighter.language,
            field="headline",
            settings=highlighter.settings,
            ui_language=current_ui_language(),
        )
        for finding in headline_findings:
            self._add(self.tr("Headline"), FIELD_BLOCK, finding, headline)
            count += 1
        for number, text in enumerate(paragraphs):
            for finding in highlighter.findings_for(text):
                self._add(self.tr("¶%1").replace("%1", str(number + 1)), number, finding, text)
                count += 1
        return count

    def _add(self, where: str, block: int, finding, text: str) -> None:
        excerpt = text[finding.start : finding.end].strip() or "␣"
        # The excerpt is isolated: a French or Arabic fragment must not reorder the UI's sentence.
        item = QListWidgetItem(f"{where} · {finding.message} · «\u2068{excerpt}\u2069»")
        item.setForeground(QColor(SEVERITY_COLORS.get(finding.severity, "#c01c28")))
        item.setData(Qt.ItemDataRole.UserRole, (block, finding.start, finding.end))
        self.addItem(item)

    def _jump(self, item: QListWidgetItem) -> None:
        block, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.jumpRequested.emit(block, start, end)
