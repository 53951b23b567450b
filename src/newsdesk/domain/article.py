"""The article: what a reporter writes and a desk publishes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from newsdesk.domain.document import Document

LANGUAGES = ("ar", "fr", "en")
URGENCY_FLASH = 1
URGENCY_DEFAULT = 5
URGENCY_LOWEST = 9
# The most text one article may hold, in UTF-8 bytes, however it comes in (file, paste, import).
MAX_TEXT_BYTES = 5 * 1024 * 1024


class Status(StrEnum):
    """Where an article stands in the editorial workflow."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    RETURNED = "returned"
    SPIKED = "spiked"


@dataclass(frozen=True)
class ArticleContent:
    """The fields a writer edits; everything an edit may change."""

    headline: str
    language: str = "ar"
    kicker: str = ""
    standfirst: str = ""
    body: Document = field(default_factory=Document)
    byline: str = ""
    dateline: str = ""
    desk: str = ""
    tags: tuple[str, ...] = ()
    urgency: int = URGENCY_DEFAULT
    breaking: bool = False
    embargo_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """The content as plain JSON values (the revision snapshot format)."""
        return {
            "headline": self.headline,
            "language": self.language,
            "kicker": self.kicker,
            "standfirst": self.standfirst,
            "body": self.body.to_list(),
            "byline": self.byline,
            "dateline": self.dateline,
            "desk": self.desk,
            "tags": list(self.tags),
            "urgency": self.urgency,
            "breaking": self.breaking,
            "embargo_at": self.embargo_at.isoformat() if self.embargo_at else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleContent:
        """Read content written by `to_dict`."""
        embargo = data.get("embargo_at")
        return cls(
            headline=data["headline"],
            language=data.get("language", "ar"),
            kicker=data.get("kicker", ""),
            standfirst=data.get("standfirst", ""),
            body=Document.from_list(data.get("body", [])),
            byline=data.get("byline", ""),
            dateline=data.get("dateline", ""),
            desk=data.get("desk", ""),
            tags=tuple(data.get("tags", ())),
            urgency=int(data.get("urgency", URGENCY_DEFAULT)),
            breaking=bool(data.get("breaking", False)),
            embargo_at=datetime.fromisoformat(embargo) if embargo else None,
        )


@dataclass(frozen=True)
class Article:
    """A stored article: its content plus identity, workflow state and times."""

    id: str
    content: ArticleContent
    status: Status
    version: int
    author: str
    created_at: datetime
    updated_at: datetime
    updated_by: str
    published_at: datetime | None = None
    held_by: str | None = None
    held_since: datetime | None = None
    conflict: bool = False

    def holder(self, now: datetime, lease: timedelta) -> str | None:
        """Who holds the edit lease at `now`, if anyone (leases lapse after `lease`)."""
        if self.held_by and self.held_since and now - self.held_since < lease:
            return self.held_by
        return None

    @property
    def headline(self) -> str:
        """The headline, for convenience."""
        return self.content.headline

    @property
    def language(self) -> str:
        """The article language, for convenience."""
        return self.content.language

    def to_dict(self) -> dict[str, Any]:
        """The article with the model's field names, for `--json` and exports."""
        data = self.content.to_dict()
        blocks = data.pop("body")
        return {
            "id": self.id,
            "status": self.status.value,
            "version": self.version,
            **data,
            "body": self.content.body.plain_text(),
            "blocks": blocks,
            "author": self.author,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "updated_by": self.updated_by,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "held_by": self.held_by,
            "held_since": self.held_since.isoformat() if self.held_since else None,
            "conflict": self.conflict,
        }


@dataclass(frozen=True)
class Note:
    """One message in an article's notes thread."""

    article_id: str
    author: str
    at: datetime
    text: str
    # The workflow step the note came with ("return", "import"…); empty for a written note.
    step: str = ""

    @property
    def message(self) -> str:
        """What the person wrote, without the step that `text` leads with."""
        prefix = f"{self.step}: "
        return self.text[len(prefix) :] if self.step and self.text.startswith(prefix) else self.text

    def to_dict(self) -> dict[str, Any]:
        """The note with the model's field names."""
        return {"author": self.author, "at": self.at.isoformat(), "text": self.text}


@dataclass(frozen=True)
class ArticleSummary:
    """One row of an article list."""

    id: str
    headline: str
    language: str
    status: Status
    version: int
    desk: str
    author: str
    urgency: int
    breaking: bool
    updated_at: datetime
    held_by: str | None = None
    word_count: int = 0
    lint_errors: int = 0
    conflict: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The row as plain JSON values."""
        return {
            "id": self.id,
            "headline": self.headline,
            "language": self.language,
            "status": self.status.value,
            "version": self.version,
            "desk": self.desk,
            "author": self.author,
            "urgency": self.urgency,
            "breaking": self.breaking,
            "updated_at": self.updated_at.isoformat(),
            "held_by": self.held_by,
            "word_count": self.word_count,
            "lint_errors": self.lint_errors,
            "conflict": self.conflict,
        }


@dataclass(frozen=True)
class Claim:
    """What a submission bundle said about a revision: who, when and which step. Never authority."""

    sender: str
    author: str
    at: datetime | None
    step: str = ""

    def describe(self) -> str:
        """One line, e.g. "claimed in sara's bundle: 2026-01-01 10:00 by karim (approve)" (UTC)."""
        when = self.at.strftime("%Y-%m-%d %H:%M") if self.at is not None else "?"
        step = f" ({self.step})" if self.step else ""
        return f"claimed in {self.sender}'s bundle: {when} by {self.author}{step}"

    def to_dict(self) -> dict[str, Any]:
        """The claim as plain JSON values."""
        return {
            "sender": self.sender,
            "author": self.author,
            "at": self.at.isoformat() if self.at is not None else None,
            "step": self.step or None,
        }


@dataclass(frozen=True)
class Revision:
    """A full snapshot of an article at one meaningful save."""

    article_id: str
    revision: int
    version: int
    author: str
    at: datetime
    step: str
    note: str
    status: Status
    content: ArticleContent
    # For a revision a bundle import added: what the bundle claimed (author and at are the
    # importer and the import's time).
    claim: Claim | None = None

    def to_dict(self) -> dict[str, Any]:
        """The revision's header with the model's field names."""
        return {
            "revision": self.revision,
            "version": self.version,
            "author": self.author,
            "at": self.at.isoformat(),
            "step": self.step,
            "note": self.note,
            "status": self.status.value,
            "headline": self.content.headline,
            "claimed": self.claim.to_dict() if self.claim is not None else None,
        }
