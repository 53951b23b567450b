"""Figures kept with each saved article so a queue can show them without reading bodies."""

from __future__ import annotations

from newsdesk.domain.article import ArticleContent
from newsdesk.text.counting import article_word_count
from newsdesk.text.lint.checker import error_count


def article_metrics(content: ArticleContent) -> dict[str, int]:
    """Words in headline and body, and house-style errors (not warnings) in them."""
    paragraphs = [block.text for block in content.body.blocks]
    errors = error_count(content.headline, content.language, field="headline")
    errors += sum(error_count(text, content.language) for text in paragraphs)
    return {
        "word_count": article_word_count(content.headline, "\n".join(paragraphs)),
        "lint_errors": errors,
    }
