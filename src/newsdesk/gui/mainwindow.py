"""The main window: the article list and a read-only view of the chosen article."""

from __future__ import annotations

import html

import qtawesome as qta
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
)

from newsdesk.domain.article import ArticleContent, Status
from newsdesk.domain.people import Person
from newsdesk.errors import NewsdeskError
from newsdesk.services.articles import ArticleService
from newsdesk.storage.engine import Database
from newsdesk.text.direction import resolve_direction

COLUMNS = ("Status", "Desk", "Author", "Updated", "Headline")


class MainWindow(QMainWindow):
    """Lists articles newest first and shows the selected one with each paragraph's direction."""

    def __init__(self, db: Database, person: Person):
        super().__init__()
        self.articles = ArticleService(db, person)
        self.setWindowTitle(
            self.tr("Newsdesk — %1 (%2)")
            .replace("%1", person.label)
            .replace("%2", person.role.value)
        )
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status.value.replace("_", " "), status.value)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.view = QTextBrowser()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.view)
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self._restore_layout()
        self.refresh()

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        self.addToolBar(toolbar)
        refresh = QAction(qta.icon("fa5s.sync"), self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        quit_action = QAction(qta.icon("fa5s.sign-out-alt"), self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        toolbar.addAction(refresh)
        toolbar.addWidget(self.status_filter)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(refresh)
        menu.addSeparator()
        menu.addAction(quit_action)

    def refresh(self) -> None:
        """Reload the list from the database."""
        try:
            rows = self.articles.list(status=self.status_filter.currentData(), limit=500)
        except NewsdeskError as exc:
            self.statusBar().showMessage(str(exc))
            return
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = (
                row.status.value,
                row.desk,
                row.author,
                row.updated_at.strftime("%Y-%m-%d %H:%M"),
                row.headline,
            )
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if j == len(cells) - 1 and resolve_direction(value, row.language) == "rtl":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, j, item)
        self.statusBar().showMessage(self.tr("%n article(s)", "", len(rows)))

    def _show_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        try:
            article = self.articles.get(items[0].data(Qt.ItemDataRole.UserRole))
        except NewsdeskError as exc:
            self.statusBar().showMessage(str(exc))
            return
        self.view.setHtml(article_html(article.content))

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = settings.value("main/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        super().closeEvent(event)


def article_html(content: ArticleContent) -> str:
    """A simple read-only rendering with an explicit direction on every paragraph."""

    def para(tag: str, text: str) -> str:
        direction = resolve_direction(text, content.language)
        align = "right" if direction == "rtl" else "left"
        return f'<{tag} dir="{direction}" align="{align}">{html.escape(text)}</{tag}>'

    parts = [para("p", content.kicker)] if content.kicker else []
    parts.append(para("h2", content.headline))
    if content.standfirst:
        parts.append(para("h4", content.standfirst))
    parts.extend(para("p", block.text) for block in content.body.blocks)
    return "".join(parts)
