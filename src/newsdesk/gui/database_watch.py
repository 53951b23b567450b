"""Watching the database: articles changed elsewhere, and a file taken from under the desk.

Articles: on PostgreSQL a listening thread hears each write at once (see storage.change_feed);
on SQLite the timer asks `PRAGMA data_version`, which costs no query of the lists. Only when
either says something changed are the changed articles read, and `articlesChanged` sent.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from newsdesk.errors import NewsdeskError
from newsdesk.storage.change_feed import (
    ArticleChanges,
    PgListener,
    SqliteVersionFeed,
    notice_article,
)
from newsdesk.storage.engine import Database
from newsdesk.storage.sqlite_hold import DatabaseLostError

# data_version is one pragma on an open connection: checked every second, it costs nothing.
CHECK_INTERVAL_MS = 1000


class DatabaseWatch(QObject):
    """Tells which articles changed; checks the hold, and once lost keeps the text and says so."""

    articlesChanged = Signal(list)  # of storage.change_feed.ArticleChange
    _heard = Signal(str)  # from the listening thread: queued into the window's thread

    def __init__(self, db: Database, keep_text: Callable[[], None], window: QWidget):
        super().__init__(window)
        self._db = db
        self._keep_text = keep_text
        self._window = window
        self.lost: str | None = None
        self.message: QMessageBox | None = None
        self.changes = ArticleChanges(db)
        self._feed = SqliteVersionFeed(db) if db.is_sqlite else None
        self._soon = QTimer(self, singleShot=True, interval=0)  # a burst of notices: one read
        self._soon.timeout.connect(self.look)
        self._named: set[str] = set()  # the articles notices named since the last look
        self._heard.connect(self._note)
        self.listener = None if db.is_sqlite else PgListener(db, self._heard.emit)
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        if db.hold is not None:
            self._timer.start()

    def _note(self, payload: str) -> None:
        article = notice_article(payload)
        if article is not None:
            self._named.add(article)
        self._soon.start()

    def look(self) -> int:
        """Read the articles changed since the last look and announce them; return how many.

        After notices, only the articles they named are read (while the listener is alive,
        every write is announced); otherwise everything changed since the last look.
        """
        named, self._named = self._named, set()
        listening = self.listener is not None and self.listener.alive
        try:
            found = self.changes.read(named if named and listening else None)
        except NewsdeskError:
            return 0  # a passing fault: the next change or tick reads again
        if found:
            self.articlesChanged.emit(found)
        return len(found)

    @property
    def watching(self) -> bool:
        """True while the desk still hears of changes (until the window closes)."""
        return self._timer.isActive() or self.listener is not None

    def stop(self) -> None:
        """Ask nothing more (the window closes)."""
        self._timer.stop()
        if self.listener is not None:
            self.listener.close()
            self.listener = None

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
        if self._feed is not None and self._feed.changed():
            self.look()
        elif self.listener is not None and not self.listener.alive:
            self.look()  # the server's notices were lost with its connection: read each tick
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
