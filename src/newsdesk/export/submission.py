"""Submission bundles: the native, full-fidelity records carried beside the export formats.

A submission is what a reporter sends to the desk. It is an ordinary bundle (every article in
the export formats, a manifest with checksums) that also carries, for each article,
`articles/<id>/newsdesk.json` with everything needed to rebuild it elsewhere (all fields, the
body document, author, base version, revisions and notes), and `submission/tickers.json` and
`submission/people.json` with the sender's draft ticker items and the people named. No database
here: the export service gathers the values and this module writes them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from newsdesk.domain.article import Article, Note, Revision
from newsdesk.domain.people import Person
from newsdesk.domain.ticker import TickerItem

KIND = "submission"
RECORD_FORMAT = "newsdesk.article"
TICKERS_FORMAT = "newsdesk.tickers"
PEOPLE_FORMAT = "newsdesk.people"
FORMAT_VERSION = 1
RECORD_NAME = "newsdesk.json"
RECORD_MEDIA_TYPE = "application/json"
SUBMISSION_DIR = "submission"
TICKERS_PATH = f"{SUBMISSION_DIR}/tickers.json"
PEOPLE_PATH = f"{SUBMISSION_DIR}/people.json"


@dataclass(frozen=True)
class ArticleHistory:
    """An article with what travels with it: revisions, written notes and its base version."""

    article: Article
    revisions: Sequence[Revision] = ()
    notes: Sequence[Note] = ()
    base_version: int = 0
    # Each picture's `src` in the body -> its copy in the article's bundle folder.
    media: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SubmissionParts:
    """The extra files of a submission bundle, as `build_bundle` takes them."""

    article_files: dict[str, list[tuple[str, bytes, str]]] = field(default_factory=dict)
    extra_files: list[tuple[str, bytes, str]] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def article_record(history: ArticleHistory) -> dict[str, Any]:
    """The native record of one article as plain JSON values."""
    article = history.article
    return {
        "format": RECORD_FORMAT,
        "format_version": FORMAT_VERSION,
        "id": article.id,
        "status": article.status.value,
        "version": article.version,
        "base_version": history.base_version,
        "author": article.author,
        "created_at": _time(article.created_at),
        "updated_at": _time(article.updated_at),
        "updated_by": article.updated_by,
        "published_at": _time(article.published_at),
        "content": article.content.to_dict(),
        "revisions": [
            {
                "revision": r.revision,
                "version": r.version,
                "author": r.author,
                "at": _time(r.at),
                "step": r.step,
                "note": r.note,
                "status": r.status.value,
                "content": r.content.to_dict(),
            }
            for r in history.revisions
        ],
        "notes": [note.to_dict() for note in history.notes],
        "media": [{"src": src, "file": path} for src, path in sorted(history.media.items())],
    }


def ticker_record(item: TickerItem) -> dict[str, Any]:
    """A draft ticker item as plain JSON values."""
    return {
        "id": item.id,
        "channel": item.channel,
        "text": item.text,
        "language": item.language,
        "breaking": item.breaking,
        "urgency": item.urgency,
        "author": item.author,
        "article_id": item.article_id,
        "starts_at": _time(item.starts_at),
        "expires_at": _time(item.expires_at),
        "created_at": _time(item.created_at),
    }


def submission_parts(
    sender: Person,
    histories: Sequence[ArticleHistory],
    tickers: Sequence[TickerItem],
    people: Sequence[Person],
) -> SubmissionParts:
    """The native records of a submission, ready to be written into the bundle."""
    article_files = {
        h.article.id: [(RECORD_NAME, _dump(article_record(h)), RECORD_MEDIA_TYPE)]
        for h in histories
    }
    ordered = sorted(tickers, key=lambda item: item.id)
    extra = [
        (
            PEOPLE_PATH,
            _dump(
                {
                    "format": PEOPLE_FORMAT,
                    "format_version": FORMAT_VERSION,
                    "people": [
                        {"name": p.name, "display_name": p.display_name}
                        for p in sorted(people, key=lambda p: p.name)
                    ],
                }
            ),
            RECORD_MEDIA_TYPE,
        ),
        (
            TICKERS_PATH,
            _dump(
                {
                    "format": TICKERS_FORMAT,
                    "format_version": FORMAT_VERSION,
                    "items": [ticker_record(item) for item in ordered],
                }
            ),
            RECORD_MEDIA_TYPE,
        ),
    ]
    details = {"sender": sender.name, "tickers": len(ordered)}
    return SubmissionParts(article_files, extra, details)
