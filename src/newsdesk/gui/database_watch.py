"""Noticing, within seconds, that the database file was taken from under the running desk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk.storage.engine import Database
from newsdesk.storage.sqlite_hold import DatabaseLostError

CHECK_INTERVAL_MS = 2000


class DatabaseWatch(QObject):
    """Checks the database's hold now and then; once lost, keeps the text and says so, once."""

    def __init__(self, db: Database, keep_text: Callable[[], None], window: QWidget):
        super().__init__(window)
        self._db = db
        self._keep_text = keep_text
        self._window = window
        self.lost: str | None = None
        self.message: QMessageBox | None = None
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        if db.hold is not None:
            self._timer.start()

    def also_poll(self, poll: Callable[[], None]) -> None:
        """Run a cheap check on the same timer (whether the newsroom's word list changed)."""
        self._timer.timeout.connect(poll)
        if self.lost is None:
            self._timer.start()

    def check(self) -> bool:
        """True while the hold is kept; on the first loss, save recovery copies and tell."""
        if self.lost is not None:
            return False
        try:
            self._db.check_hold()
        except DatabaseLostError as exc:
            self._timer.stop()
            self.lost = str(exc)
            self._keep_text()
            self._tell()
            return False
        return True

    def _tell(self) -> None:
        self.message = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Newsdesk stopped saving"),
            self.tr(
                "Newsdesk can no longer write to its database safely, so it has stopped saving "
                "to it. Your unsaved text is kept as recovery copies: close Newsdesk and open it "
                "again to get it back.\n\nMake sure no other program copies, moves or opens the "
                "database file while Newsdesk runs."
            ),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        self.message.setDetailedText(self.lost or "")
        self.message.open()
