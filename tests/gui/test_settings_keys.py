"""Every QSettings key is in one table, and what is kept under it reaches the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import newsdesk
from newsdesk.gui.settings_keys import SettingsKey, remember

pytestmark = pytest.mark.gui

PACKAGE = Path(newsdesk.__file__).parent


def test_only_the_table_of_keys_opens_qt_settings() -> None:
    users = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "QSettings" in path.read_text(encoding="utf-8")
    )
    assert users == ["gui/settings_keys.py"]


def test_the_editor_font_size_kept_in_settings_is_the_new_editors(qtbot, window) -> None:
    remember(SettingsKey.EDITOR_SIZE, 23)
    assert QSettings().value("editor/size") in (23, "23")  # the key users' files already hold
    assert window.new_article().body.font().pointSize() == 23
