"""What a submission brings besides articles' text: pictures and ticker items."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session

from newsdesk.domain.article import ArticleContent, Claim
from newsdesk.domain.document import BlockKind, Document
from newsdesk.domain.people import Person
from newsdesk.domain.ticker import TickerStatus
from newsdesk.importers.submission import IncomingArticle, IncomingTicker, Submission
from newsdesk.services.bundle_report import CREATED, SKIPPED, TICKER, BundleEntry
from newsdesk.services.ticker_channels import ensure_channel
from newsdesk.services.ticker_rows import reposition
from newsdesk.settings import Settings
from newsdesk.storage.media import MediaStore
from newsdesk.storage.repositories import ArticleRepository, TickerRepository


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
        article, found = localise_article(article, submission.name)
        pictures.update(found)
        articles.append(article)
    return replace(submission, articles=tuple(articles)), list(pictures.values())


def localise_article(
    article: IncomingArticle, bundle_name: str
) -> tuple[IncomingArticle, dict[str, tuple[bytes, str]]]:
    """One article with its pictures renamed (see localise_pictures), and them by new name."""
    names: dict[str, str] = {}
    pictures: dict[str, tuple[bytes, str]] = {}
    for src, data, sha256 in article.pictures:
        label = f"{bundle_name}: article {article.id}: picture {src}"
        names[src] = MediaStore.src_for(data, label, sha256)
        pictures[names[src]] = (data, sha256)
    if not names:
        return article, pictures
    current = _renamed(article.content, names)
    revisions = tuple(
        replace(r, content=current if r.content is article.content else _renamed(r.content, names))
        for r in article.revisions
    )
    return replace(article, content=current, revisions=revisions), pictures


def import_ticker(
    session: Session,
    item: IncomingTicker,
    sender: str,
    actor: Person,
    settings: Settings,
    now: datetime,
) -> BundleEntry:
    """Draft the item once, with its own id, as the importer's; an item already here is skipped.

    The bundle's author and time of the item are claims, named in the entry's reason only.
    """
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
        author=actor.name,
        approver=None,
        article_id=linked,
        starts_at=item.starts_at,
        expires_at=item.expires_at,
        created_at=now,
        updated_at=now,
        updated_by=actor.name,
        approved_at=None,
    )
    reposition(session, row, now, {}, new=True, actor=actor.name)
    claim = Claim(sender, item.author, item.created_at).describe()
    return BundleEntry(TICKER, item.id, CREATED, item.text, claim)
