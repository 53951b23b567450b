"""F6 and Shift+F6: the keyboard's way from pane to pane of the main window.

Each pane is reached in a fixed order (articles, the body, the fields, house style, the desk
queue, the ticker, the preview, the notes); a dock tabbed behind another is brought to the front,
a dock the user closed and the editor's panes with no article open are passed over.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.gui.findings import FindingsPanel
    from newsdesk.gui.navigator import Navigator
    from newsdesk.gui.preview.pane import PreviewPane
    from newsdesk.gui.queue.view import QueueView
    from newsdesk.gui.ticker.desk import TickerDesk


class PaneWindow(Protocol):
    """What the pane order needs of the main window."""

    navigator: Navigator
    navigator_dock: QDockWidget
    findings: FindingsPanel
    findings_dock: QDockWidget
    queue: QueueView
    queue_dock: QDockWidget
    ticker_desk: TickerDesk
    ticker_dock: QDockWidget
    preview: PreviewPane
    preview_dock: QDockWidget

    def current_editor(self) -> ArticleEditor | None:
        """The editor in the front tab."""


@dataclass(frozen=True)
class Pane:
    """A pane: its name, the widget holding it, where the focus goes, and its dock if any."""

    name: str
    holder: QWidget
    target: QWidget
    dock: QDockWidget | None = None


def panes(window: PaneWindow) -> list[Pane]:
    """The panes that can take the focus now, in F6 order."""
    editor = window.current_editor()
    navigator = window.navigator
    found: list[Pane] = [
        Pane(
            "articles",
            navigator,
            navigator.table if navigator.table.rowCount() else navigator.search,
            window.navigator_dock,
        )
    ]
    if editor is not None:
        found += [
            Pane("body", editor.body, editor.body),
            Pane("fields", editor.fields, editor.fields.headline),
        ]
    found += [
        Pane("findings", window.findings, window.findings, window.findings_dock),
        Pane("queue", window.queue, window.queue.table, window.queue_dock),
        Pane("ticker", window.ticker_desk, window.ticker_desk.list, window.ticker_dock),
        Pane("preview", window.preview, window.preview.browser, window.preview_dock),
    ]
    if editor is not None and not editor.notes.isHidden():
        found.append(Pane("notes", editor.notes, editor.notes.entry))
    # A closed dock stays closed; one tabbed behind another is still open (its toggle is on).
    return [p for p in found if p.dock is None or p.dock.toggleViewAction().isChecked()]


def current_pane(found: list[Pane]) -> int:
    """The index of the pane holding the focus, or -1."""
    focus = QApplication.focusWidget()
    if focus is None:
        return -1
    for index, pane in enumerate(found):
        if focus is pane.holder or pane.holder.isAncestorOf(focus):
            return index
    return -1


def focus_pane(pane: Pane) -> None:
    """Show a pane (its dock to the front) and give it the focus."""
    if pane.dock is not None:
        pane.dock.show()
        pane.dock.raise_()
    if pane.target.focusPolicy() == Qt.FocusPolicy.NoFocus:
        pane.target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    pane.target.setFocus(Qt.FocusReason.OtherFocusReason)


def move_pane(window: PaneWindow, step: int) -> str:
    """Give the focus to the next (`step` 1) or previous (-1) pane; returns its name."""
    found = panes(window)
    index = current_pane(found)
    if index < 0 and step < 0:
        index = 0  # from outside every pane, Shift+F6 goes to the last
    chosen = found[(index + step) % len(found)]
    focus_pane(chosen)
    return chosen.name
