"""The spare editor: one empty article editor, built hidden in idle time, which an open fills."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtWidgets import QWidget

# The editor's modules are imported by whoever makes editors, when they are first needed:
# this one is imported as the main window attaches, before the first paint settles.
if TYPE_CHECKING:
    from newsdesk.domain.article import Article
    from newsdesk.gui.editor.article_editor import ArticleEditor

# How long the window stays idle, after start-up or after an open took the spare, before the
# next one is built: the open has painted by then and the user is reading.
SPARE_DELAY_MS = 500


class SpareEditor(QObject):
    """Keeps one hidden, empty editor ready; `take` fills it, or makes one when none is ready."""

    def __init__(
        self,
        window: QWidget,
        make: Callable[[Article | None], ArticleEditor],
        page_size: Callable[[], QSize | None],
    ):
        super().__init__(window)
        self._window = window
        self._make = make
        self._page_size = page_size
        self._spare: ArticleEditor | None = None
        self._timer = QTimer(self, singleShot=True, interval=SPARE_DELAY_MS)
        self._timer.timeout.connect(self._build)

    @property
    def ready(self) -> bool:
        """True when an editor waits, built, for the next article opened."""
        return self._spare is not None

    def build_later(self) -> None:
        """Build the spare once the window has been idle a moment."""
        self._timer.start()

    def take(self, article: Article | None) -> ArticleEditor:
        """An editor showing `article` (None: a new one): the spare, filled, or a new editor."""
        spare, self._spare = self._spare, None
        self._timer.start()  # the next spare
        if spare is None:
            return self._make(article)
        spare.load(article)
        return spare

    def _build(self) -> None:
        if self._spare is not None or not self._window.isVisible():
            return
        spare = self._make(None)
        spare.setParent(self._window)
        spare.hide()  # explicitly: a child of the window, never shown until a tab takes it
        # Styled and laid out now, at the size editors have in their tabs, not in the open.
        # It is not shown: its body would get a page and lay out whatever it is given next.
        spare.ensurePolished()
        size = self._page_size()
        if size is not None:
            spare.resize(size)
        layout = spare.layout()
        if layout is not None:
            layout.activate()
        self._spare = spare
