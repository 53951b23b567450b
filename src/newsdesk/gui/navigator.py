"""The navigator: the user's and the desk's articles, filtered by status, with Arabic-aware search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Status
from newsdesk.errors import NewsdeskError
from newsdesk.gui.labels import STATUS_LABELS, status_label
from newsdesk.gui.widgets.direction_delegate import LANGUAGE_ROLE, DirectionalDelegate
from newsdesk.gui.widgets.directional import DirectionalLineEdit
from newsdesk.services.articles import ArticleService
from newsdesk.services.searching import search_summaries
from newsdesk.text.dates import DEFAULT_TIMEZONE, short_datetime
from newsdesk.text.direction import resolve_direction

PAGE = 300


class Navigator(QWidget):
    """Lists articles newest first; double-click (or Enter) asks to open one."""

    openRequested = Signal(str)
    message = Signal(str)

    def __init__(
        self, service: ArticleService, zone: str = DEFAULT_TIMEZONE, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.service = service
        self.zone = zone  # the desk's zone, which the preview's dateline uses too
        # Articles with news for this desk (a chief's step, an import): shown in bold with the
        # notice, until opened.
        self.marked: dict[str, str] = {}
        self.search = DirectionalLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Arabic-aware)…"))
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in STATUS_LABELS:
            self.status.addItem(status_label(status), status.value)
        self.mine = QCheckBox(self.tr("Mine"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Headline"), self.tr("Status"), self.tr("Updated")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self.table.setItemDelegateForColumn(0, DirectionalDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.itemActivated.connect(self._activated)
        filters = QHBoxLayout()
        filters.addWidget(self.status, 1)
        filters.addWidget(self.mine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.changed.connect(self._debounce.start)
        self.search.returnPressed.connect(self.open_first)
        self.status.currentIndexChanged.connect(self.refresh)
        self.mine.toggled.connect(self.refresh)

    def refresh(self) -> None:
        """Reload from the database with the current filters."""
        try:
            rows = self._rows()
        except NewsdeskError as exc:
            self.message.emit(str(exc))
            return
        # Rows are reordered (a saved article moves to the top): the selection follows its article.
        kept = set(self.selected_ids())
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for index, (article_id, headline, language, status, updated) in enumerate(rows):
            item = QTableWidgetItem(headline)
            item.setData(Qt.ItemDataRole.UserRole, article_id)
            item.setData(LANGUAGE_ROLE, language)
            align = (
                Qt.AlignmentFlag.AlignRight
                if resolve_direction(headline, language) == "rtl"
                else Qt.AlignmentFlag.AlignLeft
            )
            item.setTextAlignment(
                align | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
            )
            item.setToolTip(self.marked.get(article_id, headline))
            if article_id in self.marked:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(index, 0, item)
            self.table.setItem(index, 1, QTableWidgetItem(status_label(status)))
            self.table.setItem(index, 2, QTableWidgetItem(updated))
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        for index, row in enumerate(rows):
            if row[0] in kept:
                self.table.selectRow(index)
                break

    def open_first(self) -> None:
        """Enter in the search box: search now and open the first article found."""
        self._debounce.stop()
        self.refresh()
        first = self.table.item(0, 0)
        if first is not None:
            self.table.selectRow(0)
            self.openRequested.emit(first.data(Qt.ItemDataRole.UserRole))

    def _rows(self) -> list[tuple[str, str, str, Status, str]]:
        query = self.search.text().strip()
        status = self.status.currentData()
        author = self.service.actor.name if self.mine.isChecked() else None
        if query:
            hits = search_summaries(
                self.service.db, query, status=status, author=author, limit=PAGE
            )
            return [(h.id, h.headline, h.language, h.status, "") for h in hits]
        summaries = self.service.summaries(status=status, author=author, limit=PAGE)
        return [
            (
                s.id,
                s.headline,
                s.language,
                s.status,
                short_datetime(s.updated_at, self.zone),
            )
            for s in summaries
        ]

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [article_id for row in rows if (article_id := self._article_id(row))]

    def _article_id(self, row: int) -> str | None:
        item = self.table.item(row, 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _activated(self, item: QTableWidgetItem) -> None:
        article_id = self._article_id(item.row())
        if article_id:
            self.marked.pop(article_id, None)
            item.setFont(self.table.font())
            self.openRequested.emit(article_id)
