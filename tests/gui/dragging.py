"""Drag-and-drop events carrying file URLs, as a file manager sends them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drag_events(items: list[Path] | list[QUrl]) -> tuple[QDragEnterEvent, QDropEvent]:
    """The enter and drop events of one drag of these files (or URLs)."""
    mime = QMimeData()
    mime.setUrls([i if isinstance(i, QUrl) else QUrl.fromLocalFile(str(i)) for i in items])
    rest = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # The enter event takes a whole-pixel position, the drop a fractional one.
    enter, drop = QDragEnterEvent(QPoint(200, 200), *rest), QDropEvent(QPointF(200, 200), *rest)
    # The events keep only a pointer to the mime data; it must live as long as they do.
    enter.mime, drop.mime = mime, mime
    return enter, drop


def drop_files(widget: QWidget, items: list[Path] | list[QUrl]) -> tuple[bool, bool]:
    """Drag the files over the widget and drop them; whether the enter and the drop were taken.

    Qt delivers a drop to the widget that accepted the drag's enter event, as in a real drag.
    """
    enter, drop = drag_events(items)
    QApplication.sendEvent(widget, enter)
    if enter.isAccepted():
        QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()
