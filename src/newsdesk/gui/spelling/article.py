"""One article's spelling: on or off, the words ignored in it, and each paragraph's misspellings."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QObject, Signal

from newsdesk.gui.spelling.ignored import IgnoredWords
from newsdesk.gui.spelling.source import SpellerSource
from newsdesk.text.spelling import Misspelling, check_text, normalise_word
from newsdesk.text.spelling.check import Verdicts

CACHED_PARAGRAPHS = 4096
# Verdicts kept for the words of the article (a long one has a few thousand distinct words).
KEPT_VERDICTS = 50_000


class ArticleSpelling(QObject):
    """What the article's underlines and right-click menus ask; `changed` re-underlines."""

    changed = Signal()

    def __init__(
        self,
        source: SpellerSource | None,
        enabled: bool = True,
        store: IgnoredWords | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.source = source
        self.enabled = enabled
        self.store = store
        self.article_id: str | None = None
        self.ignored: set[str] = set()
        # Typing re-checks the changed paragraph only; the others are asked again as Qt lays
        # them out or the findings pass reads them: check each text once.
        self._check = lru_cache(maxsize=CACHED_PARAGRAPHS)(self._check_paragraph)
        # A typed letter changes one word of the paragraph: the others keep their verdicts.
        self._verdicts: Verdicts = {}
        if source is not None:
            source.changed.connect(self._words_changed)

    def reset(self, article_id: str | None, enabled: bool) -> None:
        """Start over for another article (an editor reused): its ignored words, on or off."""
        self.enabled = enabled
        self.article_id = article_id
        self.ignored = self.store.load(article_id) if self.store is not None else set()
        self._words_changed()

    def saved_as(self, article_id: str) -> None:
        """The article got its id (first save): keep what it ignores under it."""
        if article_id != self.article_id:
            self.article_id = article_id
            self._keep()

    def _keep(self) -> None:
        if self.store is not None and self.article_id is not None:
            self.store.save(self.article_id, self.ignored)

    @property
    def active(self) -> bool:
        """True when underlines are shown: switched on and the speller loaded."""
        return self.enabled and self.source is not None and self.source.speller is not None

    def set_enabled(self, enabled: bool) -> None:
        """Switch spelling on or off for this article."""
        if enabled != self.enabled:
            self.enabled = enabled
            self.changed.emit()

    def misspellings(self, text: str) -> tuple[Misspelling, ...]:
        """The misspelt words of one paragraph, each checked in its paragraph's language."""
        if not self.active or not text.strip():
            return ()
        return self._check(text)

    def _check_paragraph(self, text: str) -> tuple[Misspelling, ...]:
        assert self.source is not None and self.source.speller is not None
        if len(self._verdicts) > KEPT_VERDICTS:
            self._verdicts.clear()
        found = check_text(
            self.source.speller,
            text,
            None,
            ignored=frozenset(self.ignored),
            verdicts=self._verdicts,
        )
        return tuple(found)

    def suggestions(self, misspelling: Misspelling, limit: int = 8) -> list[str]:
        """Replacements for a misspelt word, best first."""
        if self.source is None or self.source.speller is None:
            return []
        return self.source.speller.suggest(misspelling.word, misspelling.language, limit)

    def ignore(self, word: str) -> None:
        """Stop flagging a word in this article."""
        self.ignored.add(normalise_word(word))
        self._keep()
        self._words_changed()

    def _words_changed(self) -> None:
        self._check.cache_clear()
        self._verdicts.clear()
        self.changed.emit()
