"""Whose a bundle's articles are, and what it claims: a sender's bundle touches only its own.

Everything in a submission bundle is a claim by its sender: authors, times, steps and statuses.
An import records its rows as the importer's, now, and keeps the claims beside them. The one
thing a bundle decides is which articles it may touch: those that came from its sender. An
article without a source_sender (written here, or imported before schema 0006 recorded senders)
is touched by no bundle.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from newsdesk.domain.article import Claim, Status
from newsdesk.errors import PermissionDeniedError
from newsdesk.importers.submission import IncomingNote, Submission
from newsdesk.storage.models import ArticleRow
from newsdesk.storage.repositories import ArticleRepository


def at_most_submitted(status: Status) -> Status:
    """The status a claimed one arrives as: a draft stays a draft, anything else is submitted."""
    return Status.DRAFT if status == Status.DRAFT else Status.SUBMITTED


def claimed_note_text(sender: str, note: IncomingNote) -> str:
    """A bundle's note as the importer files it: the claim first, then the text."""
    return f"{Claim(sender, note.author, note.at).describe()}: {note.text}"


def check_senders(session: Session, submission: Submission) -> dict[str, ArticleRow]:
    """The articles here that the bundle names, by id; refused if one came from anyone else."""
    existing = ArticleRepository(session).by_ids([a.id for a in submission.articles])
    for incoming in submission.articles:
        row = existing.get(incoming.id)
        if row is None:
            continue
        origin = row.source_sender
        if origin == submission.sender:
            continue
        came = "was written here" if origin is None else f"came from {origin}"
        raise PermissionDeniedError(
            f'{submission.name}: article {row.id} "{row.headline}" {came}, not from '
            f"{submission.sender}; a bundle may only change articles that came from its sender "
            "(nothing was imported)"
        )
    return existing
