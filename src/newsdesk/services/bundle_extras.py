"""What a submission brings besides articles: pictures, ticker items and people."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import BlockKind, Document
from newsdesk.domain.people import Person
from newsdesk.domain.permissions import IMPORTED_AUTHOR_ROLE
from newsdesk.domain.ticker import TickerStatus
from newsdesk.importers.submission import IncomingArticle, IncomingTicker, Submission
from newsdesk.services.bundle_report import CREATED, SKIPPED, TICKER, BundleEntry
from newsdesk.services.ticker_channels import ensure_channel
from newsdesk.services.ticker_rows import reposition
from newsdesk.settings import Settings
from newsdesk.storage.media import MediaStore
from newsdesk.storage.repositories import ArticleRepository, TickerRepository, UserRepository


def _renamed(content: ArticleContent, names: dict[str, str]) -> ArticleContent:
    blocks = tuple(
        replace(block, src=names[block.src])
        if block.kind == BlockKind.IMAGE and block.src in names
        else block
        for block in content.body.blocks
    )
    if blocks == content.body.blocks:
        return content
    return replace(content, body=Document(blocks))


def localise_pictures(submission: Submission) -> tuple[Submission, list[tuple[bytes, str]]]:
    """The submission with pictures named as this media folder names them, and their bytes.

    The media folder files a picture under its checksum, so the same picture has the same
    `src` on every desk; the text (current and in every revision) is rewritten to that name.
    Anything that is not a JPEG, PNG, GIF or WebP picture refuses the bundle.
    """
    pictures: dict[str, tuple[bytes, str]] = {}
    articles: list[IncomingArticle] = []
    for article in submission.articles:
        names: dict[str, str] = {}
        for src, data, sha256 in article.pictures:
            label = f"{submission.name}: article {article.id}: picture {src}"
            names[src] = MediaStore.src_for(data, label, sha256)
            pictures[names[src]] = (data, sha256)
        if names:
            current = _renamed(article.content, names)
            article = replace(
                article,
                content=current,
                revisions=tuple(
                    replace(
                        r,
                        content=current
                        if r.content is article.content
                        else _renamed(r.content, names),
                    )
                    for r in article.revisions
                ),
            )
        articles.append(article)
    return replace(submission, articles=tuple(articles)), list(pictures.values())


def ensure_people(session: Session, submission: Submission, now: datetime) -> tuple[str, ...]:
    """Create every author the database does not know as an editor marked as imported."""
    names = {a.author for a in submission.articles} | {t.author for t in submission.tickers}
    users = UserRepository(session)
    known = {row.name for row in users.named(names)}
    added = sorted(names - known)
    for name in added:
        users.add(
            name=name,
            display_name=submission.people.get(name, ""),
            role=IMPORTED_AUTHOR_ROLE.value,
            created_at=now,
            imported=True,
        )
    return tuple(added)


def import_ticker(
    session: Session, item: IncomingTicker, actor: Person, settings: Settings, now: datetime
) -> BundleEntry:
    """Draft the item once, with its own id; an item already here is skipped."""
    if TickerRepository(session).item(item.id) is not None:
        return BundleEntry(TICKER, item.id, SKIPPED, item.text, "already here")
    channel = ensure_channel(session, item.channel, item.language, settings.ticker_window_px)
    linked = item.article_id
    if linked is not None and ArticleRepository(session).get(linked) is None:
        linked = None
    row = TickerRepository.new_item(
        id=item.id,
        channel=channel.name,
        text=item.text,
        language=item.language,
        breaking=item.breaking,
        urgency=item.urgency,
        position=0,
        status=TickerStatus.DRAFT.value,
        author=item.author,
        approver=None,
        article_id=linked,
        starts_at=item.starts_at,
        expires_at=item.expires_at,
        created_at=item.created_at,
        updated_at=now,
        updated_by=actor.name,
        approved_at=None,
    )
    reposition(session, row, now, {}, new=True, actor=actor.name)
    return BundleEntry(TICKER, item.id, CREATED, item.text)
