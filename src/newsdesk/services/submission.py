"""What a submission bundle carries, read from the database: the chosen articles and their past."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newsdesk.domain.article import Article, Note, Revision
from newsdesk.domain.people import Person
from newsdesk.domain.permissions import Permission, may
from newsdesk.domain.workflow import WORK_IN_PROGRESS
from newsdesk.errors import PermissionDeniedError
from newsdesk.export.media import BundleMedia
from newsdesk.export.submission import ArticleHistory, SubmissionParts, submission_parts
from newsdesk.services.articles import ArticleService
from newsdesk.storage.engine import Database
from newsdesk.storage.mapping import person_from_row, revision_from_row, ticker_item_from_row
from newsdesk.storage.media import MediaStore
from newsdesk.storage.repositories import ArticleRepository, TickerRepository, UserRepository
from newsdesk.storage.types import utc_now

IMPORT_STEP = "import"
PAGE = 500
CHUNK = 500


def select_submission(db: Database, actor: Person, ids: Sequence[str] = ()) -> list[Article]:
    """The articles of a submission: the given ids, or the actor's own drafts and returned ones.

    Given ids must be the actor's own articles unless the actor is a desk chief or an admin.
    """
    articles = ArticleService(db, actor)
    if ids:
        chosen = [articles.get(article_id) for article_id in ids]
        others = [a for a in chosen if a.author != actor.name]
        if others and not may(actor.role, Permission.SEND_OTHERS):
            raise PermissionDeniedError(
                f"article {others[0].id} is by {others[0].author}; an {actor.role.value} sends only "
                "their own articles to the desk"
            )
        return chosen
    found: list[Article] = []
    # A submission holds the reporter's work in progress: drafts and what the desk sent back.
    for status in WORK_IN_PROGRESS:
        offset = 0
        while True:
            page = articles.summaries(
                status=status.value, author=actor.name, limit=PAGE, offset=offset
            )
            found += [articles.get(summary.id) for summary in page]
            if len(page) < PAGE:
                break
            offset += PAGE
    return found


def gather_submission(
    db: Database,
    actor: Person,
    chosen: Sequence[Article],
    now: datetime | None = None,
    media: MediaStore | None = None,
) -> SubmissionParts:
    """The native records of the chosen articles, the actor's draft ticker items and the people.

    With `media`, each record says which copy in the bundle each of its pictures is, so the
    desk can file the pictures in its own media folder.
    """
    now = now or utc_now()
    pictures = BundleMedia(media)
    ids = [a.id for a in chosen]
    with db.reading() as session:
        revisions: dict[str, list[Revision]] = {i: [] for i in ids}
        notes: dict[str, list[Note]] = {i: [] for i in ids}
        repo = ArticleRepository(session)
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            for row in repo.revisions_of(part):
                revisions[row.article_id].append(revision_from_row(row))
            for note in repo.notes_of(part):
                notes[note.article_id].append(
                    Note(note.article_id, note.author, note.at, note.text)
                )
        drafts = TickerRepository(session).drafts_by(actor.name, now)
        tickers = [ticker_item_from_row(row) for row in drafts]
        names = {a.author for a in chosen} | {item.author for item in tickers}
        people = [person_from_row(row) for row in UserRepository(session).named(names)]
    histories = [
        ArticleHistory(
            article=article,
            revisions=revisions[article.id],
            notes=notes[article.id],
            base_version=_base_version(revisions[article.id]),
            media={f.src: f.href for f in pictures.localise(article)[1].values()},
        )
        for article in chosen
    ]
    return submission_parts(actor, histories, tickers, people)


def _base_version(revisions: Sequence[Revision]) -> int:
    """The version this copy last came in at from elsewhere (0 when it was written here)."""
    return max((r.version for r in revisions if r.step == IMPORT_STEP), default=0)
