"""Every key the GUI keeps in Qt's own settings (QSettings), in one table.

The newsroom's settings (database, user, lease time) live in `newsdesk.settings`; these are the
desk's look and habits, remembered per machine by Qt. Imported before the first paint: Qt only.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


class SettingsKey(StrEnum):
    """A QSettings key, with what it remembers."""

    MAIN_GEOMETRY = "main/geometry"  # the main window's size and place
    MAIN_STATE = "main/state"  # where the docks and the toolbar are
    UI_LANGUAGE = "ui/language"  # the interface language chosen in Preferences ("" = system)
    EDITOR_FONT = "editor/font"  # the body editor's font family ("" = the bundled default)
    EDITOR_SIZE = "editor/size"  # the body editor's font size in points
    EDITOR_ZOOM = "editor/zoom"  # points the body is zoomed by (View → Zoom), added to its size
    IMPORT_FOLDER = "import/folder"  # the folder File → Import… last chose from
    EXPORT_FOLDER = "export/folder"  # the folder Export bundle… last wrote to
    PROOF_FOLDER = "proof/folder"  # the folder Save proof as PDF… last wrote to
    PICTURE_FOLDER = "pictures/folder"  # the folder Insert → Picture… last chose from
    FIELDS_FOLDED = "editor/fields_folded"  # the article fields folded to the headline's line
    LAYOUT_MIRRORED = "main/mirrored"  # the saved dock layout was laid out right to left
    UI_THEME = "ui/theme"  # the window theme: "light", "dark" or "contrast"
    PREVIEW_WIDTH = "preview/width"  # the preview's page width: "desktop", "phone" or "print"
    PREVIEW_THEME = "preview/theme"  # the preview's reading theme: "light" or "dark"
    OPEN_ARTICLES = "session/open_articles"  # ids of the articles open at quit, in tab order
    FRONT_ARTICLE = "session/front_article"  # id of the article in front at quit
    QUEUE_COLUMNS = "queue/columns"  # the desk queue's column widths, order, hidden ones, sort


EDITOR_SIZE_DEFAULT = 14
EDITOR_MIN_POINTS = 6  # zooming out stops at a size still read on a laptop


def setting(key: SettingsKey, default: object = None) -> object:
    """The value kept under `key`, else `default`."""
    return QSettings().value(key.value, default)


def int_setting(key: SettingsKey, default: int) -> int:
    """The whole number kept under `key` (INI files keep it as text), else `default`."""
    value = setting(key, default)
    return int(value) if isinstance(value, int | str) else default


def folder_setting(key: SettingsKey) -> Path:
    """The folder kept under `key` if it still exists, else the user's documents folder."""
    stored = str(setting(key, "") or "")
    if stored and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # A bare machine may have no documents folder yet; the home folder always exists.
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember(key: SettingsKey, value: object) -> None:
    """Keep `value` under `key`."""
    QSettings().setValue(key.value, value)


def write_settings_now() -> None:
    """Write what is kept to disk at once, for a process about to start that will read it."""
    QSettings().sync()
