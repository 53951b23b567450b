"""What a finished export wrote: articles, files, size, bundle id, and a way to the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.exporting import ExportResult


def containing_folder(path: Path) -> Path:
    """The folder to show: the bundle's own when it is a folder, else the one holding it."""
    return path if path.is_dir() else path.parent


class ExportSummaryDialog(QDialog):
    """The summary of one export, with "Show in folder"."""

    def __init__(self, result: ExportResult, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.export_result = result
        self.setWindowTitle(title)
        bundle = result.bundle
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("The bundle is complete."))
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        rows = [
            ("path", self.tr("Written to"), str(bundle.path)),
            ("articles", self.tr("Articles"), QLocale().toString(len(bundle.articles))),
            ("files", self.tr("Files"), QLocale().toString(bundle.files)),
            ("size", self.tr("Size"), QLocale().formattedDataSize(bundle.size)),
            ("bundle_id", self.tr("Bundle id"), bundle.bundle_id),
        ]
        if result.published:
            rows.append(
                (
                    "published",
                    self.tr("Marked published"),
                    QLocale().toString(len(result.published)),
                )
            )
        # Paths, ids and figures read left to right even in the mirrored interface, each next
        # to its label.
        mirrored = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if mirrored else Qt.AlignmentFlag.AlignLeft
        for key, label, value in rows:
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            field.setAlignment(
                side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
            self.fields[key] = field
            form.addRow(label, field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = buttons.addButton(
            self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button.clicked.connect(self.show_in_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def folder(self) -> Path:
        """The folder that holds what was written."""
        return containing_folder(Path(self.export_result.bundle.path))

    def show_in_folder(self) -> bool:
        """Open the folder in the desktop's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))
