"""The Qt application rendering needs: the running one, or a new offscreen one for the command line."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from newsdesk.errors import NewsdeskError
from newsdesk.render.pdf.fonts import register_font_packages
from newsdesk.render.pdf.hashing import deterministic_qt_hashing

_app: QGuiApplication | None = None


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen when there is no display)."""
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise NewsdeskError("the PDF proof needs a Qt GUI application, not a core one")
        app = existing
    else:
        has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        if sys.platform.startswith("linux") and not has_display:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        deterministic_qt_hashing()
        app = _app = QGuiApplication([sys.argv[0] if sys.argv else "newsdesk"])
        register_font_packages()
    return app
