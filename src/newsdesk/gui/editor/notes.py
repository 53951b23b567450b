"""The notes thread under an article: what the desk and the reporter said to each other."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Note
from newsdesk.errors import NewsdeskError
from newsdesk.gui.labels import path_text, step_label
from newsdesk.gui.widgets.direction_delegate import LANGUAGE_ROLE, DirectionalDelegate
from newsdesk.gui.widgets.directional import DirectionalLineEdit
from newsdesk.services.articles import ArticleService
from newsdesk.text.dates import DEFAULT_TIMEZONE, short_datetime

# How the import services word the note they leave on an imported article.
IMPORTED_FROM = "imported from "
NOTES_MAX_HEIGHT = 90


class NotesPanel(QWidget):
    """Lists the notes (oldest first) and adds one."""

    def __init__(
        self,
        service: ArticleService,
        zone: Callable[[], str] = lambda: DEFAULT_TIMEZONE,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service = service
        self.zone = zone  # the desk's zone, as the Articles list and the preview show times
        self.article_id: str | None = None
        self.list = QListWidget()
        self.list.setItemDelegate(DirectionalDelegate(self.list))
        self.list.setMaximumHeight(NOTES_MAX_HEIGHT)
        # One note a line, cut to the list's width (whole on hover): a long import note would
        # otherwise widen every row, and a short Arabic note, aligned right, goes out of view.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.entry = DirectionalLineEdit()
        self.entry.setPlaceholderText(self.tr("Write a note for the desk…"))
        self.send = QPushButton(self.tr("Add note"))
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.send.clicked.connect(self.add_note)
        self.entry.returnPressed.connect(self.add_note)

    def show_article(self, article_id: str | None) -> None:
        """Show the thread of an article (nothing for an unsaved one)."""
        self.article_id = article_id
        self.list.clear()
        self.list.setVisible(False)
        self.setVisible(article_id is not None)
        if article_id is None:
            return
        try:
            notes = self.service.notes(article_id)
        except NewsdeskError:
            return
        row_height = self.list.fontMetrics().height() + 2
        for note in notes:
            when = short_datetime(note.at, self.zone())
            said = self._said(note)
            item = QListWidgetItem(f"{note.author} · {when} — {said}")
            item.setToolTip(item.text())
            item.setSizeHint(QSize(0, row_height))
            item.setData(LANGUAGE_ROLE, "ar")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        # An empty thread is only the line to write in: the body keeps the room.
        self.list.setVisible(self.list.count() > 0)
        if self.list.count():  # as tall as its notes, up to a few lines
            rows = self.list.sizeHintForRow(0) * self.list.count() + 2 * self.list.frameWidth()
            self.list.setMaximumHeight(min(NOTES_MAX_HEIGHT, rows + 2))
        self.list.scrollToBottom()

    def _said(self, note: Note) -> str:
        """The note in the UI language: a step's name translated, a file name isolated."""
        if not note.step:
            return note.text
        message = note.message
        if note.step == "import" and message.startswith(IMPORTED_FROM):
            # The import's own record (file, format, digest) is kept as written, left to right.
            source = path_text(message[len(IMPORTED_FROM) :])
            return self.tr("imported from %1").replace("%1", source)
        return f"{step_label(note.step)}: {message}"

    def add_note(self) -> None:
        """Add the typed note to the thread."""
        text = self.entry.text().strip()
        if not text or self.article_id is None:
            return
        try:
            self.service.add_note(self.article_id, text)
        except NewsdeskError:
            return
        self.entry.setText("")
        self.show_article(self.article_id)
