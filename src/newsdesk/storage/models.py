"""The database tables, as SQLAlchemy 2 typed models."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from newsdesk.storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of all models, with predictable constraint names for migrations."""

    metadata = MetaData(naming_convention=NAMING)


class UserRow(Base):
    """A person who may use Newsdesk."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Created by a bundle import (an author the newsroom did not know yet), not by an admin.
    imported: Mapped[bool] = mapped_column(default=False, server_default="0")
    # Can no longer log in or act (a newsroom keeps a departed person's history).
    disabled: Mapped[bool] = mapped_column(default=False, server_default="0")


class DeskRow(Base):
    """A team with its own queue."""

    __tablename__ = "desks"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")


class ArticleRow(Base):
    """An article's current state; its history is in revisions."""

    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_status_updated", "status", "updated_at"),
        Index("ix_articles_desk_status_updated", "desk", "status", "updated_at"),
        Index("ix_articles_author_updated", "author", "updated_at"),
        Index("ix_articles_updated", "updated_at"),
        Index(
            "ix_articles_held_by_status",
            "held_by",
            "status",
            postgresql_where=text("held_by IS NOT NULL"),
            sqlite_where=text("held_by IS NOT NULL"),
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    headline: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16))
    kicker: Mapped[str] = mapped_column(Text, default="")
    standfirst: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(Text, default="")
    dateline: Mapped[str] = mapped_column(Text, default="")
    desk: Mapped[str] = mapped_column(String(64), default="")
    tags: Mapped[str] = mapped_column(Text, default="[]")
    urgency: Mapped[int] = mapped_column(Integer, default=5)
    breaking: Mapped[bool] = mapped_column(default=False)
    embargo_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16))
    restore_status: Mapped[str | None] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(ForeignKey("users.name"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    held_by: Mapped[str | None] = mapped_column(String(64))
    held_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    word_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lint_errors: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # An imported copy disagreed with this one; it is kept as a `conflict` revision.
    conflict: Mapped[bool] = mapped_column(default=False, server_default="0")
    # The workflow step (or "edit") of the latest write and the status it started from; on a
    # newsroom the database sets both, so revisions and audit rows can be checked against them.
    last_step: Mapped[str] = mapped_column(String(32), default="", server_default="")
    last_from_status: Mapped[str] = mapped_column(String(16), default="", server_default="")
    # Whose submission bundle created this article (None: written here).
    source_sender: Mapped[str | None] = mapped_column(String(64))


class NoteRow(Base):
    """One message in an article's notes thread."""

    __tablename__ = "article_notes"
    __table_args__ = (Index("ix_article_notes_article", "article_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    text: Mapped[str] = mapped_column(Text)


class RevisionRow(Base):
    """A full snapshot of an article at a meaningful save, or a refused edit kept safe."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("article_id", "revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    step: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    snapshot: Mapped[str] = mapped_column(Text)
    # What a submission bundle claimed for this revision: provenance, never authority.
    claimed_sender: Mapped[str | None] = mapped_column(String(64))
    claimed_author: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_step: Mapped[str | None] = mapped_column(String(32))


class AuditRow(Base):
    """One workflow step: who took it, when, from which status to which, and why."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_article", "article_id"),
        # The rows that record dictionary changes (no article), found by their word: a
        # newsroom checks each added or removed word's row at commit.
        Index(
            "ix_audit_log_dictionary",
            "note",
            "step",
            postgresql_where=text("article_id = ''"),
            sqlite_where=text("article_id = ''"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    step: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    # The article's version after the step (None for rows written before it was recorded).
    article_version: Mapped[int | None] = mapped_column(Integer)
    # A hash chain: each row's hash covers its content and the previous row's hash.
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class NewsroomRow(Base):
    """Present (one row) once `server init` made this PostgreSQL database a newsroom."""

    __tablename__ = "newsroom"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_prefix: Mapped[str] = mapped_column(String(40))
    owner_role: Mapped[str] = mapped_column(String(63))
    initialised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    initialised_by: Mapped[str] = mapped_column(String(63))


class DictionaryWordRow(Base):
    """A word of the newsroom dictionary: never flagged as a misspelling on any desk."""

    __tablename__ = "dictionary_words"
    # Ids never come back after a removal: the (count, highest id) version relies on it.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    word: Mapped[str] = mapped_column(String(100))
    # `normalise_word(word)`: the form words are compared and kept unique in.
    key: Mapped[str] = mapped_column(String(100), unique=True)
    language: Mapped[str | None] = mapped_column(String(16))
    added_by: Mapped[str] = mapped_column(String(64))
    # The server's clock on PostgreSQL (a newsroom's trigger insists on it).
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), server_default=func.now())


class SharedSettingRow(Base):
    """One of the newsroom's settings, shared by every desk of the database (value as JSON)."""

    __tablename__ = "shared_settings"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), server_default=func.now())


class TickerChannelRow(Base):
    """A ticker channel such as "site" or "tv"."""

    __tablename__ = "ticker_channels"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    language: Mapped[str] = mapped_column(String(16), default="ar")
    window_px: Mapped[int] = mapped_column(Integer, default=1280)


class TickerItemRow(Base):
    """One short headline on a ticker channel."""

    __tablename__ = "ticker_items"
    __table_args__ = (Index("ix_ticker_items_channel_status", "channel", "status"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    channel: Mapped[str] = mapped_column(ForeignKey("ticker_channels.name"))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16))
    breaking: Mapped[bool] = mapped_column(default=False)
    urgency: Mapped[int] = mapped_column(Integer, default=5)
    position: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16))
    author: Mapped[str] = mapped_column(String(64))
    approver: Mapped[str | None] = mapped_column(String(64))
    article_id: Mapped[str | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(64))
