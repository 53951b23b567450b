"""People and helpers the tests share."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from newsdesk.domain.people import Person, Role

ADMIN = Person("admin", Role.ADMIN)
SARA = Person("sara", Role.EDITOR)
KARIM = Person("karim", Role.CHIEF)


def type_text(widget, text: str) -> None:
    """Type any text, Arabic included, as real key events (QTest only types ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        typed = "\r" if char == "\n" else char
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed)
            )


def missing(what: str) -> None:
    """Skip a test that needs `what`, or fail it when NEWSDESK_REQUIRE_TOOLS is set (CI)."""
    message = f"{what} is not available"
    if os.environ.get("NEWSDESK_REQUIRE_TOOLS"):
        pytest.fail(message + " (NEWSDESK_REQUIRE_TOOLS is set)")
    pytest.skip(message)


@contextmanager
def own_qt_settings(folder: Path) -> Iterator[None]:
    """Keep Qt's settings in `folder` while the block runs, and clear them afterwards."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("NewsdeskTests")
    QCoreApplication.setApplicationName("NewsdeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield
    QSettings().clear()


@contextmanager
def ui_language(language: str) -> Iterator[None]:
    """The running application speaks `language` inside the block, English again after it."""
    from PySide6.QtWidgets import QApplication

    from newsdesk.gui.i18n import install_translations

    app = QApplication.instance()
    try:
        install_translations(app, language)
        yield
    finally:
        install_translations(app, "en")
