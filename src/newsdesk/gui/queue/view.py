"""The desk chief's queue: tabs by status with live counts, a paged table and the workflow actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Status
from newsdesk.domain.people import Person
from newsdesk.domain.permissions import Permission, may
from newsdesk.domain.workflow import Step, may_take
from newsdesk.errors import ConflictError, NewsdeskError
from newsdesk.gui.dialogs.history import HistoryDialog, unseen_changes
from newsdesk.gui.dialogs.step_note import ask_step_note
from newsdesk.gui.queue.model import COLUMNS, UNSORTED, QueueModel
from newsdesk.gui.queue.spelling_counts import SpellingCounts
from newsdesk.gui.settings_keys import SettingsKey
from newsdesk.gui.spelling.source import SpellerSource
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP
from newsdesk.gui.widgets.column_memory import ColumnMemory, WideColumn
from newsdesk.gui.widgets.direction_delegate import DirectionalDelegate
from newsdesk.gui.widgets.directional import DirectionalLineEdit
from newsdesk.services.articles import ArticleService, count_label
from newsdesk.storage.engine import Database

POLL_MS = 3000
# Columns whose values are a number or a word: as wide as their titles until the person drags.
COMPACT_COLUMNS = ("urgency", "words", "errors", "spelling")
HEADLINE_FLOOR = 220  # pixels: two lines of a headline stay readable in a laptop's narrow dock
# Steps that judge the text: they act on the version shown, never on a newer one unseen.
JUDGING = (Step.APPROVE, Step.RETURN)
TABS = (
    (Status.SUBMITTED, QT_TRANSLATE_NOOP("Queue", "Incoming")),
    (Status.IN_REVIEW, QT_TRANSLATE_NOOP("Queue", "In review")),
    (Status.RETURNED, QT_TRANSLATE_NOOP("Queue", "Returned")),
    (Status.APPROVED, QT_TRANSLATE_NOOP("Queue", "Approved")),
    (Status.PUBLISHED, QT_TRANSLATE_NOOP("Queue", "Published")),
    (Status.SPIKED, QT_TRANSLATE_NOOP("Queue", "Spiked")),
)
ACTIONS = (
    (Step.CLAIM, QT_TRANSLATE_NOOP("Queue", "Claim")),
    (Step.APPROVE, QT_TRANSLATE_NOOP("Queue", "Approve")),
    (Step.RETURN, QT_TRANSLATE_NOOP("Queue", "Return…")),
    (Step.PUBLISH, QT_TRANSLATE_NOOP("Queue", "Mark published")),
    (Step.SPIKE, QT_TRANSLATE_NOOP("Queue", "Spike…")),
    (Step.RESTORE, QT_TRANSLATE_NOOP("Queue", "Restore")),
)


# The queue sits in a narrow dock: its buttons wrap to rows of this many, never off the edge.
BUTTONS_PER_ROW = 3


def button_rows(buttons: list[QPushButton]) -> QGridLayout:
    """The buttons that are shown, in rows of BUTTONS_PER_ROW equal columns."""
    grid = QGridLayout()
    shown = [button for button in buttons if not button.isHidden()]
    for index, button in enumerate(shown):
        grid.addWidget(button, index // BUTTONS_PER_ROW, index % BUTTONS_PER_ROW)
    return grid


class QueueView(QWidget):
    """What waits for the desk; a double-click opens the article."""

    openRequested = Signal(str)
    changed = Signal()

    def __init__(
        self,
        db: Database,
        person: Person,
        lease: timedelta,
        ui_language: str = "en",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.person = person
        self.service = ArticleService(db, person, lease)
        # The version open in an editor, if any (the main window knows); else the queue's row.
        self.shown_version: Callable[[str], int | None] = lambda _article_id: None
        self.unseen: HistoryDialog | None = None
        self.model = QueueModel(self.service, ui_language)
        self.tabs = QTabBar()
        for _status, label in TABS:
            self.tabs.addTab(QCoreApplication.translate("Queue", label))
        self.mine = QCheckBox(QCoreApplication.translate("Queue", "In review: only what I hold"))
        self.mine.toggled.connect(lambda: self._tab_changed(self.tabs.currentIndex()))
        self.search = DirectionalLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("Queue", "Search this tab (Arabic-aware)…")
        )
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.changed.connect(self._search_timer.start)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, DirectionalDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the queue; arrows move in it
        self.table.horizontalHeader().setStretchLastSection(False)
        self.headline_width = WideColumn(self.table, COLUMNS.index("headline"), HEADLINE_FLOOR)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sortable_only)
        self.columns = ColumnMemory(
            self.table,
            SettingsKey.QUEUE_COLUMNS,
            compact=[COLUMNS.index(name) for name in COMPACT_COLUMNS],
            always_shown=[COLUMNS.index("headline")],
        )
        # Activated: a double click, or Enter on the keyboard.
        self.table.activated.connect(
            lambda index: self.openRequested.emit(self.model.article_id(index.row()))
        )
        self.buttons: dict[Step, QPushButton] = {}
        for step, label in ACTIONS:
            button = QPushButton(QCoreApplication.translate("Queue", label), self)
            button.clicked.connect(lambda _=False, s=step: self.take_step(s))
            # Hidden, not just disabled, where the role may never take the step; the service refuses anyway.
            button.setHidden(not may_take(person.role, step))
            self.buttons[step] = button
        self.break_button = QPushButton(QCoreApplication.translate("Queue", "Break lease…"), self)
        self.break_button.clicked.connect(self.break_lease)
        self.break_button.setHidden(not may(person.role, Permission.BREAK_LEASE))
        actions = button_rows([*self.buttons.values(), self.break_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.mine)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._marker = self.service.change_marker()
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self.poll_changes)
        self.poll.start()
        self._tab_changed(0)

    def count_spelling(self, speller: SpellerSource) -> None:
        """Show each article's spelling findings beside its house-style errors."""
        self.model.count_spelling(SpellingCounts(self.service, speller, self))

    def current_status(self) -> Status:
        """The status whose tab is shown."""
        return TABS[self.tabs.currentIndex()][0]

    def _sortable_only(self, column: int, _order: Qt.SortOrder) -> None:
        # A click on a column the database cannot sort by leaves the rows and the arrow as they were.
        if COLUMNS[column] in UNSORTED:
            kept = (
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder
            )
            self.table.horizontalHeader().setSortIndicator(self.model.sorted_column(), kept)

    def _tab_changed(self, index: int) -> None:
        status = TABS[index][0]
        self.model.status = status.value
        # Only the In review tab has held articles: elsewhere the search box takes the room.
        self.mine.setHidden(status != Status.IN_REVIEW)
        self.model.held_by = (
            self.mine.isChecked() and status == Status.IN_REVIEW and self.person.name
        ) or None
        self.model.set_search(self.search.text())
        self.update_counts()

    def update_counts(self) -> None:
        """Show how many articles each tab holds."""
        counts = self.service.counts()
        counts[Status.IN_REVIEW.value] = self.service.counts(held_by=self.person.name)[
            Status.IN_REVIEW.value
        ]
        for index, (status, label) in enumerate(TABS):
            name = QCoreApplication.translate("Queue", label)
            self.tabs.setTabText(index, f"{name} ({count_label(counts.get(status.value, 0))})")

    def poll_changes(self) -> bool:
        """Refresh when anything changed (another window, process or desk); True when it did."""
        marker = self.service.change_marker()
        if marker == self._marker:
            return False
        self._marker = marker
        kept = set(self.selected_ids())
        self.model.reload()
        self._select(kept)
        self.update_counts()
        return True

    def _select(self, ids: set[str]) -> None:
        """Select again the rows of these articles, wherever the reload put them."""
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row, summary in enumerate(self.model.rows):
            if summary.id in ids:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.article_id(row) for row in rows]

    def selected_headlines(self) -> list[tuple[str, str]]:
        """The (headline, language) of the selected rows."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [(self.model.rows[row].headline, self.model.rows[row].language) for row in rows]

    def seen_version(self, article_id: str) -> int | None:
        """The version of the article on screen: in an open editor, else in the queue's row."""
        shown = self.shown_version(article_id)
        if shown is not None:
            return shown
        return next((r.version for r in self.model.rows if r.id == article_id), None)

    def _unseen_text(self, seen: int, refused: ConflictError) -> str:
        return (
            self.tr(
                "Nothing was done: the text was changed after version %1, the one shown "
                "(now version %2, saved by %3). Here is what changed."
            )
            .replace("%1", str(seen))
            .replace("%2", str(refused.current_version))
            .replace("%3", refused.saved_by)
        )

    def break_lease(self, confirm: bool = True) -> int:
        """Take the edit lease away on the selected articles, after a confirmation."""
        ids = self.selected_ids()
        if not ids:
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Break lease"),
                self.tr("Take the article away from whoever is editing it?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        for article_id in ids:
            self.service.break_lease(article_id)
        self.model.reload()
        return len(ids)

    def take_step(self, step: Step, note: str | None = None) -> int:
        """Take a step on every selected article; return how many succeeded."""
        ids = self.selected_ids()
        if not ids:
            return 0
        if note is None and step in (Step.RETURN, Step.SPIKE):
            note = ask_step_note(step, self.selected_headlines(), self)
            if note is None:
                return 0
        done, errors = 0, []
        for article_id in ids:
            seen = self.seen_version(article_id) if step in JUDGING else None
            try:
                self.service.take_step(article_id, step, note or "", seen_version=seen)
                done += 1
            except ConflictError as exc:
                if seen is None or (self.unseen is not None and self.unseen.isVisible()):
                    errors.append(str(exc))
                else:
                    self.unseen = unseen_changes(
                        self.service, article_id, seen, self._unseen_text(seen, exc), self
                    )
            except NewsdeskError as exc:
                errors.append(str(exc))
        if errors:
            QMessageBox.warning(self, self.tr("Not done"), "\n".join(errors))
        self.poll_changes()
        self.changed.emit()
        return done
