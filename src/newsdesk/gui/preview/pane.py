"""The live publication preview: the renderer's page in a text browser, re-rendered when quiet."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget

from newsdesk.domain.article import Article, ArticleContent
from newsdesk.gui.preview.browser import PictureBrowser
from newsdesk.render.html import PALETTES, block_anchor, render_article_html
from newsdesk.render.pdf.runs import fit_line_heights
from newsdesk.render.pdf.script_size import match_arabic_size
from newsdesk.text.dates import DEFAULT_TIMEZONE

DEBOUNCE_MS = 300
# Text widths in pixels; desktop follows the pane's own width.
FIXED_WIDTHS = {"phone": 360, "print": 680}
PICTURE_WIDTH = 640  # the widest a picture is shown, leaving the page its margins


class PreviewPane(QWidget):
    """Shows an article exactly as the HTML export writes it, following the editor's edits."""

    rendered = Signal()

    def __init__(self, parent: QWidget | None = None, zone: str = DEFAULT_TIMEZONE):
        super().__init__(parent)
        self.zone = zone  # the desk's zone, which the article list uses too
        self._content: Article | ArticleContent | None = None
        self._when: datetime | None = None
        self._theme = "light"
        self._width = "desktop"
        self._html = ""
        self._pending_block: int | None = None
        self.render_count = 0

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._render)

        self.browser = PictureBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setReadOnly(True)

        self.toolbar = QToolBar(self)
        self._width_actions = self._action_group(
            (
                ("desktop", self.tr("Desktop")),
                ("phone", self.tr("Phone")),
                ("print", self.tr("Print")),
            ),
            self.set_width,
        )
        self.toolbar.addSeparator()
        self._theme_actions = self._action_group(
            (("light", self.tr("Light")), ("dark", self.tr("Dark"))), self.set_theme
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.browser, 1)
        self._apply_width()
        self._apply_palette()

    def _action_group(self, choices, handler) -> dict[str, QAction]:
        group = QActionGroup(self)
        group.setExclusive(True)
        actions: dict[str, QAction] = {}
        for key, text in choices:
            action = QAction(text, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, k=key: handler(k))
            group.addAction(action)
            self.toolbar.addAction(action)
            actions[key] = action
        next(iter(actions.values())).setChecked(True)
        return actions

    # -- what the host calls ------------------------------------------------------------------

    def set_content(
        self, content: Article | ArticleContent | None, *, when: datetime | None = None
    ) -> None:
        """Show this article; the page is re-rendered once edits pause for about 300 ms."""
        self._content = content
        self._when = when
        self._timer.start()

    def flush(self) -> None:
        """Render now if a render is waiting."""
        if self._timer.isActive():
            self._timer.stop()
            self._render()

    def scroll_to_block(self, index: int) -> None:
        """Bring body block `index` into view (waits for a pending render)."""
        if self._timer.isActive():
            self._pending_block = index
            return
        self.browser.scrollToAnchor(block_anchor(index))

    def set_theme(self, theme: str) -> None:
        """Switch the reading theme: "light" or "dark"."""
        if theme not in PALETTES:
            raise ValueError(f"unknown theme {theme!r}")
        self._theme = theme
        self._theme_actions[theme].setChecked(True)
        self._apply_palette()
        self._rerender()

    def set_width(self, width: str) -> None:
        """Switch the page width: "desktop", "phone" (360 px) or "print"."""
        if width not in self._width_actions:
            raise ValueError(f"unknown width {width!r}")
        self._width = width
        self._width_actions[width].setChecked(True)
        self._apply_width()
        self._rerender()

    def theme(self) -> str:
        """The reading theme shown."""
        return self._theme

    def width_mode(self) -> str:
        """The page width shown."""
        return self._width

    def html(self) -> str:
        """The HTML last shown (what the HTML export would write)."""
        return self._html

    def is_pending(self) -> bool:
        """True while a render waits for edits to pause."""
        return self._timer.isActive()

    # -- internals ----------------------------------------------------------------------------

    def _rerender(self) -> None:
        if self._content is not None and not self._timer.isActive():
            self._render()

    def _render(self) -> None:
        if self._content is None:
            self._html = ""
            self.browser.clear()
            self.rendered.emit()
            return
        html = render_article_html(
            self._content, theme=self._theme, width=self._width, when=self._when, tz=self.zone
        )
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self._html = html
        self.browser.setHtml(html)
        fit_line_heights(self.browser.document())
        match_arabic_size(self.browser.document())
        # Lay the new page out now so the scroll bar knows its range before it is restored.
        self.browser.document().documentLayout().documentSize()
        bar.setValue(min(position, bar.maximum()))
        self.render_count += 1
        if self._pending_block is not None:
            index, self._pending_block = self._pending_block, None
            self.browser.scrollToAnchor(block_anchor(index))
        self.rendered.emit()

    def _apply_width(self) -> None:
        fixed = FIXED_WIDTHS.get(self._width)
        self.browser.picture_width = min(fixed or PICTURE_WIDTH, PICTURE_WIDTH)
        if fixed is None:
            self.browser.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        else:
            self.browser.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
            self.browser.setLineWrapColumnOrWidth(fixed)

    def _apply_palette(self) -> None:
        colours = PALETTES[self._theme]
        palette = self.browser.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(colours["page"]))
        palette.setColor(QPalette.ColorRole.Text, QColor(colours["ink"]))
        palette.setColor(QPalette.ColorRole.Link, QColor(colours["link"]))
        self.browser.setPalette(palette)
