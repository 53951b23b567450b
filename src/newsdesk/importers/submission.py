"""The native records of a submission bundle, read strictly into plain values.

Every field is checked for its type and range before anything is stored: a record that does
not fit refuses the whole bundle with the file and the field at fault.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsdesk.domain.article import ArticleContent, Revision, Status
from newsdesk.domain.document import DocumentError
from newsdesk.errors import InvalidInputError
from newsdesk.export.bundle_builder import ARTICLES_DIR
from newsdesk.export.submission import (
    KIND,
    PEOPLE_FORMAT,
    PEOPLE_PATH,
    RECORD_FORMAT,
    RECORD_NAME,
    TICKERS_FORMAT,
    TICKERS_PATH,
)
from newsdesk.importers.base import check_block_count
from newsdesk.importers.bundle import BundleFiles, unsafe_path_reason
from newsdesk.timeutil import as_utc

# The names services.users accepts for people.
_USER_NAME = re.compile(r"^[\w.@-]{1,64}$")
_CHANNEL_NAME = re.compile(r"^[\w.-]{1,64}$")
MAX_STEP_CHARS = 32
MAX_NOTE_CHARS = 100_000
SUPPORTED_VERSION = 1


@dataclass(frozen=True)
class IncomingNote:
    """One written note of an article's thread."""

    author: str
    at: datetime
    text: str


@dataclass(frozen=True)
class IncomingArticle:
    """An article of a submission with its history."""

    id: str
    status: Status
    version: int
    base_version: int
    author: str
    created_at: datetime
    updated_at: datetime
    updated_by: str
    content: ArticleContent
    revisions: tuple[Revision, ...]
    notes: tuple[IncomingNote, ...]
    # Each picture the body names by `src`: its bytes from the bundle and their SHA-256.
    pictures: tuple[tuple[str, bytes, str], ...] = ()


@dataclass(frozen=True)
class IncomingTicker:
    """A draft ticker item of a submission."""

    id: str
    channel: str
    text: str
    language: str
    breaking: bool
    urgency: int
    author: str
    article_id: str | None
    starts_at: datetime | None
    expires_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class Submission:
    """What a submission bundle brings: its articles, ticker items and the people named."""

    name: str
    bundle_id: str
    digest: str
    sender: str
    articles: tuple[IncomingArticle, ...]
    tickers: tuple[IncomingTicker, ...]
    people: dict[str, str]


class _Fields:
    """Typed access to one JSON object, with the file and field named in every refusal."""

    def __init__(self, data: Any, where: str):
        if not isinstance(data, dict):
            raise InvalidInputError(f"{where} is not a JSON object")
        self.data = data
        self.where = where

    def fail(self, key: str, what: str) -> InvalidInputError:
        return InvalidInputError(f"{self.where}: '{key}' {what}")

    def text(self, key: str, *, empty: bool = True, limit: int | None = None) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.fail(key, "must be a non-empty string" if not empty else "must be a string")
        if limit is not None and len(value) > limit:
            raise self.fail(key, f"is longer than {limit} characters")
        return value

    def number(self, key: str, low: int = 0) -> int:
        value = self.data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < low:
            raise self.fail(key, f"must be a whole number from {low}")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false")
        return value

    def name(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not _USER_NAME.match(value):
            raise self.fail(key, "is not a valid user name")
        return value

    def uuid(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not _is_uuid(value):
            raise self.fail(key, "is not an article or item id")
        return value

    def time(self, key: str, *, optional: bool = False) -> datetime | None:
        value = self.data.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self.fail(key, "must be an ISO date and time")
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(key, "must be an ISO date and time") from None
        return as_utc(parsed)

    def required_time(self, key: str) -> datetime:
        found = self.time(key)
        assert found is not None
        return found

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self.fail(key, "must be a list")
        return value

    def status(self, key: str) -> Status:
        value = self.data.get(key)
        try:
            return Status(str(value))
        except ValueError:
            raise self.fail(key, "is not a known status") from None


def _is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _json(files: BundleFiles, path: str) -> Any:
    data = files.files.get(path)
    if data is None:
        raise InvalidInputError(f"{files.name} has no {path}")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise InvalidInputError(f"{files.name}: {path} is not valid JSON ({exc})") from exc


def _format(fields: _Fields, expected: str) -> None:
    if fields.data.get("format") != expected:
        raise fields.fail("format", f"must be {expected!r}")
    if fields.data.get("format_version") != SUPPORTED_VERSION:
        raise fields.fail("format_version", "is one this version of Newsdesk cannot read")


def read_content(data: Any, where: str) -> ArticleContent:
    """Article content from its JSON form, every field type-checked (the service validates it)."""
    fields = _Fields(data, where)
    for key in ("headline", "language", "kicker", "standfirst", "byline", "dateline", "desk"):
        fields.text(key)
    tags = fields.items("tags")
    if not all(isinstance(tag, str) for tag in tags):
        raise fields.fail("tags", "must be a list of strings")
    fields.number("urgency")
    fields.flag("breaking")
    fields.time("embargo_at", optional=True)
    blocks = fields.items("body")
    check_block_count(len(blocks), where)
    for block in blocks:
        if isinstance(block, dict):
            for key in ("src", "href"):
                if block.get(key) is not None and not isinstance(block.get(key), str):
                    raise InvalidInputError(f"{where}: a body block has a bad '{key}'")
    try:
        return ArticleContent.from_dict(data)
    except (DocumentError, KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError(f"{where}: the body does not fit an article ({exc})") from exc


def _revision(
    data: Any, where: str, article_id: str, current: tuple[Any, ArticleContent]
) -> Revision:
    fields = _Fields(data, where)
    raw = fields.data.get("content")
    # The newest revision usually holds the current text: the same object, parsed once.
    content = current[1] if raw == current[0] else read_content(raw, f"{where} content")
    return Revision(
        article_id=article_id,
        revision=fields.number("revision", 1),
        version=fields.number("version", 1),
        author=fields.name("author"),
        at=fields.required_time("at"),
        step=fields.text("step", empty=False, limit=MAX_STEP_CHARS),
        note=fields.text("note", limit=MAX_NOTE_CHARS),
        status=fields.status("status"),
        content=content,
    )


def _note(data: Any, where: str) -> IncomingNote:
    fields = _Fields(data, where)
    return IncomingNote(
        author=fields.name("author"),
        at=fields.required_time("at"),
        text=fields.text("text", empty=False, limit=MAX_NOTE_CHARS),
    )


def read_article(files: BundleFiles, article_id: str) -> IncomingArticle:
    """The native record of one article of the bundle."""
    path = f"{ARTICLES_DIR}/{article_id}/{RECORD_NAME}"
    where = f"{files.name}: {path}"
    fields = _Fields(_json(files, path), where)
    _format(fields, RECORD_FORMAT)
    if fields.uuid("id") != article_id:
        raise fields.fail("id", "differs from the manifest's")
    raw = fields.data.get("content")
    current = (raw, read_content(raw, f"{where} content"))
    revisions = tuple(
        _revision(item, f"{where} revision {n}", article_id, current)
        for n, item in enumerate(fields.items("revisions"), start=1)
    )
    numbers = [r.revision for r in revisions]
    if len(set(numbers)) != len(numbers):
        raise fields.fail("revisions", "holds the same revision number twice")
    return IncomingArticle(
        id=article_id,
        status=fields.status("status"),
        version=fields.number("version", 1),
        base_version=fields.number("base_version"),
        author=fields.name("author"),
        created_at=fields.required_time("created_at"),
        updated_at=fields.required_time("updated_at"),
        updated_by=fields.name("updated_by"),
        content=current[1],
        revisions=revisions,
        notes=tuple(
            _note(item, f"{where} note {n}") for n, item in enumerate(fields.items("notes"), 1)
        ),
        pictures=_pictures(files, article_id, fields),
    )


def _pictures(
    files: BundleFiles, article_id: str, fields: _Fields
) -> tuple[tuple[str, bytes, str], ...]:
    found: list[tuple[str, bytes, str]] = []
    listed = fields.data.get("media", [])
    if not isinstance(listed, list):
        raise fields.fail("media", "must be a list")
    for n, item in enumerate(listed, start=1):
        entry = _Fields(item, f"{fields.where} picture {n}")
        src, name = entry.text("src", empty=False), entry.text("file", empty=False)
        path = f"{ARTICLES_DIR}/{article_id}/{name}"
        if unsafe_path_reason(name) or path not in files.files:
            raise entry.fail("file", f"names no picture in the bundle ({name})")
        found.append((src, files.files[path], files.checksums[path]))
    return tuple(found)


def _ticker(data: Any, where: str) -> IncomingTicker:
    fields = _Fields(data, where)
    channel = fields.text("channel", empty=False)
    if not _CHANNEL_NAME.match(channel):
        raise fields.fail("channel", "is not a valid channel name")
    article_id = fields.data.get("article_id")
    if article_id is not None:
        article_id = fields.uuid("article_id")
    return IncomingTicker(
        id=fields.uuid("id"),
        channel=channel,
        text=fields.text("text", empty=False),
        language=fields.text("language", empty=False),
        breaking=fields.flag("breaking"),
        urgency=fields.number("urgency"),
        author=fields.name("author"),
        article_id=article_id,
        starts_at=fields.time("starts_at", optional=True),
        expires_at=fields.time("expires_at", optional=True),
        created_at=fields.required_time("created_at"),
    )


def read_submission(files: BundleFiles) -> Submission:
    """Every native record of a verified submission bundle, or one clear refusal."""
    sender, ids = read_header(files)
    articles = tuple(read_article(files, article_id) for article_id in ids)
    return read_rest(files, sender, articles)


def read_header(files: BundleFiles) -> tuple[str, list[str]]:
    """The sender and the ids of the articles the manifest lists, in its order."""
    name = files.name
    if files.kind != KIND:
        raise InvalidInputError(
            f"{name} is a publication bundle: it carries no Newsdesk records to import. "
            "Only submission bundles (newsdesk export --submission) can be imported"
        )
    manifest = files.manifest
    bundle = _Fields(manifest["bundle"], f"{name}: manifest bundle")
    details = _Fields(bundle.data.get(KIND), f"{name}: manifest submission")
    sender = details.name("sender")
    entries = manifest.get("articles")
    if not isinstance(entries, list):
        raise InvalidInputError(f"{name}: the manifest has no 'articles' list")
    ids = [_Fields(entry, f"{name}: manifest article").uuid("id") for entry in entries]
    if len(set(ids)) != len(ids):
        raise InvalidInputError(f"{name}: the manifest lists an article twice")
    return sender, ids


def read_rest(files: BundleFiles, sender: str, articles: tuple[IncomingArticle, ...]) -> Submission:
    """The submission of `articles` (read already) with its ticker items and people."""
    name = files.name
    tickers_file = _Fields(_json(files, TICKERS_PATH), f"{name}: {TICKERS_PATH}")
    _format(tickers_file, TICKERS_FORMAT)
    tickers = tuple(
        _ticker(item, f"{name}: {TICKERS_PATH} item {n}")
        for n, item in enumerate(tickers_file.items("items"), start=1)
    )
    if len({t.id for t in tickers}) != len(tickers):
        raise InvalidInputError(f"{name}: {TICKERS_PATH} holds an item twice")
    people_file = _Fields(_json(files, PEOPLE_PATH), f"{name}: {PEOPLE_PATH}")
    _format(people_file, PEOPLE_FORMAT)
    people: dict[str, str] = {}
    for n, item in enumerate(people_file.items("people"), start=1):
        person = _Fields(item, f"{name}: {PEOPLE_PATH} person {n}")
        people[person.name("name")] = person.text("display_name", limit=200)
    return Submission(
        name=name,
        bundle_id=files.bundle_id,
        digest=files.digest,
        sender=sender,
        articles=articles,
        tickers=tickers,
        people=people,
    )
