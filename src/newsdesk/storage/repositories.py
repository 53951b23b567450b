"""Queries over the tables. Repositories never commit: services own the transactions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from newsdesk.storage.models import ArticleRow, AuditRow, DeskRow, RevisionRow, UserRow


class UserRepository:
    """People and their roles."""

    def __init__(self, session: Session):
        self.session = session

    def get(self, name: str) -> UserRow | None:
        """The user called `name`, if any."""
        return self.session.get(UserRow, name)

    def add(self, row: UserRow) -> None:
        """Add a new user."""
        self.session.add(row)

    def all(self) -> Sequence[UserRow]:
        """Every user, by name."""
        return self.session.scalars(select(UserRow).order_by(UserRow.name)).all()

    def count(self) -> int:
        """How many users there are."""
        return self.session.scalar(select(func.count()).select_from(UserRow)) or 0


class DeskRepository:
    """Desks, created on first use."""

    def __init__(self, session: Session):
        self.session = session

    def ensure(self, name: str) -> None:
        """Make sure a desk called `name` exists."""
        if name and self.session.get(DeskRow, name) is None:
            self.session.add(DeskRow(name=name, title=""))
            self.session.flush()

    def all(self) -> Sequence[DeskRow]:
        """Every desk, by name."""
        return self.session.scalars(select(DeskRow).order_by(DeskRow.name)).all()


class ArticleRepository:
    """Articles, their revisions and the audit log."""

    def __init__(self, session: Session):
        self.session = session

    def get(self, article_id: str) -> ArticleRow | None:
        """The article with this id, if any."""
        return self.session.get(ArticleRow, article_id)

    def add(self, row: ArticleRow) -> None:
        """Add a new article."""
        self.session.add(row)
        self.session.flush()

    def page(
        self,
        *,
        status: str | None = None,
        desk: str | None = None,
        author: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Sequence[ArticleRow]:
        """One page of articles, newest change first."""
        query = select(ArticleRow)
        if status:
            query = query.where(ArticleRow.status == status)
        if desk:
            query = query.where(ArticleRow.desk == desk)
        if author:
            query = query.where(ArticleRow.author == author)
        query = query.order_by(ArticleRow.updated_at.desc(), ArticleRow.id.desc())
        return self.session.scalars(query.limit(limit).offset(offset)).all()

    def compare_and_set(
        self, article_id: str, expected_version: int, values: dict[str, Any]
    ) -> bool:
        """Update the article only if it is still at `expected_version`; bump the version."""
        result = self.session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id, ArticleRow.version == expected_version)
            .values(**values, version=expected_version + 1)
            .execution_options(synchronize_session=False)
        )
        self.session.expire_all()
        return result.rowcount == 1

    def next_revision_number(self, article_id: str) -> int:
        """The number the next revision of this article will take."""
        last = self.session.scalar(
            select(func.max(RevisionRow.revision)).where(RevisionRow.article_id == article_id)
        )
        return (last or 0) + 1

    def add_revision(self, row: RevisionRow) -> None:
        """Record a revision."""
        self.session.add(row)
        self.session.flush()

    def revisions(self, article_id: str) -> Sequence[RevisionRow]:
        """Every revision of an article, oldest first."""
        query = select(RevisionRow).where(RevisionRow.article_id == article_id)
        return self.session.scalars(query.order_by(RevisionRow.revision)).all()

    def revision(self, article_id: str, number: int) -> RevisionRow | None:
        """One revision of an article."""
        query = select(RevisionRow).where(
            RevisionRow.article_id == article_id, RevisionRow.revision == number
        )
        return self.session.scalars(query).first()

    def add_audit(self, row: AuditRow) -> None:
        """Record a workflow step."""
        self.session.add(row)

    def audit(self, since: datetime | None = None) -> Sequence[AuditRow]:
        """The audit log, oldest first, optionally from a time on."""
        query = select(AuditRow)
        if since is not None:
            query = query.where(AuditRow.at >= since)
        return self.session.scalars(query.order_by(AuditRow.at, AuditRow.id)).all()
