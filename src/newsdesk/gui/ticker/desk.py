"""The ticker desk: a channel's items in on-air order, edited, reordered and cleared for air."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QDateTime,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.people import Person
from newsdesk.domain.ticker import TickerItem, TickerStatus
from newsdesk.errors import NewsdeskError
from newsdesk.gui.labels import ticker_status_label
from newsdesk.gui.spelling.article import ArticleSpelling
from newsdesk.gui.spelling.source import SpellerSource
from newsdesk.gui.ticker.crawl import CrawlItem, TickerCrawl
from newsdesk.gui.ticker.measure import crawl_font, measure_width
from newsdesk.gui.widgets.direction_delegate import LANGUAGE_ROLE, DirectionalDelegate, Index
from newsdesk.gui.widgets.directional import DirectionalLineEdit
from newsdesk.settings import Settings
from newsdesk.storage.engine import Database
from newsdesk.text.direction import resolve_direction

if TYPE_CHECKING:
    from newsdesk.services.ticker_channels import ChannelService
    from newsdesk.services.tickers import TickerService

ITEM_ID = Qt.ItemDataRole.UserRole
WIDTH_SHARE = Qt.ItemDataRole.UserRole + 1
LANGUAGE = LANGUAGE_ROLE
GAUGE_HEIGHT = 4
BREAKING_RED = "#c01c28"


class GaugeDelegate(DirectionalDelegate):
    """Draws each item's rendered width against the on-air window as a thin bar; edits in direction."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        share = float(index.data(WIDTH_SHARE) or 0.0)
        bar = QRect(
            option.rect.left() + 4,
            option.rect.bottom() - GAUGE_HEIGHT,
            option.rect.width() - 8,
            GAUGE_HEIGHT - 1,
        )
        painter.fillRect(bar, QColor("#deddda"))
        filled = QRect(bar.left(), bar.top(), int(bar.width() * min(share, 1.0)), bar.height())
        painter.fillRect(filled, QColor(BREAKING_RED if share > 1.0 else "#26a269"))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + GAUGE_HEIGHT + 6)

    spelling: ArticleSpelling | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DirectionalLineEdit(str(index.data(LANGUAGE) or "ar"), parent)
        if self.spelling is not None:
            editor.set_spelling(self.spelling)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DirectionalLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DirectionalLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class TickerDesk(QWidget):
    """One channel at a time: the running order, the selected item's controls and the live crawl."""

    message = Signal(str)

    def __init__(
        self,
        db: Database,
        person: Person,
        settings: Settings | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
        speller: SpellerSource | None = None,
        lazy: bool = False,
    ):
        """With `lazy`, nothing is read until `load` (see `docking.docked_ticker`)."""
        super().__init__(parent)
        self.settings = settings or Settings.load()
        self.db, self.person = db, person
        self.service: TickerService  # made by `load`, with the ORM the ticker's services need
        self.channels: ChannelService
        self.clock = clock or (lambda: datetime.now(UTC))
        self.publisher = False  # asked of the newsroom with the channels (`load`)
        self.loaded = False
        self.on_air_font = crawl_font()
        self._loading = False
        self.channel = QComboBox()
        self.list = QListWidget()
        # Ticker items are checked like an article's text; words ignored here last the session.
        self.spelling = ArticleSpelling(speller, self.settings.spell_check, parent=self)
        delegate = GaugeDelegate(self.list)
        delegate.spelling = self.spelling
        self.list.setItemDelegate(delegate)
        # A right-aligned Arabic item wider than the list would start beyond a horizontal
        # scroll bar's reach: wrap long items to the list's width instead.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.new_text = DirectionalLineEdit()
        self.new_text.setPlaceholderText(self.tr("New ticker item…"))
        self.new_text.set_spelling(self.spelling)
        self.add_button = QPushButton(self.tr("Add"))
        self.breaking_button = QPushButton(self.tr("Breaking"))
        self.breaking_button.setCheckable(True)
        self.breaking_button.setStyleSheet(
            f"QPushButton:checked {{ background: {BREAKING_RED}; color: white; }}"
        )
        self.expires = QDateTimeEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setDateTime(QDateTime.currentDateTime().addSecs(6 * 3600))
        self.set_expiry_button = QPushButton(self.tr("Set expiry"))
        self.approve_button = QPushButton(self.tr("Approve for air"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.renew_button = QPushButton(self.tr("Renew"))
        self.width_label = QLabel()
        self.crawl = TickerCrawl(font=self.on_air_font)
        self._layout()
        self._connect()
        if not lazy:
            self.load()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ticker")))
        top.addWidget(self.channel, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_text, 1)
        adding.addWidget(self.add_button)
        controls = QHBoxLayout()
        for widget in (self.breaking_button, self.expires, self.set_expiry_button):
            controls.addWidget(widget)
        air = QHBoxLayout()
        air.addWidget(self.renew_button)
        air.addStretch(1)
        for widget in (self.approve_button, self.withdraw_button):
            air.addWidget(widget)
            widget.setVisible(False)  # until `load` knows whether this person publishes
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(adding)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.width_label)
        layout.addLayout(controls)
        layout.addLayout(air)
        layout.addWidget(self.crawl)

    def _connect(self) -> None:
        self.channel.currentIndexChanged.connect(self.refresh)
        self.add_button.clicked.connect(self.add_item)
        self.new_text.returnPressed.connect(self.add_item)
        self.breaking_button.clicked.connect(self.toggle_breaking)
        self.set_expiry_button.clicked.connect(self.set_expiry)
        self.approve_button.clicked.connect(
            lambda: self._act(
                lambda i: self.service.approve(i, now=self.clock(), measure=self._measure)
            )
        )
        self.withdraw_button.clicked.connect(
            lambda: self._act(lambda i: self.service.withdraw(i, now=self.clock()))
        )
        self.renew_button.clicked.connect(
            lambda: self._act(lambda i: self.service.renew(i, now=self.clock()))
        )
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemChanged.connect(self._text_edited)
        self.list.model().rowsMoved.connect(self._rows_moved)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_selected(s))

    # -- data -------------------------------------------------------------------------------

    def load(self) -> None:
        """Ask whether this person puts items on air, then read the channels and the items (once)."""
        if self.loaded:
            return
        from newsdesk.services.ticker_channels import ChannelService
        from newsdesk.services.tickers import TickerService

        self.loaded = True
        self.service = TickerService(self.db, self.person, self.settings)
        self.channels = ChannelService(self.db, self.person, self.settings)
        self.publisher = self.service.may_publish()
        if self.publisher:
            self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for widget in (self.approve_button, self.withdraw_button):
            widget.setVisible(self.publisher)
        self.reload_channels()

    def reload_channels(self) -> None:
        """Fill the channel choice (keeping the current one)."""
        current = self.channel.currentText()
        self.channel.blockSignals(True)
        self.channel.clear()
        try:
            names = [c.name for c in self.channels.channels()]
        except NewsdeskError as exc:
            names = []
            self.message.emit(str(exc))
        self.channel.addItems(names or [self.settings.ticker_default_channel])
        if current in names:
            self.channel.setCurrentText(current)
        self.channel.blockSignals(False)
        self.refresh()

    def current_channel(self) -> str:
        """The channel shown."""
        return self.channel.currentText() or self.settings.ticker_default_channel

    def refresh(self) -> None:
        """Reload the running order and the crawl (a desk not yet loaded reads them when shown)."""
        if not self.loaded:
            return
        now = self.clock()
        try:
            items = self.service.list_items(self.current_channel(), now=now)
            window = self.service.channel_window(self.current_channel())
        except NewsdeskError:
            items, window = [], self.settings.ticker_window_px
        selected = self.selected_id()
        self._loading = True
        self.list.clear()
        for item in items:
            self.list.addItem(self._row(item, window))
        self._loading = False
        for row in range(self.list.count()):
            if self.list.item(row).data(ITEM_ID) == selected:
                self.list.setCurrentRow(row)
        on_air = [i for i in items if i.status_at(now) == TickerStatus.LIVE]
        self.crawl.set_items([CrawlItem(i.text, i.language, i.breaking) for i in on_air])

    def _row(self, item: TickerItem, window: int) -> QListWidgetItem:
        row = QListWidgetItem(item.text)
        row.setData(ITEM_ID, item.id)
        row.setData(LANGUAGE, item.language)
        width = measure_width(item.text, self.on_air_font, item.language)
        row.setData(WIDTH_SHARE, width / window if window else 0.0)
        rtl = resolve_direction(item.text, item.language) == "rtl"
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        row.setTextAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        status = item.status_at(self.clock())
        row.setToolTip(f"{ticker_status_label(status)} · {width}/{window} px")
        if item.breaking:
            row.setForeground(QColor(BREAKING_RED))
        if status != TickerStatus.LIVE:
            font = row.font()
            font.setItalic(True)
            row.setFont(font)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
        return row

    def selected_id(self) -> str | None:
        """The id of the selected item, if any."""
        current = self.list.currentItem()
        return current.data(ITEM_ID) if current else None

    def _measure(self, text: str) -> int:
        return measure_width(text, self.on_air_font)

    # -- actions ----------------------------------------------------------------------------

    def add_item(self) -> None:
        """Draft the typed text as a new item of this channel."""
        text = self.new_text.text().strip()
        if not text:
            return
        try:
            self.service.add(
                text,
                channel=self.current_channel(),
                breaking=self.breaking_button.isChecked(),
                now=self.clock(),
            )
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.tr("Not added"), str(exc))
            return
        self.new_text.setText("")
        self.refresh()

    def toggle_breaking(self) -> None:
        """Mark or unmark the selected item as breaking."""
        breaking = self.breaking_button.isChecked()
        self._act(lambda i: self.service.edit(i, breaking=breaking, now=self.clock()))

    def set_expiry(self) -> None:
        """Give the selected item the chosen expiry time."""
        when = datetime.fromtimestamp(self.expires.dateTime().toSecsSinceEpoch(), UTC)
        self._act(lambda i: self.service.edit(i, expires_at=when, now=self.clock()))

    def _act(self, action: Callable[[str], object]) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        try:
            action(item_id)
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.tr("Ticker"), str(exc))
        self.refresh()

    def _selection_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        try:
            item = self.service.get(current.data(ITEM_ID), now=self.clock())
        except NewsdeskError:
            return
        self.breaking_button.setChecked(item.breaking)
        expiry = item.expires_at or (self.clock() + timedelta(hours=6))
        self.expires.setDateTime(QDateTime.fromSecsSinceEpoch(int(expiry.timestamp())))
        share = float(current.data(WIDTH_SHARE) or 0.0)
        self.width_label.setText(
            self.tr("Width: %1% of the on-air window").replace("%1", str(round(share * 100)))
        )

    def _text_edited(self, row: QListWidgetItem) -> None:
        if self._loading:
            return
        try:
            self.service.edit(
                row.data(ITEM_ID), text=row.text(), now=self.clock(), measure=self._measure
            )
        except NewsdeskError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
        self.refresh()

    def move_selected(self, step: int) -> None:
        """Move the selected item one place up (-1) or down (1) the running order."""
        item_id, target = self.selected_id(), self.list.currentRow() + step
        if item_id is None or not 0 <= target < self.list.count():
            return
        try:
            self.service.move(item_id, target, now=self.clock())
        except NewsdeskError as exc:
            self.message.emit(str(exc))
        self.refresh()

    def _rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        if self._loading:
            return
        target = row if row < start else row - 1
        moved = self.list.item(target)
        if moved is None:
            return
        try:
            self.service.move(moved.data(ITEM_ID), target, now=self.clock())
        except NewsdeskError as exc:
            self.message.emit(str(exc))
        self.refresh()
