"""File dialogs that list folders without opening the files in them.

Qt's file dialog asks an icon provider for each file's icon and type, and the stock provider
reads the first bytes of any file it cannot place by name. When the folder holds the open
database, that read releases every lock SQLite holds on it (see `newsdesk.livefiles`), and the
next program to close the database deletes its write-ahead log under us. GTK's dialog, which Qt
uses as the "native" one on Linux desktops, runs inside this process and sniffs files the same
way. So every file dialog of Newsdesk comes from here: Qt's own dialog, with a provider that
judges files by their names alone. On Windows, where a lock belongs to the handle that took it,
the native dialog is harmless and is used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, QMimeType
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QWidget

USE_NATIVE_DIALOGS = sys.platform == "win32"


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names taken from a file's name, never from its contents."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()
        self._icons: dict[str, QIcon] = {}

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        """The icon for a kind of entry, or for a file judged by its name."""
        kinds = QAbstractFileIconProvider.IconType
        if isinstance(what, kinds):
            return super().icon(what)
        if what.isDir():
            return super().icon(kinds.Folder)
        mime = self._mime_by_name(what)
        if mime.iconName() not in self._icons:
            self._icons[mime.iconName()] = QIcon.fromTheme(
                mime.iconName(), super().icon(kinds.File)
            )
        return self._icons[mime.iconName()]

    def type(self, info: QFileInfo) -> str:
        """A file's kind for the dialog's Type column, from its name."""
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        mime = self._mime_by_name(info)
        if not mime.isDefault():
            return mime.comment()
        if info.suffix():
            return QCoreApplication.translate("FileDialogs", "%1 file").replace(
                "%1", info.suffix().upper()
            )
        return QCoreApplication.translate("FileDialogs", "File")

    def _mime_by_name(self, info: QFileInfo) -> QMimeType:
        return self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)


_PROVIDER: NameOnlyIconProvider | None = None


def _provider() -> NameOnlyIconProvider:
    # One for the whole process: a dialog does not own its provider, so it must outlive them all.
    global _PROVIDER
    if _PROVIDER is None:
        _PROVIDER = NameOnlyIconProvider()
    return _PROVIDER


def file_dialog(parent: QWidget | None, caption: str) -> QFileDialog:
    """A file dialog that never opens the files it lists (configure it, then exec it)."""
    dialog = QFileDialog(parent, caption)
    if not USE_NATIVE_DIALOGS:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # At once: the dialog starts listing a folder as soon as the event loop runs.
    dialog.setIconProvider(_provider())
    return dialog


def _start_in(dialog: QFileDialog, start: str) -> None:
    path = Path(start).expanduser() if start else None
    if path is None:
        return
    if path.is_dir():
        dialog.setDirectory(str(path))
        return
    if path.parent != Path(".") and path.parent.is_dir():
        dialog.setDirectory(str(path.parent))
    dialog.selectFile(path.name)


def choose_open_files(parent: QWidget | None, caption: str, start: str, filters: str) -> list[str]:
    """Ask for existing files to read; an empty list when cancelled."""
    dialog = file_dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters(filters.split(";;"))
    _start_in(dialog, start)
    return dialog.selectedFiles() if dialog.exec() else []


def choose_save_file(parent: QWidget | None, caption: str, start: str, filters: str) -> str:
    """Ask where to write a file (asking before replacing one); empty when cancelled."""
    dialog = file_dialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(filters.split(";;"))
    _start_in(dialog, start)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def choose_folder(parent: QWidget | None, caption: str, start: str) -> str:
    """Ask for an existing folder; empty when cancelled."""
    dialog = file_dialog(parent, caption)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    _start_in(dialog, start)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
