"""What an office document says about itself: title, author, keywords, language, times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from newsdesk.domain.article import Article
from newsdesk.export.word_runs import word_text


@dataclass(frozen=True)
class DocumentProperties:
    """An article's title, author, keywords, language, version and own times, as text XML holds."""

    title: str
    author: str
    keywords: tuple[str, ...]
    language: str
    version: int
    created: datetime
    modified: datetime

    @classmethod
    def of(cls, article: Article) -> DocumentProperties:
        """The properties of the document written for `article`."""
        content = article.content
        return cls(
            title=word_text(content.headline),
            author=word_text(content.byline or article.author),
            keywords=tuple(word_text(tag) for tag in content.tags),
            language=content.language,
            version=article.version,
            created=article.created_at,
            modified=article.updated_at,
        )
