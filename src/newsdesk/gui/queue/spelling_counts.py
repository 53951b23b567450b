"""The queue's spelling column: each article's count, computed off the GUI thread, cached by version.

Only rows the view paints ask; the article's text is read one row per tick (a single indexed
read) and checked on a pool thread, so the queue's first page shows at once and fills in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import BlockKind
from newsdesk.errors import NewsdeskError
from newsdesk.gui.spelling.source import SpellerSource
from newsdesk.services.articles import ArticleService
from newsdesk.text.spelling import Speller, check_text

Key = tuple[str, int]  # article id, version


def spelled_text(content: ArticleContent) -> str:
    """What the editor checks: kicker, headline, standfirst and each paragraph and caption."""
    parts = [content.kicker, content.headline, content.standfirst]
    for block in content.body.blocks:
        parts.append(block.caption if block.kind == BlockKind.IMAGE else block.text)
    return "\n".join(p for p in parts if p.strip())


class _Relay(QObject):
    done = Signal(object, int)


class _Count(QRunnable):
    def __init__(self, speller: Speller, key: Key, text: str, relay: _Relay):
        super().__init__()
        self._speller, self._key, self._text, self._relay = speller, key, text, relay

    def run(self) -> None:
        self._relay.done.emit(self._key, len(check_text(self._speller, self._text)))


class SpellingCounts(QObject):
    """Spelling findings per article version; `counted` names an article whose count arrived.

    An empty name: every count was dropped (the accepted words changed).
    """

    counted = Signal(str)

    def __init__(
        self, service: ArticleService, source: SpellerSource, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.service = service
        self.source = source
        self._counts: dict[Key, int] = {}
        self._waiting: list[Key] = []
        self._asked: set[Key] = set()
        self._relay = _Relay()  # no parent: a count arriving after the queue closed is dropped
        self._relay.done.connect(self._done)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next)
        source.ready.connect(self._timer.start)
        source.changed.connect(self._forget)

    def count(self, article_id: str, version: int) -> int | None:
        """The count when known; otherwise None, and it is worked out soon."""
        key = (article_id, version)
        known = self._counts.get(key)
        if known is None and key not in self._asked:
            self._asked.add(key)
            self._waiting.append(key)
            self._timer.start()
        return known

    def _next(self) -> None:
        speller = self.source.speller
        if speller is None or not self._waiting:
            return
        key = self._waiting.pop()  # the row asked last is the one on screen now
        try:
            article = self.service.get(key[0])
        except NewsdeskError:
            article = None
        if article is not None and article.version == key[1]:
            text = spelled_text(article.content)
            QThreadPool.globalInstance().start(_Count(speller, key, text, self._relay))
        if self._waiting:
            self._timer.start()

    def _done(self, key: Key, count: int) -> None:
        self._counts[key] = count
        self.counted.emit(key[0])

    def _forget(self) -> None:
        # Accepted words changed: every count may have; the view asks again as it paints.
        self._counts.clear()
        self._asked.clear()
        self._waiting.clear()
        self.counted.emit("")
