"""Conversions between table rows and domain objects, so nothing above storage sees a row."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from newsdesk.domain.article import (
    Article,
    ArticleContent,
    ArticleSummary,
    Claim,
    Revision,
    Status,
)
from newsdesk.domain.document import Document
from newsdesk.domain.people import Person, Role
from newsdesk.domain.ticker import TickerChannel, TickerItem, TickerStatus

if TYPE_CHECKING:
    from newsdesk.storage.models import (
        ArticleRow,
        RevisionRow,
        TickerChannelRow,
        TickerItemRow,
        UserRow,
    )


def person_from_row(row: UserRow | Any) -> Person:
    """A Person from its row."""
    return Person(row.name, Role(row.role), row.display_name, row.created_at, bool(row.imported))


def content_from_row(row: ArticleRow | Any) -> ArticleContent:
    """The editable content of an article row."""
    return ArticleContent(
        headline=row.headline,
        language=row.language,
        kicker=row.kicker,
        standfirst=row.standfirst,
        body=Document.from_json(row.body),
        byline=row.byline,
        dateline=row.dateline,
        desk=row.desk,
        tags=tuple(json.loads(row.tags or "[]")),
        urgency=row.urgency,
        breaking=row.breaking,
        embargo_at=row.embargo_at,
    )


def content_columns(content: ArticleContent) -> dict[str, object]:
    """Column values for an article's content."""
    return {
        "headline": content.headline,
        "language": content.language,
        "kicker": content.kicker,
        "standfirst": content.standfirst,
        "body": content.body.to_json(),
        "byline": content.byline,
        "dateline": content.dateline,
        "desk": content.desk,
        "tags": json.dumps(list(content.tags), ensure_ascii=False),
        "urgency": content.urgency,
        "breaking": content.breaking,
        "embargo_at": content.embargo_at,
    }


def article_from_row(row: ArticleRow | Any) -> Article:
    """An Article from its row."""
    return Article(
        id=row.id,
        content=content_from_row(row),
        status=Status(row.status),
        version=row.version,
        author=row.author,
        created_at=row.created_at,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        published_at=row.published_at,
        held_by=row.held_by,
        held_since=row.held_since,
        conflict=bool(row.conflict),
    )


def summary_from_row(row: Any) -> ArticleSummary:
    """A list row from a row of `repositories.SUMMARY_COLUMNS`, in that order."""
    article_id, headline, language, status, *rest = row
    return ArticleSummary(article_id, headline, language, Status(status), *rest)


def snapshot_json(content: ArticleContent) -> str:
    """The JSON snapshot stored in a revision."""
    return json.dumps(content.to_dict(), ensure_ascii=False, separators=(",", ":"))


def revision_from_row(row: RevisionRow) -> Revision:
    """A Revision from its row."""
    return Revision(
        article_id=row.article_id,
        revision=row.revision,
        version=row.version,
        author=row.author,
        at=row.at,
        step=row.step,
        note=row.note,
        status=Status(row.status),
        content=ArticleContent.from_dict(json.loads(row.snapshot)),
        claim=claim_from_row(row),
    )


def claim_from_row(row: RevisionRow) -> Claim | None:
    """What a bundle claimed for this revision, if a bundle import added it."""
    if row.claimed_sender is None:
        return None
    return Claim(
        row.claimed_sender, row.claimed_author or "?", row.claimed_at, row.claimed_step or ""
    )


def claim_columns(claim: Claim) -> dict[str, object]:
    """Column values of a revision for what a bundle claimed."""
    return {
        "claimed_sender": claim.sender,
        "claimed_author": claim.author,
        "claimed_at": claim.at,
        "claimed_step": claim.step or None,
    }


def ticker_channel_from_row(row: TickerChannelRow | Any) -> TickerChannel:
    """A TickerChannel from its row."""
    return TickerChannel(row.name, row.language, row.window_px)


def ticker_item_from_row(
    row: TickerItemRow | Any,
    *,
    status: TickerStatus | None = None,
    position: int | None = None,
) -> TickerItem:
    """A TickerItem from its row (ORM or plain), optionally with another status or position."""
    return TickerItem(
        id=row.id,
        channel=row.channel,
        text=row.text,
        language=row.language,
        breaking=row.breaking,
        urgency=row.urgency,
        position=row.position if position is None else position,
        status=TickerStatus(row.status) if status is None else status,
        author=row.author,
        approver=row.approver,
        article_id=row.article_id,
        starts_at=row.starts_at,
        expires_at=row.expires_at,
        created_at=row.created_at,
        approved_at=row.approved_at,
    )
