"""The article fields above the body: folded to the headline's line on a small screen, remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSplitter

from newsdesk.gui.editor.fields import ArticleFields
from newsdesk.gui.settings_keys import SettingsKey, remember, setting

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"

# Below this many pixels of screen height the body needs the fields' room by default.
ROOMY_SCREEN_HEIGHT = 900


def folded_by_default() -> bool:
    """The fold the user last chose, else folded on a screen too short to give the body room."""
    stored = setting(SettingsKey.FIELDS_FOLDED)
    if stored is not None:
        return stored in (True, "true", "1", 1)
    screen = QApplication.primaryScreen()
    return screen is not None and screen.availableGeometry().height() < ROOMY_SCREEN_HEIGHT


def fields_pane(fields: ArticleFields, splitter: QSplitter) -> QScrollArea:
    """The fields in a pane that scrolls rather than pushing the window past the screen."""
    pane = QScrollArea()
    pane.setWidget(fields)
    pane.setWidgetResizable(True)
    pane.setFrameShape(QFrame.Shape.NoFrame)
    pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def cap(folded: bool) -> None:
        # Folded, the pane is the headline's line and no more, whatever the splitter held before.
        pane.setMaximumHeight(fields.sizeHint().height() if folded else QWIDGETSIZE_MAX)

    fields.set_folded(folded_by_default())
    cap(fields.is_folded())

    def refit(folded: bool) -> None:
        remember(SettingsKey.FIELDS_FOLDED, folded)
        cap(folded)
        # The splitter keeps a pane's old height when its content changes: give the body the rest.
        QTimer.singleShot(0, lambda: fit_fields(splitter, pane))

    fields.fold.toggled.connect(refit)
    return pane


def fit_fields(splitter: QSplitter, pane: QScrollArea) -> None:
    """Size the fields' pane to its content, the body taking the rest."""
    inner = pane.widget()
    wanted = inner.sizeHint().height() if inner is not None else 0
    total = sum(splitter.sizes())
    if total > 0:
        splitter.setSizes([min(wanted, total // 2), max(0, total - wanted)])
