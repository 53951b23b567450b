"""A table's columns as the person left them: widths, order, hidden ones and the sort."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from newsdesk.gui.settings_keys import SettingsKey, remember, setting


class ColumnMemory:
    """Restores a table header's state from one settings key, and offers its columns on
    right-click; `save` (at quit, with the rest of the desk's layout) keeps it."""

    def __init__(
        self,
        table: QTableView,
        key: SettingsKey,
        compact: Iterable[int] = (),
        always_shown: Iterable[int] = (),
    ) -> None:
        self.header = table.horizontalHeader()
        self.key = key
        self.always_shown = frozenset(always_shown)
        self.header.setSectionsMovable(True)  # dragged by its title to another place
        # As wide as their titles, not Qt's default of 100 pixels: the dock is narrow.
        fit_header(self.header, compact)
        stored = setting(key, None)
        if isinstance(stored, QByteArray | bytes):
            # A state Qt cannot read (another version's table) leaves the defaults as they are.
            self.header.restoreState(QByteArray(stored))
        for column in self.always_shown:
            self.header.setSectionHidden(column, False)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._offer_columns)

    def save(self) -> None:
        """Remember the header as it is now."""
        remember(self.key, self.header.saveState())

    def columns_menu(self) -> QMenu:
        """A menu with one checkable entry per column, to show or hide it."""
        menu = QMenu(self.header)
        model = self.header.model()
        for column in range(self.header.count()):
            action = QAction(str(model.headerData(column, self.header.orientation())), menu)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.setEnabled(column not in self.always_shown)
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
            menu.addAction(action)
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        """Show or hide one column (never one that is always shown)."""
        if not shown and column in self.always_shown:
            return
        self.header.setSectionHidden(column, not shown)
        if shown and self.header.sectionSize(column) == 0:
            self.header.resizeSection(column, self.header.sectionSizeHint(column))

    def _offer_columns(self, position: QPoint) -> None:
        self.columns_menu().exec(self.header.mapToGlobal(position))


def fit_header(header: QHeaderView, columns: Iterable[int]) -> None:
    """Make each of `columns` as wide as its title."""
    for column in columns:
        header.resizeSection(column, header.sectionSizeHint(column))


class WideColumn(QObject):
    """Gives one column the table's spare width, but never less than `floor` pixels.

    Qt's Stretch mode squeezes the column to its minimum when the others fill a narrow dock;
    here the others scroll instead, and the column stays wide enough to read.
    """

    def __init__(self, table: QTableView, column: int, floor: int) -> None:
        super().__init__(table)
        self.table, self.column, self.floor = table, column, floor
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        # Another column hidden, shown or dragged wider or narrower: the spare width changed.
        table.horizontalHeader().sectionResized.connect(self._other_resized)

    def _other_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self.column:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Give the column what the others leave of the visible width, at least the floor."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        header.resizeSection(self.column, max(self.floor, self.table.viewport().width() - others))
