"""The page's kicker and headline, kept in view above the scrolling body of the preview."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget


class HeadBrowser(QTextBrowser):
    """A text browser as tall as its page, without scroll bars: the preview's headline."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.most = 10_000  # the tallest it may grow, in pixels (the pane sets a share of its own)
        self.hide()

    def show_page(self, html: str, fit: Callable[[QTextDocument], None] | None = None) -> None:
        """Show this head page (hidden when empty), laid out by `fit` like the body."""
        if not html:
            self.clear()
            self.hide()
            return
        self.setHtml(html)
        if fit is not None:
            fit(self.document())
        self.show()
        self.fit_height()

    def fit_height(self) -> None:
        """Take the height the laid-out head needs, up to `most` (scrolling itself beyond)."""
        if self.isHidden():
            return
        height = int(self.document().documentLayout().documentSize().height())
        height += 2 * self.frameWidth()
        policy = Qt.ScrollBarPolicy
        self.setVerticalScrollBarPolicy(
            policy.ScrollBarAsNeeded if height > self.most else policy.ScrollBarAlwaysOff
        )
        self.setFixedHeight(min(height, self.most))
