"""What the window shows about the article in front: status bar, house-style findings, preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from newsdesk.gui.status_line import (
    WORDS_TIP,
    article_state_text,
    counts_text,
    direction_text,
)

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.gui.findings import FindingsPanel
    from newsdesk.gui.frame import MainFrame
    from newsdesk.gui.preview.pane import PreviewPane

FINDINGS_DELAY_MS = 300
PREVIEW_DELAY_MS = 300


class FrontArticle(QObject):
    """Keeps the status bar, the findings and the preview following the front editor."""

    def __init__(
        self,
        frame: MainFrame,
        current: Callable[[], ArticleEditor | None],
        findings: FindingsPanel,
        preview: PreviewPane,
    ):
        super().__init__(frame)
        self.frame = frame
        self.current = current
        self.findings = findings
        self.preview = preview
        self.findings_timer = QTimer(self, singleShot=True, interval=FINDINGS_DELAY_MS)
        self.findings_timer.timeout.connect(self.update_findings)
        self.preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.update_preview)
        findings.jumpRequested.connect(self.jump_to_finding)

    def watch(self, editor: ArticleEditor) -> None:
        """Follow a newly opened editor's text, state and cursor."""
        editor.stateChanged.connect(lambda e=editor: self.state_changed(e))
        editor.directionChanged.connect(self.show_direction)
        editor.body.textChanged.connect(self.findings_timer.start)
        editor.fields.headline.changed.connect(self.findings_timer.start)
        editor.fields.headline.changed.connect(lambda _text, e=editor: self.state_changed(e))
        editor.body.textChanged.connect(self.preview_timer.start)
        editor.fields.changed.connect(self.preview_timer.start)
        editor.body.cursorPositionChanged.connect(lambda e=editor: self.follow_cursor(e))
        self.preview_timer.start()
        self.state_changed(editor)
        self.findings_timer.start()

    def front_changed(self) -> None:
        """Another tab came to the front."""
        editor = self.current()
        if editor is not None:
            self.state_changed(editor)
            self.show_direction(editor.body.current_direction())
        else:  # the last tab closed: nothing in front to tell of
            for label in (self.frame.save_label, self.frame.article_state_label):
                label.clear()
            self.frame.direction_label.clear()
        # Counted after the pause, with the findings: counting 20,000 words takes 10 ms, which
        # an open or a tab switch would otherwise spend before the text is shown.
        self.frame.words_label.clear()
        self.findings_timer.start()
        self.preview_timer.start()

    def state_changed(self, editor: ArticleEditor) -> None:
        """Show an editor's title on its tab and, in front, its save state and status."""
        if not shiboken6.isValid(editor.fields.headline):
            return  # an editor being torn down: its body's last signals outlive its fields
        tabs = self.frame.tabs
        index = tabs.indexOf(editor)
        if index >= 0:
            tabs.setTabText(index, editor.title())
            tabs.setTabToolTip(index, editor.fields.headline.text())
        if editor is self.current():
            self.frame.save_label.setText(editor.save_state())
            self.frame.article_state_label.setText(article_state_text(editor.article))

    def show_direction(self, direction: str) -> None:
        """Show the direction of the paragraph at the cursor."""
        self.frame.direction_label.setText(direction_text(direction))

    def update_findings(self) -> None:
        """Re-check the front article and list its findings (and count its words) after a pause."""
        editor = self.current()
        if editor is None:
            self.frame.words_label.clear()
            self.findings.clear()
            return
        language = editor.fields.current_language()
        self.frame.words_label.setText(
            counts_text(editor.fields.headline.text(), editor.body.toPlainText(), language)
        )
        self.frame.words_label.setToolTip(QCoreApplication.translate("MainWindow", WORDS_TIP))
        self.frame.save_label.setText(editor.save_state())
        paragraphs = [block.text for block in editor.body.body().blocks]
        count = self.findings.show_findings(
            editor.body.highlighter, editor.fields.headline.text(), paragraphs
        )
        title = QCoreApplication.translate("MainWindow", "House style (%1)").replace(
            "%1", str(count)
        )
        self.frame.findings_dock.setWindowTitle(title)

    def update_preview(self) -> None:
        """Show the front article in the preview, exactly as the HTML export renders it."""
        editor = self.current()
        if editor is None or not self.frame.preview_dock.isVisible():
            return
        self.preview.set_content(
            editor.content(), when=editor.article.updated_at if editor.article else None
        )
        self.preview.flush()
        self.follow_cursor(editor)

    def follow_cursor(self, editor: ArticleEditor) -> None:
        """Scroll the preview to the paragraph the front editor's cursor is in."""
        # The front tab's widget, not `current()` (which lists every editor): this runs per key.
        if editor is self.frame.tabs.currentWidget() and self.frame.preview_dock.isVisible():
            self.preview.scroll_to_block(editor.body.textCursor().blockNumber())

    def jump_to_finding(self, block: int, start: int, end: int) -> None:
        """Select a finding's words in the front editor (block -1 is the headline)."""
        editor = self.current()
        if editor is None:
            return
        if block < 0:
            editor.fields.headline.setFocus()
            editor.fields.headline.setSelection(start, end - start)
        else:
            editor.body.focus_span(block, start, end)
