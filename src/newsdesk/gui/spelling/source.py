"""The one speller of the desk: loaded off the GUI thread, fed the accepted word lists."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from newsdesk.errors import NewsdeskError
from newsdesk.gui.spelling.words import WordList
from newsdesk.text.spelling import Speller, load_speller, normalise_word

_SHARED: list[Speller] = []
_SHARED_LOCK = threading.Lock()


def shared_speller() -> Speller:
    """The process's speller: its dictionaries are parsed once, by the first desk that asks."""
    with _SHARED_LOCK:
        if not _SHARED:
            _SHARED.append(load_speller())
        return _SHARED[0]


class _Relay(QObject):
    """Carries the loaded speller from the worker thread to the GUI thread (a queued signal)."""

    done = Signal(object)


class _Load(QRunnable):
    def __init__(self, load: Callable[[], Speller], relay: _Relay):
        super().__init__()
        self._load = load
        self._relay = relay

    def run(self) -> None:
        try:
            speller: Speller | None = self._load()
        except Exception:  # a broken dictionary leaves spelling off, never the desk down
            speller = None
        with suppress(RuntimeError):  # the application quit during the load
            self._relay.done.emit(speller)


class _FirstPaint(QObject):
    """Calls `then` once, from the event loop, after the watched widget's first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self._widget = widget
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._widget, self._then)
        return False


class SpellerSource(QObject):
    """Holds the speller once loaded; `changed` tells the underlines to look again."""

    ready = Signal()
    changed = Signal()
    message = Signal(str)  # a word list could not be read or written

    def __init__(
        self,
        newsroom: WordList,
        personal: WordList,
        load: Callable[[], Speller] = shared_speller,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.newsroom = newsroom
        self.personal = personal
        self.speller: Speller | None = None
        self.failed = False
        self._load = load
        self._accepted: set[str] = set()
        # No parent: the worker holds it, so a window closed mid-load leaves it a live target.
        self._relay = _Relay()
        self._relay.done.connect(self._loaded)
        self._started = False

    def load_later(self, after_paint: QWidget | None = None) -> None:
        """Load on a pool thread once `after_paint` has painted (or the event loop runs).

        Hunspell parses through its C API with Python's interpreter lock released
        (text/spelling/native.py), so the GUI thread keeps running during the load; it starts
        after the first paint so that the parse does not share the processor with it.
        """
        if self._started:
            return
        self._started = True
        if after_paint is None or after_paint.isVisible():  # shown before: it has painted
            QTimer.singleShot(0, self, self._start)
        else:
            after_paint.installEventFilter(_FirstPaint(after_paint, self._start))

    def _start(self) -> None:
        QThreadPool.globalInstance().start(_Load(self._load, self._relay))

    def _loaded(self, speller: Speller | None) -> None:
        if speller is None:
            self.failed = True
            return
        self.speller = speller
        # A list that cannot be read now is read on the next refresh (it has not been seen).
        with suppress(NewsdeskError):
            self._take_words()
        self.ready.emit()
        self.changed.emit()

    def _take_words(self) -> bool:
        """Accept what the lists hold now, forget what left them; True when anything moved."""
        if self.speller is None:
            return False
        wanted = self.newsroom.words() | self.personal.words()
        gone, new = self._accepted - wanted, wanted - self._accepted
        if gone:
            self.speller.forget(gone)
        if new:
            self.speller.accept(new)
        self._accepted = wanted
        return bool(gone or new)

    def release(self) -> None:
        """The window closes: take back the words it accepted (the speller outlives it)."""
        if self.speller is not None and self._accepted:
            self.speller.forget(self._accepted)
        self._accepted = set()
        self.speller = None

    def refresh(self) -> None:
        """Look again at the word lists when either says it changed (cheap when neither did)."""
        if self.speller is None:
            return
        try:
            moved = (self.newsroom.changed() or self.personal.changed()) and self._take_words()
        except NewsdeskError:
            return  # the database watch tells about a lost database; try again next time
        if moved:
            self.changed.emit()

    def add_to_newsroom(self, word: str) -> None:
        """Put a word in the newsroom dictionary; every desk stops flagging it."""
        self._add(self.newsroom, word)

    def add_to_personal(self, word: str) -> None:
        """Put a word in this person's own list."""
        self._add(self.personal, word)

    def _add(self, words: WordList, word: str) -> None:
        try:
            words.add(word)
        except NewsdeskError as exc:
            self.message.emit(str(exc))
            return
        self._accept_now(word)

    def _accept_now(self, word: str) -> None:
        if self.speller is not None:
            key = normalise_word(word)
            self.speller.accept([key])
            self._accepted.add(key)
        self.changed.emit()
