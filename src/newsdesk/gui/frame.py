"""The main window's frame: tabs, dock frames, status bar and saved layout, painted first.

Nothing here needs the database, the text engine or the editor: `newsdesk` shows this frame
(with the menus and toolbar `MainWindow` adds) before those load, and `MainWindow.attach`
then puts the newsroom's widgets into the docks. Keep this module's imports to Qt alone
(and the Qt-only table of settings keys).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from newsdesk.gui.settings_keys import SettingsKey, remember, setting

LAYOUT_VERSION = 2  # 2: no bottom docks, the body has the height
WINDOW_FRAME_ROOM = QSize(16, 40)
_MIRRORED_AREAS = {
    Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
    Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
}


class MainFrame(QMainWindow):
    """Central tabs, the navigator, findings, preview, queue and ticker docks, status labels."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Newsdesk"))
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.navigator_dock = self._dock(
            "navigator", QCoreApplication.translate("MainWindow", "Articles"), None, left
        )
        self.findings_dock = self._dock(
            "findings", QCoreApplication.translate("MainWindow", "House style"), None, right
        )
        self.preview_dock = self._dock(
            "preview", QCoreApplication.translate("MainWindow", "Preview"), None, right
        )
        # Beside the articles, full height: the chiefs' first view (see `show_queue_first`).
        self.queue_dock = self._dock(
            "queue", QCoreApplication.translate("MainWindow", "Desk queue"), None, left
        )
        self.tabifyDockWidget(self.navigator_dock, self.queue_dock)
        self.navigator_dock.raise_()
        self.ticker_dock = self._dock(
            "ticker", QCoreApplication.translate("MainWindow", "Ticker"), None, right
        )
        self.tabifyDockWidget(self.findings_dock, self.preview_dock)
        self.tabifyDockWidget(self.preview_dock, self.ticker_dock)
        self.preview_dock.raise_()
        self.words_label = QLabel()
        self.save_label = QLabel()
        self.article_state_label = QLabel()
        self.direction_label = QLabel()
        self.user_label = QLabel()
        for label in (
            self.words_label,
            self.save_label,
            self.article_state_label,
            self.direction_label,
            self.user_label,
        ):
            self.statusBar().addPermanentWidget(label)
        self.first_layout = False
        self._restore_geometry()

    def _dock(
        self, name: str, title: str, widget: QWidget | None, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        if QApplication.isRightToLeft():
            # Dock areas are absolute in Qt; a mirrored UI puts the navigator on the reading side.
            area = _MIRRORED_AREAS.get(area, area)
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        if widget is not None:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- preferences and layout ---------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = setting(SettingsKey.MAIN_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size())

    def _restore_state(self) -> None:
        """Put docks and toolbars back where the user left them (call once the toolbar exists)."""
        state = setting(SettingsKey.MAIN_STATE)
        if not (isinstance(state, QByteArray) and self.restoreState(state, LAYOUT_VERSION)):
            self.first_layout = True  # sized once the docks hold their widgets
            return
        mirrored = setting(SettingsKey.LAYOUT_MIRRORED) in (True, "true", "1", 1)
        if mirrored != QApplication.isRightToLeft():
            mirror_docks(self)  # laid out in the other direction: the reading side moved

    def _first_run_dock_sizes(self) -> None:
        # Once shown and filled: resizeDocks before the first layout is ignored.
        self.resizeDocks(
            [self.navigator_dock, self.preview_dock], [320, 420], Qt.Orientation.Horizontal
        )

    def save_layout(self) -> None:
        """Remember window size, docks and toolbars."""
        remember(SettingsKey.MAIN_GEOMETRY, self.saveGeometry())
        remember(SettingsKey.MAIN_STATE, self.saveState(LAYOUT_VERSION))
        remember(SettingsKey.LAYOUT_MIRRORED, QApplication.isRightToLeft())

    def show_queue_first(self) -> None:
        """Bring the desk queue to the front of its dock (a chief's day starts there)."""
        self.queue_dock.show()
        self.queue_dock.raise_()


def first_size() -> QSize:
    """The first window size: 1280×800, within the screen's free area."""
    size = QSize(1280, 800)
    screen = QApplication.primaryScreen()
    if screen is None:
        return size
    # The title bar and borders are not known before the first show: leave them room.
    return size.boundedTo(screen.availableGeometry().size() - WINDOW_FRAME_ROOM)


def scrolled(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area: a wide pane scrolls rather than widening the window."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def mirror_docks(window: QMainWindow) -> None:
    """Move every docked pane to the other side, tabbed groups kept together."""
    groups: list[tuple[Qt.DockWidgetArea, list[QDockWidget]]] = []
    seen: set[QDockWidget] = set()
    for dock in window.findChildren(QDockWidget):
        area = window.dockWidgetArea(dock)
        if dock in seen or dock.isFloating() or area not in _MIRRORED_AREAS:
            continue
        group = [dock, *window.tabifiedDockWidgets(dock)]
        seen.update(group)
        groups.append((_MIRRORED_AREAS[area], group))
    for area, group in groups:
        for dock in group:
            window.addDockWidget(area, dock)
        for dock in group[1:]:
            window.tabifyDockWidget(group[0], dock)
