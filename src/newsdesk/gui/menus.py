"""The main window's menu bar and toolbar, laid out as tables of action names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolBar

from newsdesk.gui.actions import ActionName, Actions
from newsdesk.gui.frame import MainFrame
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP

A = ActionName
VIEW_TITLE = QT_TRANSLATE_NOOP("MainWindow", "&View")
# Each menu: its title (translated in the window's context), then its actions; None separates.
MENUS: tuple[tuple[str, tuple[ActionName | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            A.NEW,
            A.OPEN,
            A.SAVE,
            A.CLOSE,
            A.SUBMIT,
            A.HISTORY,
            A.PRINT_PROOF,
            A.SAVE_PROOF_PDF,
            None,
            A.IMPORT_FILES,
            A.EXPORT_BUNDLE,
            A.SEND_TO_DESK,
            None,
            A.PREFERENCES,
            A.CHECK_DATABASE,
            None,
            A.QUIT,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        (
            A.UNDO,
            A.REDO,
            None,
            A.CUT,
            A.COPY,
            A.PASTE,
            A.PASTE_PLAIN,
            A.SELECT_ALL,
            None,
            A.FIND,
            A.REPLACE,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "F&ormat"),
        (
            A.BOLD,
            A.ITALIC,
            A.LINK,
            A.DIRECTION_RTL,
            A.DIRECTION_LTR,
            A.DIRECTION_AUTO,
            None,
            A.BLOCK_PARAGRAPH,
            A.BLOCK_HEADING,
            A.BLOCK_QUOTE,
            A.BLOCK_LIST,
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Insert"),
        (
            A.INSERT_PICTURE,
            None,
            A.INSERT_RLM,
            A.INSERT_LRM,
            A.INSERT_ARABIC_COMMA,
            A.INSERT_GUILLEMETS,
            A.INSERT_NBSP,
        ),
    ),
    (
        VIEW_TITLE,
        (
            A.SHOW_INVISIBLES,
            A.CHECK_SPELLING,
            None,
            A.ZOOM_IN,
            A.ZOOM_OUT,
            A.ZOOM_RESET,
            None,
            A.NEXT_PANE,
            A.PREVIOUS_PANE,
            A.NEXT_TAB,
            A.PREVIOUS_TAB,
            None,
        ),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), (A.SHORTCUTS,)),
)
TOOLBAR: tuple[ActionName | None, ...] = (
    A.NEW,
    A.SAVE,
    A.SUBMIT,
    None,
    A.UNDO,
    A.REDO,
    None,
    A.BOLD,
    A.ITALIC,
    A.LINK,
    None,
    A.DIRECTION_RTL,
    A.DIRECTION_LTR,
    A.DIRECTION_AUTO,
    None,
    A.FIND,
)


def _fill(target: QMenu | QToolBar, actions: Actions, names: tuple[ActionName | None, ...]) -> None:
    for name in names:
        if name is None:
            target.addSeparator()
        else:
            target.addAction(actions[name])


def build_menus(window: MainFrame, actions: Actions) -> QMenu:
    """Fill the window's menu bar and add its toolbar; returns the View menu."""
    bar = window.menuBar()
    menus = [bar.addMenu(QCoreApplication.translate("MainWindow", title)) for title, _ in MENUS]
    for menu, (_title, names) in zip(menus, MENUS, strict=True):
        _fill(menu, actions, names)
    view_menu = next(
        menu for menu, (title, _names) in zip(menus, MENUS, strict=True) if title == VIEW_TITLE
    )
    for dock in (
        window.navigator_dock,
        window.findings_dock,
        window.preview_dock,
        window.ticker_dock,
        window.queue_dock,
    ):
        view_menu.addAction(dock.toggleViewAction())
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("toolbar-main")
    _fill(toolbar, actions, TOOLBAR)
    window.addToolBar(toolbar)
    return view_menu
