"""The window's imports and exports: File → Import…, files dropped on it, Export bundle…, Send to desk….

`MainWindow` builds on this frame and gives it what is declared below once it is attached.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.gui.frame import MainFrame

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from newsdesk.domain.people import Person
    from newsdesk.gui.editor.article_editor import ArticleEditor
    from newsdesk.gui.export_flow import ExportFlow
    from newsdesk.gui.importing import ImportRun
    from newsdesk.gui.navigator import Navigator
    from newsdesk.gui.queue.view import QueueView
    from newsdesk.gui.ticker.desk import TickerDesk
    from newsdesk.services.articles import ArticleService
    from newsdesk.settings import Settings


class TransferFrame(MainFrame):
    """The frame with the window's import and export commands."""

    # Given by MainWindow: these before the first paint, the lists and services once attached.
    attached: bool
    export_flow: ExportFlow | None
    import_run: ImportRun | None
    articles: ArticleService
    person: Person
    navigator: Navigator
    queue: QueueView
    ticker_desk: TickerDesk

    @property
    def settings(self) -> Settings:
        """The newsroom settings (given by MainWindow)."""
        raise NotImplementedError

    def current_editor(self) -> ArticleEditor | None:
        """The editor in the front tab (given by MainWindow)."""
        raise NotImplementedError

    def save_current(self) -> bool:
        """Save the front editor (given by MainWindow)."""
        raise NotImplementedError

    def open_article(self, article_id: str) -> object:
        """Open an article (given by MainWindow)."""
        raise NotImplementedError

    def exporting(self) -> ExportFlow:
        """Export bundle… and Send to desk… of this window (made on first use)."""
        from newsdesk.gui.export_flow import ExportFlow

        if self.export_flow is None:
            self.export_flow = ExportFlow(self, self)
            self.export_flow.exported.connect(self.navigator.refresh)
            self.export_flow.exported.connect(self.queue.poll_changes)
            self.export_flow.status_message.connect(self.statusBar().showMessage)
        return self.export_flow

    def selected_article_ids(self) -> list[str]:
        """The articles selected in the desk queue, else those selected in the navigator."""
        if self.queue_dock.isVisible():
            chosen = self.queue.selected_ids()
            if chosen:
                return chosen
        if self.navigator_dock.isVisible():
            return self.navigator.selected_ids()
        return []

    def refresh_lists(self) -> None:
        """Show what changed in the article list, the desk queue and the ticker."""
        self.navigator.refresh()
        self.queue.poll_changes()
        self.ticker_desk.refresh()

    def import_files(self) -> None:
        """File → Import…: choose files, then import them."""
        from newsdesk.gui.importing import choose_files

        self.import_paths(choose_files(self))

    def import_paths(self, paths: list[Path]) -> None:
        """Import files as drafts with progress, then show what became of each."""
        from newsdesk.gui.importing import start_import

        self.import_run = start_import(self, paths, self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from newsdesk.gui.importing import take_files

        take_files(event, self.attached)

    def dropEvent(self, event: QDropEvent) -> None:
        from newsdesk.gui.importing import take_files

        if paths := take_files(event, self.attached):
            self.import_paths(paths)
