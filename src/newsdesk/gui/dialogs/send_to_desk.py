"""Send to desk: the reporter ticks drafts and chooses where the submission bundle goes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import ArticleSummary
from newsdesk.gui.dialogs.export_bundle import (
    bundle_file,
    confirm_replace,
    destination_problem,
    last_folder,
    remember_folder,
)
from newsdesk.gui.file_dialogs import choose_save_file
from newsdesk.gui.labels import status_label
from newsdesk.gui.widgets.direction_delegate import LANGUAGE_ROLE, DirectionalDelegate
from newsdesk.gui.widgets.error_label import error_label


def submission_name(person: str, now: datetime | None = None) -> str:
    """submission-NAME-YYYYMMDD-HHMM.zip at the local time."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in person) or "reporter"
    return f"submission-{safe}-{(now or datetime.now()).strftime('%Y%m%d-%H%M')}.zip"


class SendToDeskDialog(QDialog):
    """A checklist of the reporter's drafts and a destination file."""

    def __init__(
        self,
        drafts: Sequence[ArticleSummary],
        person: str,
        checked: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to desk"))
        self.drafts = QTableWidget(len(drafts), 4)
        self.drafts.setHorizontalHeaderLabels(
            ["", self.tr("Headline"), self.tr("Status"), self.tr("Changed")]
        )
        self.drafts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drafts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drafts.verticalHeader().hide()
        header = self.drafts.horizontalHeader()
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        # The tick boxes stay on the interface's side; each headline reads in its own direction.
        self.drafts.setItemDelegateForColumn(1, DirectionalDelegate(self.drafts))
        for row, draft in enumerate(drafts):
            tick = QTableWidgetItem()
            tick.setData(Qt.ItemDataRole.UserRole, draft.id)
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(
                Qt.CheckState.Checked if draft.id == checked else Qt.CheckState.Unchecked
            )
            headline = QTableWidgetItem(draft.headline or self.tr("(no headline)"))
            headline.setData(LANGUAGE_ROLE, draft.language)
            headline.setToolTip(
                self.tr("%1 · %n word(s)", "", draft.word_count).replace(
                    "%1", draft.desk or self.tr("no desk")
                )
            )
            status = QTableWidgetItem(status_label(draft.status))
            changed = QTableWidgetItem(draft.updated_at.astimezone().strftime("%d/%m %H:%M"))
            for column, item in enumerate((tick, headline, status, changed)):
                self.drafts.setItem(row, column, item)
        for column in (0, 2, 3):
            self.drafts.resizeColumnToContents(column)
        self.drafts.cellDoubleClicked.connect(self._toggle)
        self.destination = QLineEdit(str(last_folder() / submission_name(person)))
        self.browse = browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(
            self.tr("Write bundle"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Your drafts to send in one submission bundle:")))
        layout.addWidget(self.drafts, 1)
        layout.addWidget(QLabel(self.tr("Bundle file")))
        layout.addLayout(where)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def _browse(self) -> None:
        chosen = choose_save_file(
            self,
            self.tr("Submission bundle"),
            self.destination.text(),
            self.tr("Bundle (*.zip *.ndbundle)"),
        )
        if chosen:
            self.destination.setText(chosen)

    def _toggle(self, row: int, _column: int) -> None:
        item = self.drafts.item(row, 0)
        if item is None:
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def ticks(self) -> list[QTableWidgetItem]:
        """The tick box of every listed draft, in list order (its id in the user role)."""
        items = (self.drafts.item(row, 0) for row in range(self.drafts.rowCount()))
        return [item for item in items if item is not None]

    def set_checked(self, article_ids: Sequence[str]) -> None:
        """Tick exactly these drafts."""
        for item in self.ticks():
            wanted = item.data(Qt.ItemDataRole.UserRole) in article_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> tuple[str, ...]:
        """The ticked drafts, in list order."""
        items = self.ticks()
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def destination_path(self) -> Path:
        """The bundle file (with .zip)."""
        path = Path(self.destination.text().strip()).expanduser()
        return bundle_file(path)

    def problem(self) -> str:
        """What keeps the choices from making a bundle, or an empty string."""
        if not self.chosen_ids():
            return self.tr("Tick at least one draft.")
        if not self.destination.text().strip():
            return self.tr("Choose where the bundle goes.")
        return destination_problem(self.destination_path())

    def accept(self) -> None:
        """Close only with at least one draft and a usable destination."""
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        if not confirm_replace(self, self.destination_path()):
            return
        remember_folder(self.destination_path().parent)
        super().accept()
