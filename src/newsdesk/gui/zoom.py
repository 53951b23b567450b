"""View → Zoom: the body's text larger or smaller, remembered for every editor and the next day."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsdesk.gui.settings_keys import SettingsKey, int_setting, remember

if TYPE_CHECKING:
    from newsdesk.gui.editor.article_editor import ArticleEditor

ZOOM_STEP = 1  # points per Ctrl+plus or Ctrl+minus
ZOOM_RANGE = (-8, 24)  # points off the chosen size, out and in


def zoom_points() -> int:
    """How many points the body is zoomed by now (0: the size chosen in Preferences)."""
    return int_setting(SettingsKey.EDITOR_ZOOM, 0)


def zoom(direction: int, editors: Iterable[ArticleEditor]) -> int:
    """Zoom in (1), out (-1) or back to normal (0); every open body follows. Returns the zoom."""
    from newsdesk.gui.fonts import chosen_editor_font

    low, high = ZOOM_RANGE
    points = 0 if direction == 0 else min(high, max(low, zoom_points() + direction * ZOOM_STEP))
    remember(SettingsKey.EDITOR_ZOOM, points)
    font = chosen_editor_font()
    for editor in editors:
        editor.body.setFont(font)
    return points
