"""Recovery copies written off the GUI thread while the typing goes on, one at a time, in order.

The GUI thread only takes the article as it stands (an immutable ArticleContent); the store's
writer thread serialises it, writes it durably, and starts the journal that continues it. Until
that journal is handed back, the old journal goes on taking every edit (so a crash meanwhile
recovers the old copy and all that was typed after it), and the edits made since the copy was
taken are kept aside, for the new journal.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.gui.editor.journaling import JournalKeeper
from newsdesk.services.journal import EditJournal
from newsdesk.services.recovery import RecoveryCopy, RecoveryStore

POLL_MS = 5  # how often the GUI thread looks whether the copy is written


class CopyWriter(QObject):
    """Writes one editor's recovery copies in the background and switches its journal after."""

    # The copy written (its journal now continues it), or why it could not be.
    written = Signal(object)
    failed = Signal(str)
    # Asked for again while a copy was written: take a new one now that it is written.
    wanted = Signal()

    def __init__(self, store: RecoveryStore, keeper: JournalKeeper, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.keeper = keeper
        self.again = False  # another copy was asked for while this one was written
        self._pending: tuple[RecoveryCopy, Future[EditJournal | None]] | None = None
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check)

    @property
    def busy(self) -> bool:
        """Whether a copy is being written."""
        return self._pending is not None

    def request(self, take: Callable[[], RecoveryCopy]) -> None:
        """Write the copy `take` makes now, or once the one being written is (taken then)."""
        if self._pending is not None:
            self.again = True
        else:
            self.start(take())

    def start(self, copy: RecoveryCopy) -> None:
        """Write `copy` on the store's writer thread; one at a time (see `busy`)."""
        if self._pending is not None:
            raise RuntimeError("a recovery copy is being written already")
        self.keeper.begin_copy()
        self._pending = (copy, self.store.save_in_background(copy))
        self._poll.start()

    def settle(self) -> None:
        """Wait for the copy being written and hand its journal over, as landing would."""
        if self._pending is not None:
            self._pending[1].exception()
            self._land()

    def stop(self) -> None:
        """Forget the copy being written (waited for) and stop the journal: the text is saved,
        discarded, or replaced."""
        self.drop()
        self.keeper.stop()

    def drop(self) -> None:
        """Wait for the copy being written and forget it; the current journal goes on."""
        pending, self._pending = self._pending, None
        self._poll.stop()
        self.again = False
        if pending is None:
            return
        try:
            journal = pending[1].result()
        except OSError:
            journal = None
        if journal is not None:
            journal.close()
        self.keeper.abandon_copy()

    def _check(self) -> None:
        if self._pending is not None and self._pending[1].done():
            self._land()

    def _land(self) -> None:
        self._poll.stop()
        pending, self._pending = self._pending, None
        if pending is None:
            return
        copy, future = pending
        try:
            journal = future.result()
        except OSError as exc:
            self.keeper.abandon_copy()
            self.failed.emit(str(exc))
            return
        self.keeper.adopt(journal)
        self.written.emit(copy)
        if self.again:
            self.again = False
            self.wanted.emit()
