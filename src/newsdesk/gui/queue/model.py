"""The queue's table model: pages rows in from the database as the view scrolls."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from newsdesk.domain.article import ArticleSummary
from newsdesk.gui.labels import status_label
from newsdesk.gui.queue.spelling_counts import SpellingCounts
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP
from newsdesk.gui.widgets.direction_delegate import LANGUAGE_ROLE, Index
from newsdesk.services.articles import ArticleService
from newsdesk.services.searching import search_summaries
from newsdesk.text.dates import relative_time

PAGE = 100
SEARCH_LIMIT = 200
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    "urgency",
    "headline",
    "desk",
    "author",
    "status",
    "changed",
    "words",
    "errors",
    "spelling",
    "held_by",
)
# Counted by article_word_count, as the status bar counts the open article.
HEADER_TIPS = {"words": QT_TRANSLATE_NOOP("Queue", "Words in the headline and the body")}
SORT_KEYS = {"changed": "updated_at", "words": "word_count", "errors": "lint_errors"}
# Counted on the desk as rows are shown, not stored: the database cannot sort by it.
UNSORTED = frozenset({"spelling"})
HEADERS = {
    "urgency": QT_TRANSLATE_NOOP("Queue", "Urgency"),
    "headline": QT_TRANSLATE_NOOP("Queue", "Headline"),
    "desk": QT_TRANSLATE_NOOP("Queue", "Desk"),
    "author": QT_TRANSLATE_NOOP("Queue", "Author"),
    "status": QT_TRANSLATE_NOOP("Queue", "Status"),
    "changed": QT_TRANSLATE_NOOP("Queue", "Last change"),
    "words": QT_TRANSLATE_NOOP("Queue", "Words"),
    "errors": QT_TRANSLATE_NOOP("Queue", "Style errors"),
    "spelling": QT_TRANSLATE_NOOP("Queue", "Spelling"),
    "held_by": QT_TRANSLATE_NOOP("Queue", "Held by"),
}
# An imported copy of the article disagreed with this one (see services/bundle_import.py).
CONFLICT_MARK = "⚠"
CONFLICT_TIP = QT_TRANSLATE_NOOP(
    "Queue", "An imported copy differs from this one; it is kept in the history as a conflict"
)


class QueueModel(QAbstractTableModel):
    """Articles of one status, newest change first, fetched a page at a time."""

    def __init__(self, service: ArticleService, ui_language: str = "en"):
        super().__init__()
        self.service = service
        self.ui_language = ui_language
        self.status: str | None = "submitted"
        self.desk: str | None = None
        self.rows: list[ArticleSummary] = []
        self.exhausted = False
        self.order = "updated_at"
        self.descending = True
        self.query = ""
        self.held_by: str | None = None
        self.spelling: SpellingCounts | None = None

    def count_spelling(self, counts: SpellingCounts) -> None:
        """Show each article's spelling findings, as `counts` works them out."""
        self.spelling = counts
        counts.counted.connect(self._spelling_counted)

    def _spelling_counted(self, article_id: str) -> None:
        column = COLUMNS.index("spelling")
        for number, row in enumerate(self.rows):
            if not article_id or row.id == article_id:
                index = self.index(number, column)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def set_search(self, query: str) -> None:
        """Show only the tab's articles that match an Arabic-aware search (or all again)."""
        self.query = query.strip()
        if not self.query:
            self.set_filter(self.status, self.desk)
            return
        rows = search_summaries(
            self.service.db,
            self.query,
            status=self.status,
            desk=self.desk,
            held_by=self.held_by,
            limit=SEARCH_LIMIT,
        )
        self.beginResetModel()
        self.rows = rows
        self.exhausted = True
        self.endResetModel()

    def set_filter(self, status: str | None, desk: str | None = None) -> None:
        """Show another status (or desk); starts again from the first page."""
        self.beginResetModel()
        self.status, self.desk = status, desk
        self.rows, self.exhausted = [], False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        """Read again as many rows as are shown (after a change elsewhere)."""
        if self.query:
            self.set_search(self.query)
            return
        shown = max(len(self.rows), PAGE)
        self.beginResetModel()
        self.rows = self._page(shown, 0)
        self.exhausted = len(self.rows) < shown
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.exhausted:
            return
        page = self._page(PAGE, len(self.rows))
        self.exhausted = len(page) < PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def _page(self, limit: int, offset: int) -> list[ArticleSummary]:
        return self.service.summaries(
            status=self.status,
            desk=self.desk,
            held_by=self.held_by,
            limit=limit,
            offset=offset,
            order=self.order,
            descending=self.descending,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column in the database, so paging still reads only what is shown."""
        name = COLUMNS[column]
        if name in UNSORTED:
            return
        self.order = SORT_KEYS.get(name, name)
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self.rows, self.exhausted = [], False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def sorted_column(self) -> int:
        """The column the rows are sorted by."""
        names = {key: name for name, key in SORT_KEYS.items()}
        return COLUMNS.index(names.get(self.order, self.order))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Queue", HEADERS[COLUMNS[section]])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(COLUMNS[section])
            return QCoreApplication.translate("Queue", tip) if tip else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == LANGUAGE_ROLE:
            return row.language
        if role == Qt.ItemDataRole.ForegroundRole and row.breaking:
            return Qt.GlobalColor.red
        if role == Qt.ItemDataRole.ToolTipRole and row.conflict and column == "headline":
            return QCoreApplication.translate("Queue", CONFLICT_TIP)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "headline" and row.conflict:
            return f"{CONFLICT_MARK} {row.headline}"
        if column == "urgency":
            return ("⚡ " if row.breaking else "") + str(row.urgency)
        if column == "status":
            return status_label(row.status)
        if column == "words":
            return row.word_count
        if column == "errors":
            return row.lint_errors or ""
        if column == "spelling":
            count = self.spelling.count(row.id, row.version) if self.spelling else None
            return count or ""
        if column == "changed":
            return relative_time(row.updated_at, datetime.now(UTC), self.ui_language)
        return getattr(row, column) or ""

    def article_id(self, row: int) -> str:
        """The id of the article in a row."""
        return self.rows[row].id
