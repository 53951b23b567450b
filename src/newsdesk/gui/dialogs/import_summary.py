"""What became of each imported file: created, skipped, conflict or refused, and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.gui.i18n import current_ui_language
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP
from newsdesk.gui.widgets.direction_delegate import LANGUAGE_ROLE, DirectionalDelegate
from newsdesk.services.bundle_report import ARTICLE
from newsdesk.services.importing import CREATED, ImportSummary

OUTCOME_LABELS = {
    "created": QT_TRANSLATE_NOOP("ImportSummaryDialog", "Created"),
    "updated": QT_TRANSLATE_NOOP("ImportSummaryDialog", "Updated"),
    "skipped": QT_TRANSLATE_NOOP("ImportSummaryDialog", "Skipped"),
    "conflict": QT_TRANSLATE_NOOP("ImportSummaryDialog", "Conflict"),
    "refused": QT_TRANSLATE_NOOP("ImportSummaryDialog", "Refused"),
}


def outcome_label(status: str) -> str:
    """An outcome's name in the UI language."""
    label = OUTCOME_LABELS.get(status)
    return QCoreApplication.translate("ImportSummaryDialog", label) if label else status


_DROPPED_LABELS = {
    "picture": QT_TRANSLATE_NOOP("ImportSummaryDialog", "Pictures left out: %1"),
    "remote picture": QT_TRANSLATE_NOOP(
        "ImportSummaryDialog", "Pictures on the web, not fetched (left out): %1"
    ),
    "missing picture": QT_TRANSLATE_NOOP(
        "ImportSummaryDialog", "Pictures not found beside the file (left out): %1"
    ),
    "unreadable picture": QT_TRANSLATE_NOOP(
        "ImportSummaryDialog", "Pictures that are not JPEG, PNG, GIF or WebP (left out): %1"
    ),
    "oversized picture": QT_TRANSLATE_NOOP(
        "ImportSummaryDialog", "Pictures too large (left out): %1"
    ),
    "note": QT_TRANSLATE_NOOP("ImportSummaryDialog", "Notes left out: %1"),
    "comment": QT_TRANSLATE_NOOP("ImportSummaryDialog", "Comments left out: %1"),
    "object": QT_TRANSLATE_NOOP("ImportSummaryDialog", "Objects left out: %1"),
}


def dropped_label(kind: str, count: int) -> str:
    """ "Pictures left out: 2" in the UI language, for a kind of thing an import left out."""
    label = _DROPPED_LABELS.get(kind, _DROPPED_LABELS["object"])
    return QCoreApplication.translate("ImportSummaryDialog", label).replace("%1", str(count))


Row = tuple[str, str, str, str, str | None]


def summary_rows(summary: ImportSummary) -> list[Row]:
    """(file, outcome, headline or reason, its language, article id) for each file; after a
    bundle's own row, one row (without a file name) for each of its articles."""
    rows: list[Row] = []
    for outcome in summary.outcomes:
        name = Path(outcome.path).name
        if outcome.status == CREATED and outcome.bundle is None:
            rows.append((name, outcome.status, outcome.headline, outcome.language, outcome.id))
            # What the file held that the article does not, one row a kind, in the UI language.
            rows.extend(
                ("", "", dropped_label(kind, count), current_ui_language(), outcome.id)
                for kind, count in outcome.dropped
            )
            continue
        # Reasons are the service's English messages.
        rows.append((name, outcome.status, outcome.reason, "en", None))
        if outcome.bundle is not None:
            for entry in outcome.bundle.entries:
                if entry.kind != ARTICLE:
                    continue
                text = f"{entry.headline} — {entry.reason}" if entry.reason else entry.headline
                # The language is not in the report; the text's own letters decide its direction.
                rows.append(("", entry.status, text, "ar", entry.id))
    return rows


class ImportSummaryDialog(QDialog):
    """The outcome of every file; double-click a created article to open it."""

    openRequested = Signal(str)

    def __init__(
        self, summary: ImportSummary, not_imported: int = 0, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Import"))
        counts = summary.to_dict()
        self.counts = QLabel(
            self.tr("%1 created, %2 updated, %3 skipped, %4 conflicts, %5 refused")
            .replace("%1", str(counts.get("created", 0)))
            .replace("%2", str(counts.get("updated", 0)))
            .replace("%3", str(counts.get("skipped", 0)))
            .replace("%4", str(counts.get("conflicts", 0)))
            .replace("%5", str(counts.get("refused", 0)))
        )
        self.counts.setStyleSheet("font-weight: bold")
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        if not_imported:
            layout.addWidget(
                QLabel(self.tr("Cancelled: %n file(s) were not imported.", "", not_imported))
            )
        rows = summary_rows(summary)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Result"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            2, self.table.horizontalHeader().ResizeMode.Stretch
        )
        # File names and headlines in their own direction; reasons are English service messages.
        self.table.setItemDelegateForColumn(0, DirectionalDelegate(self.table))
        self.table.setItemDelegateForColumn(2, DirectionalDelegate(self.table))
        for index, (file, status, text, language, article_id) in enumerate(rows):
            name = QTableWidgetItem(file)
            name.setData(LANGUAGE_ROLE, "en")  # a name without letters reads left to right
            result = QTableWidgetItem(outcome_label(status))
            details = QTableWidgetItem(text)
            details.setToolTip(text)
            details.setData(LANGUAGE_ROLE, language)
            details.setData(Qt.ItemDataRole.UserRole, article_id)
            for column, item in enumerate((name, result, details)):
                self.table.setItem(index, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.cellDoubleClicked.connect(self._open_row)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def row_texts(self, row: int) -> tuple[str, str, str]:
        """The file, result and details shown on one row."""
        return (self._text(row, 0), self._text(row, 1), self._text(row, 2))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def _open_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 2)
        article_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if article_id:
            self.openRequested.emit(article_id)
