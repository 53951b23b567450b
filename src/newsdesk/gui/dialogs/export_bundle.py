"""File → Export bundle: which articles, which formats, and where the bundle goes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.appinfo import BUNDLE_SUFFIX
from newsdesk.domain.article import Status
from newsdesk.export import registry
from newsdesk.export.ninjs import NINJS_VERSION
from newsdesk.export.ninjs import SCHEMAS as NINJS_SCHEMAS
from newsdesk.gui.file_dialogs import choose_folder, choose_save_file
from newsdesk.gui.labels import path_text, status_label
from newsdesk.gui.settings_keys import SettingsKey, folder_setting, remember
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP
from newsdesk.gui.widgets.error_label import error_label
from newsdesk.services.exporting import ExportRequest

FORMAT_LABELS = {
    "html": "HTML",
    "ninjs": "ninjs (JSON)",
    "newsml": "NewsML-G2",
    "markdown": "Markdown",
    "text": QT_TRANSLATE_NOOP("ExportBundleDialog", "Plain text"),
    "pdf": "PDF",
    "docx": "Word (.docx)",
    "odt": "OpenDocument (.odt)",
}
# A bundle file may also carry Newsdesk's own suffix, which the desktop opens with Newsdesk.
BUNDLE_SUFFIXES = (".zip", BUNDLE_SUFFIX)


def bundle_file(path: Path) -> Path:
    """The path with .zip added unless it already ends as a bundle does."""
    return path if path.suffix.lower() in BUNDLE_SUFFIXES else path.with_name(path.name + ".zip")


def last_folder() -> Path:
    """The folder the last bundle went to, else the user's documents folder."""
    return folder_setting(SettingsKey.EXPORT_FOLDER)


def remember_folder(folder: Path) -> None:
    """Remember where bundles go, for next time."""
    remember(SettingsKey.EXPORT_FOLDER, str(folder))


def default_bundle_name(now: datetime | None = None) -> str:
    """newsdesk-YYYYMMDD-HHMM.zip at the local time."""
    return f"newsdesk-{(now or datetime.now()).strftime('%Y%m%d-%H%M')}.zip"


def destination_problem(path: Path, *, folder: bool = False) -> str:
    """Why a bundle cannot go to `path` (a zip file, or a new or empty folder), or ""."""

    if not path.parent.is_dir():
        text = QCoreApplication.translate("ExportBundleDialog", "The folder %1 does not exist.")
        return text.replace("%1", path_text(path.parent))
    if folder and path.exists() and not (path.is_dir() and not any(path.iterdir())):
        text = QCoreApplication.translate(
            "ExportBundleDialog", "%1 exists; choose a new or empty folder."
        )
        return text.replace("%1", path_text(path))
    if not folder and path.is_dir():
        text = QCoreApplication.translate("ExportBundleDialog", "%1 is a folder; give a file name.")
        return text.replace("%1", path_text(path))
    return ""


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """True when nothing is at `path`, or the user agrees to replace the file there."""
    if not path.is_file():
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExportBundleDialog", "Replace the file?"),
        QCoreApplication.translate("ExportBundleDialog", "%1 exists. Replace it?").replace(
            "%1", path_text(path)
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def start_of_day(day: QDate) -> datetime:
    """Local midnight at the start of `day`, as an aware time."""
    return datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()


class ExportBundleDialog(QDialog):
    """Collects what to export; `request()` turns the choices into an ExportRequest."""

    def __init__(
        self,
        selected_ids: Sequence[str] = (),
        desks: Sequence[str] = (),
        may_publish: bool = False,
        parent: QWidget | None = None,
        open_article: tuple[str, str] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export bundle"))
        self.selected_ids = tuple(selected_ids)
        self.open_article = open_article  # (id, headline as shown) of the article in front
        self.may_publish = may_publish
        layout = QVBoxLayout(self)
        layout.addWidget(self._selection_box(desks))
        layout.addWidget(self._formats_box())
        self.tickers = QCheckBox(self.tr("Include the ticker feeds"))
        self.tickers.setChecked(True)
        self.mark_published = QCheckBox(
            self.tr("Mark the articles published once the bundle is complete")
        )
        # Only offered to those the workflow lets publish; the service refuses the others anyway.
        self.mark_published.setVisible(may_publish)
        layout.addWidget(self.tickers)
        layout.addWidget(self.mark_published)
        layout.addWidget(self._destination_box())
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._selection_changed()

    # -- construction -----------------------------------------------------------------------

    def _selection_box(self, desks: Sequence[str]) -> QGroupBox:
        box = QGroupBox(self.tr("Articles"))
        count = len(self.selected_ids)
        self.by_selection = QRadioButton(
            self.tr("The %n selected article(s)", "", count)
            if count
            else self.tr("Selected articles (none is selected)")
        )
        self.by_filter = QRadioButton(self.tr("Articles in this status:"))
        self.by_open = QRadioButton(
            self.tr("The open article: %1").replace("%1", self.open_article[1])
            if self.open_article
            else ""
        )
        self.by_open.setVisible(self.open_article is not None)
        # The article being worked on is what is most often exported.
        self.by_open.setChecked(self.open_article is not None)
        self.by_selection.setEnabled(count > 0)
        self.by_selection.setChecked(count > 0 and self.open_article is None)
        self.by_filter.setChecked(count == 0 and self.open_article is None)
        group = QButtonGroup(self)
        group.addButton(self.by_open)
        group.addButton(self.by_selection)
        group.addButton(self.by_filter)
        group.buttonToggled.connect(self._selection_changed)
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(Status.APPROVED.value))
        self.desk = QComboBox()
        self.desk.setEditable(True)
        self.desk.addItem(self.tr("All desks"), "")
        for desk in sorted({d for d in desks if d}):
            self.desk.addItem(desk, desk)
        self.use_dates = QCheckBox(self.tr("Changed between"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-1))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            # ISO dates read left to right in the mirrored interface too; the direction must be
            # set first, since a right-to-left date edit reverses the sections of its format.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.use_dates.toggled.connect(self._selection_changed)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("and")))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form = QFormLayout(box)
        if self.open_article is not None:
            form.addRow(self.by_open)
        form.addRow(self.by_selection)
        form.addRow(self.by_filter, self.status)
        form.addRow(self.tr("Desk"), self.desk)
        form.addRow(dates)
        return box

    def _formats_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Formats"))
        grid = QGridLayout(box)
        self.formats: dict[str, QCheckBox] = {}
        for index, name in enumerate(registry.format_names()):
            label = FORMAT_LABELS.get(name, name)
            check = QCheckBox(QCoreApplication.translate("ExportBundleDialog", label))
            check.setChecked(name in registry.DEFAULT_FORMATS)
            self.formats[name] = check
            grid.addWidget(check, index // 3, index % 3)
        self.ninjs_version = QComboBox()
        for version in sorted(NINJS_SCHEMAS, reverse=True):
            self.ninjs_version.addItem(f"ninjs {version}", version)
        self.ninjs_version.setCurrentIndex(self.ninjs_version.findData(NINJS_VERSION))
        row = (len(self.formats) + 2) // 3
        grid.addWidget(QLabel(self.tr("ninjs version")), row, 0)
        grid.addWidget(self.ninjs_version, row, 1)
        if "ninjs" in self.formats:
            self.formats["ninjs"].toggled.connect(self.ninjs_version.setEnabled)
        return box

    def _destination_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Destination"))
        self.as_zip = QRadioButton(self.tr("One zip file"))
        self.as_folder = QRadioButton(self.tr("A folder"))
        self.as_zip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_zip)
        group.addButton(self.as_folder)
        group.buttonToggled.connect(self._destination_kind_changed)
        self.destination = QLineEdit(str(last_folder() / default_bundle_name()))
        self.browse = browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        kinds = QHBoxLayout()
        kinds.addWidget(self.as_zip)
        kinds.addWidget(self.as_folder)
        kinds.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        column = QVBoxLayout(box)
        column.addLayout(kinds)
        column.addLayout(where)
        return box

    # -- behaviour --------------------------------------------------------------------------

    def _selection_changed(self, *_args: object) -> None:
        by_filter = self.by_filter.isChecked()
        for widget in (self.status, self.desk, self.use_dates):
            widget.setEnabled(by_filter)
        for edit in (self.since, self.until):
            edit.setEnabled(by_filter and self.use_dates.isChecked())

    def _destination_kind_changed(self, *_args: object) -> None:
        path = Path(self.destination.text().strip() or default_bundle_name())
        if self.as_folder.isChecked() and path.suffix.lower() in BUNDLE_SUFFIXES:
            self.destination.setText(str(path.with_suffix("")))
        elif self.as_zip.isChecked():
            self.destination.setText(str(bundle_file(path)))

    def _browse(self) -> None:
        current = Path(self.destination.text().strip() or default_bundle_name())
        if self.as_folder.isChecked():
            # The bundle becomes a new folder, named as typed, inside the chosen one.
            chosen = choose_folder(self, self.tr("Export into folder"), str(current.parent))
            if chosen:
                self.destination.setText(str(Path(chosen) / current.name))
            return
        chosen = choose_save_file(
            self, self.tr("Export bundle"), str(current), self.tr("Bundle (*.zip *.ndbundle)")
        )
        if chosen:
            self.destination.setText(chosen)

    def chosen_formats(self) -> tuple[str, ...]:
        """The ticked formats, in registry order."""
        return tuple(name for name, check in self.formats.items() if check.isChecked())

    def destination_path(self) -> Path:
        """Where the bundle goes (a zip gets its .zip)."""
        path = Path(self.destination.text().strip()).expanduser()
        return path if self.as_folder.isChecked() else bundle_file(path)

    def problem(self) -> str:
        """What keeps the choices from making an export, or an empty string."""
        if not self.chosen_formats():
            return self.tr("Choose at least one format.")
        if not self.destination.text().strip():
            return self.tr("Choose where the bundle goes.")
        problem = destination_problem(self.destination_path(), folder=self.as_folder.isChecked())
        if problem:
            return problem
        dated = self.by_filter.isChecked() and self.use_dates.isChecked()
        if dated and self.since.date() > self.until.date():
            return self.tr("The first date is after the second.")
        return ""

    def request(self) -> ExportRequest:
        """The export the user asked for."""
        values: dict[str, Any] = {
            "out": self.destination_path(),
            "formats": self.chosen_formats(),
            "tickers": self.tickers.isChecked(),
            "mark_published": self.may_publish and self.mark_published.isChecked(),
        }
        if self.open_article is not None and self.by_open.isChecked():
            values.update(ids=(self.open_article[0],), status=None)
        elif self.by_selection.isChecked():
            values.update(ids=self.selected_ids, status=None)
        else:
            desk = self.desk.currentText().strip()
            values.update(
                status=self.status.currentData(),
                desk=None if not desk or desk == self.desk.itemText(0) else desk,
            )
            if self.use_dates.isChecked():
                values["since"] = start_of_day(self.since.date())
                # The second date is included: up to the start of the next day.
                values["until"] = start_of_day(self.until.date().addDays(1))
        return ExportRequest(
            folder=self.as_folder.isChecked(),
            ninjs_version=self.ninjs_version.currentData(),
            **values,
        )

    def accept(self) -> None:
        """Close only on choices that make an export; say what is missing otherwise."""
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        if not self.as_folder.isChecked() and not confirm_replace(self, self.destination_path()):
            return
        remember_folder(self.destination_path().parent)
        super().accept()
