"""The live publication preview: the renderer's page in a text browser, re-rendered when quiet."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit, QToolBar, QVBoxLayout, QWidget

from newsdesk.domain.article import Article, ArticleContent
from newsdesk.gui.preview.browser import PictureBrowser
from newsdesk.gui.preview.fidelity import arabic_faces, browser_line_heights
from newsdesk.gui.preview.head import HeadBrowser
from newsdesk.gui.preview.page_fonts import hidden_families
from newsdesk.render.palettes import PALETTES
from newsdesk.text.dates import DEFAULT_TIMEZONE

DEBOUNCE_MS = 300
# Each width's page as the stylesheet sets it: the widest its text runs, and the article's
# padding at each side (46rem less 1.5rem a side; 360 px less 14 px; print fills the pane).
TEXT_WIDTHS = {"desktop": 688, "phone": 332, "print": 680}
PADDINGS = {"desktop": 24, "phone": 14, "print": 0}
PICTURE_WIDTH = 688  # pictures fill the text width, as the page's max-inline-size: 100%


def system_theme() -> str:
    """The reading theme matching the application's window colours: dark on a dark palette."""
    app = QApplication.instance()
    window = app.palette().window().color() if isinstance(app, QApplication) else QColor("white")
    return "dark" if window.lightness() < 128 else "light"


class PreviewPane(QWidget):
    """Shows an article exactly as the HTML export writes it, following the editor's edits."""

    rendered = Signal()

    def __init__(self, parent: QWidget | None = None, zone: str = DEFAULT_TIMEZONE):
        super().__init__(parent)
        self.zone = zone  # the desk's zone, which the article list uses too
        self._content: Article | ArticleContent | None = None
        self._when: datetime | None = None
        self._theme = system_theme()
        self._theme_chosen = False  # until someone picks one, the theme follows the system's
        self._width = "desktop"
        self._html = ""
        self._pending_block: int | None = None
        # The block the page was last scrolled to: typing within a paragraph moves the cursor at
        # every key, and scrolling the page to where it already is cost a tenth of a keystroke.
        self._scrolled_to: int | None = None
        self.render_count = 0

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._render)

        self.browser = PictureBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setReadOnly(True)
        self.head = HeadBrowser(self)

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
        self._theme_actions[self._theme].setChecked(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.head)
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
        if index == self._scrolled_to:
            return
        from newsdesk.render.html import block_anchor

        self.browser.scrollToAnchor(block_anchor(index))
        self._scrolled_to = index

    def set_theme(self, theme: str) -> None:
        """Switch the reading theme: "light" or "dark" (kept from then on, whatever the system)."""
        if theme not in PALETTES:
            raise ValueError(f"unknown theme {theme!r}")
        self._theme_chosen = True
        self._show_theme(theme)

    def _show_theme(self, theme: str) -> None:
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
            self.head.show_page("")
            self.rendered.emit()
            return
        # The renderer (Jinja2) and the page rewriting load at the first article shown.
        from newsdesk.gui.preview.qt_page import qt_page
        from newsdesk.render.html import block_anchor, render_article_html

        html = render_article_html(
            self._content, theme=self._theme, width=self._width, when=self._when, tz=self.zone
        )
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self._html = html
        page = qt_page(html, self._theme, self._width, hidden_families())
        self.browser.setHtml(page.body)
        arabic_faces(self.browser.document(), hidden_families())
        self.head.show_page(page.head, self._fit_head)
        # Lay the new page out now so the scroll bar knows its range before it is restored.
        self.browser.document().documentLayout().documentSize()
        bar.setValue(min(position, bar.maximum()))
        self.render_count += 1
        self._scrolled_to = None
        if self._pending_block is not None:
            index, self._pending_block = self._pending_block, None
            self.browser.scrollToAnchor(block_anchor(index))
            self._scrolled_to = index
        self.rendered.emit()

    @staticmethod
    def _fit_head(document: QTextDocument) -> None:
        # The headline's lines as tight as the page's. Qt puts a fixed line's overflow all
        # below it, so the body keeps lines at least as tall as its faces need instead.
        browser_line_heights(document)
        arabic_faces(document, hidden_families())

    def _apply_width(self) -> None:
        """Wrap at the page's text width, or narrower in a narrow pane: never a sideways scroll."""
        padding = PADDINGS[self._width]
        # The vertical scroll bar's room is kept whether it shows or not: a page that grows
        # past the pane's height must not then scroll sideways.
        frame = 2 * self.browser.frameWidth() + self.browser.verticalScrollBar().sizeHint().width()
        room = self.browser.width() - frame - 2 * padding
        text = max(120, min(TEXT_WIDTHS[self._width], room))
        self.browser.picture_width = min(text, PICTURE_WIDTH)
        for browser in (self.browser, self.head):
            browser.document().setDocumentMargin(padding)
            browser.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
            browser.setLineWrapColumnOrWidth(text + 2 * padding)
        # A long headline in a short pane leaves the body most of the room.
        self.head.most = max(60, self.height() // 3)
        self.head.fit_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_width()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        follows = event.type() == QEvent.Type.PaletteChange and not self._theme_chosen
        if follows and system_theme() != self._theme:
            self._show_theme(system_theme())

    def _apply_palette(self) -> None:
        colours = PALETTES[self._theme]
        palette = self.browser.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(colours["page"]))
        palette.setColor(QPalette.ColorRole.Text, QColor(colours["ink"]))
        palette.setColor(QPalette.ColorRole.Link, QColor(colours["link"]))
        self.browser.setPalette(palette)
        self.head.setPalette(palette)
