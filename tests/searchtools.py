"""Articles written straight into the database and the search index, for search tests."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert

from newsdesk.domain.article import ArticleContent
from newsdesk.storage import search
from newsdesk.storage.engine import Database
from newsdesk.storage.models import ArticleRow


def add_indexed(db: Database, articles: list[tuple[str, ArticleContent, datetime]]) -> None:
    """Insert published articles (id, content, last change) and index them, in that order."""
    with db.transaction() as session:
        session.execute(
            insert(ArticleRow),
            [
                {
                    "id": article_id,
                    "headline": content.headline,
                    "language": content.language,
                    "standfirst": content.standfirst,
                    "body": content.body.to_json(),
                    "status": "published",
                    "version": 1,
                    "author": "admin",
                    "created_at": at,
                    "updated_at": at,
                    "updated_by": "admin",
                    "published_at": at,
                }
                for article_id, content, at in articles
            ],
        )
        search.index_new_articles(
            session.connection(), [(article_id, content) for article_id, content, _ in articles]
        )
