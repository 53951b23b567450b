"""What the status bar says about the front article: its state, its length, its direction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from newsdesk.gui.labels import status_label
from newsdesk.gui.translatable import QT_TRANSLATE_NOOP
from newsdesk.text.counting import article_word_count, reading_time_minutes

if TYPE_CHECKING:
    from newsdesk.domain.article import Article


def article_state_text(article: Article | None) -> str:
    """'Draft · version 3', or 'new' for an article never saved."""
    if article is None:
        return QCoreApplication.translate("MainWindow", "new")
    return (
        QCoreApplication.translate("MainWindow", "%1 · version %2")
        .replace("%1", status_label(article.status))
        .replace("%2", str(article.version))
    )


# The queue's Words column counts the same: headline and body, as article_word_count does.
WORDS_TIP = QT_TRANSLATE_NOOP(
    "MainWindow", "Words in the headline and the body; reading time of both"
)


def counts_text(headline: str, body: str, language: str) -> str:
    """'412 words · 2 min' for an article's headline and body in its article language."""
    words = article_word_count(headline, body)
    minutes = reading_time_minutes(f"{headline}\n{body}", language)
    return (
        QCoreApplication.translate("MainWindow", "%1 words · %2 min")
        .replace("%1", str(words))
        .replace("%2", str(minutes))
    )


def direction_text(direction: str) -> str:
    """The direction of the paragraph at the cursor, as the status bar shows it."""
    if direction == "rtl":
        return "⇠ " + QCoreApplication.translate("MainWindow", "RTL", "right to left")
    return QCoreApplication.translate("MainWindow", "LTR", "left to right") + " ⇢"
