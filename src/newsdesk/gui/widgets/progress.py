"""Taking down a progress dialog of long work once the work is over."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QProgressDialog


def dismiss_progress(dialog: QProgressDialog, on_cancel: Callable[[], None]) -> None:
    """Close the dialog for good: no Cancel signal, no later reappearance."""
    dialog.canceled.disconnect(on_cancel)
    dialog.reset()  # stops its timer, which would show it again
    dialog.close()
    dialog.deleteLater()
