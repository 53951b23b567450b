"""Every key the GUI keeps in Qt's own settings (QSettings), in one table.

The newsroom's settings (database, user, lease time) live in `newsdesk.settings`; these are the
desk's look and habits, remembered per machine by Qt. Imported before the first paint: Qt only.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings


class SettingsKey(StrEnum):
    """A QSettings key, with what it remembers."""

    MAIN_GEOMETRY = "main/geometry"  # the main window's size and place
    MAIN_STATE = "main/state"  # where the docks and the toolbar are
    UI_LANGUAGE = "ui/language"  # the interface language chosen in Preferences ("" = system)
    EDITOR_FONT = "editor/font"  # the body editor's font family ("" = the bundled default)
    EDITOR_SIZE = "editor/size"  # the body editor's font size in points
    IMPORT_FOLDER = "import/folder"  # the folder File → Import… last chose from
    EXPORT_FOLDER = "export/folder"  # the folder Export bundle… last wrote to
    PICTURE_FOLDER = "pictures/folder"  # the folder Insert → Picture… last chose from


EDITOR_SIZE_DEFAULT = 14


def setting(key: SettingsKey, default: object = None) -> object:
    """The value kept under `key`, else `default`."""
    return QSettings().value(key.value, default)


def int_setting(key: SettingsKey, default: int) -> int:
    """The whole number kept under `key` (INI files keep it as text), else `default`."""
    value = setting(key, default)
    return int(value) if isinstance(value, int | str) else default


def remember(key: SettingsKey, value: object) -> None:
    """Keep `value` under `key`."""
    QSettings().setValue(key.value, value)
