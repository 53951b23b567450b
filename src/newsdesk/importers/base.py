"""What every importer returns, the size limits they share and strict file reading."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from newsdesk.domain.article import MAX_TEXT_BYTES as MAX_TEXT_BYTES  # shared by every importer
from newsdesk.domain.article import ArticleContent
from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.errors import InvalidInputError
from newsdesk.livefiles import refuse_live_database
from newsdesk.text.direction import strong_counts
from newsdesk.text.language import guess_language

MAX_HTML_BYTES = 5 * 1024 * 1024
MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_BLOCKS = 20_000
HEADLINE_MAX_CHARS = 300
# What an import can leave out of the article, in the order a summary lists them.
PICTURE = "picture"  # in a part of the document an import does not read
REMOTE_PICTURE = "remote picture"  # an http(s) address: the desk works offline, nothing is fetched
MISSING_PICTURE = "missing picture"  # named but not found (or outside the document's folder)
REFUSED_PICTURE = "unreadable picture"  # not a JPEG, PNG, GIF or WebP picture, or damaged
LARGE_PICTURE = "oversized picture"  # too many bytes or pixels (a decompression bomb)
NOTE = "note"
COMMENT = "comment"
OBJECT = "object"
DROPPED_KINDS = (
    PICTURE,
    REMOTE_PICTURE,
    MISSING_PICTURE,
    REFUSED_PICTURE,
    LARGE_PICTURE,
    NOTE,
    COMMENT,
    OBJECT,
)


@dataclass(frozen=True)
class ImportedTicker:
    """A ticker line found in a source, to be drafted as a ticker item."""

    text: str
    breaking: bool = False


@dataclass(frozen=True)
class ImportedArticle:
    """What one source file holds: the article content, ticker lines and the source's time."""

    content: ArticleContent
    kind: str
    tickers: tuple[ImportedTicker, ...] = ()
    dated_at: datetime | None = None
    encoding: str | None = None
    # What the source holds that the article does not: (kind, how many), kinds in DROPPED_KINDS.
    dropped: tuple[tuple[str, int], ...] = ()
    # The pictures the body's image blocks name: (media src, bytes), filed when it is stored.
    pictures: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True)
class SourceFile:
    """The bytes of a file to import, its name and a digest identifying its content."""

    path: Path
    data: bytes

    @property
    def name(self) -> str:
        """The file name shown in messages."""
        return self.path.name

    @property
    def digest(self) -> str:
        """The SHA-256 of the content, in hex."""
        return hashlib.sha256(self.data).hexdigest()


def read_source(path: Path, limit: int) -> SourceFile:
    """The file's bytes, refused before reading when it is missing, not a file, empty or too big."""
    refuse_live_database(path, "import")
    try:
        info = path.stat()
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if not path.is_file():
        raise InvalidInputError(f"{path.name} is not a regular file")
    if info.st_size == 0:
        raise InvalidInputError(f"{path.name} is empty")
    if info.st_size > limit:
        raise InvalidInputError(
            f"{path.name} is too large to import ({_megabytes(info.st_size)}; "
            f"the limit is {_megabytes(limit)})"
        )
    try:
        with path.open("rb") as stream:
            # Read one byte past the limit: a file that grew after stat() is still refused.
            data = stream.read(limit + 1)
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise InvalidInputError(f"{path.name} is too large to import")
    if not data:
        raise InvalidInputError(f"{path.name} is empty")
    return SourceFile(path, data)


def check_block_count(count: int, source_name: str) -> None:
    """Refuse a source with more paragraphs than any article has, before building them."""
    if count > MAX_BLOCKS:
        raise InvalidInputError(
            f"{source_name} has more than {MAX_BLOCKS} paragraphs; split it before importing"
        )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def one_line(text: str) -> str:
    """Text with every run of white space (line breaks included) as one space."""
    return " ".join(text.split())


def shorten_headline(text: str) -> str:
    """A headline of at most HEADLINE_MAX_CHARS characters, cut at a word where possible."""
    text = one_line(text)
    if len(text) <= HEADLINE_MAX_CHARS:
        return text
    cut = text[:HEADLINE_MAX_CHARS].rsplit(" ", 1)[0]
    return (cut or text[:HEADLINE_MAX_CHARS]).rstrip() + "…"


def detect_language(*parts: str, hint: str | None = None) -> str:
    """The newsroom language of the text: an explicit hint when it is ar, fr or en, else a guess."""
    if hint:
        base = hint.strip().lower().replace("_", "-").split("-", 1)[0]
        if base in ("ar", "fr", "en"):
            return base
    return guess_language("\n".join(parts)[:50_000])


def has_letters(text: str) -> bool:
    """Whether the text holds at least one strong letter of any script."""
    rtl, ltr = strong_counts(text)
    return rtl + ltr > 0


def build_article(
    *,
    kind: str,
    headline: str,
    blocks: list[Block],
    source_name: str,
    language_hint: str | None = None,
    breaking: bool = False,
    tickers: tuple[ImportedTicker, ...] = (),
    dated_at: datetime | None = None,
    encoding: str | None = None,
    dropped: dict[str, int] | None = None,
    pictures: tuple[tuple[str, bytes], ...] = (),
) -> ImportedArticle:
    """Assemble an import, refusing a source with no words in it."""
    check_block_count(len(blocks), source_name)
    blocks = [b for b in blocks if b.text.strip() or b.src]
    headline = shorten_headline(headline)
    if not headline:
        first = next((b for b in blocks if b.text.strip()), None)
        if first is None:
            raise InvalidInputError(f"{source_name} holds no text to import")
        headline = shorten_headline(first.text)
    body_text = "\n".join(b.caption if b.kind == BlockKind.IMAGE else b.text for b in blocks)
    if not has_letters(headline + body_text):
        raise InvalidInputError(f"{source_name} holds no words to import")
    language = detect_language(headline, body_text, hint=language_hint)
    content = ArticleContent(
        headline=headline,
        language=language,
        body=Document(tuple(blocks)),
        breaking=breaking,
    )
    named = {b.src for b in blocks if b.kind == BlockKind.IMAGE}
    left_out = tuple(
        (kind_, (dropped or {}).get(kind_, 0))
        for kind_ in DROPPED_KINDS
        if (dropped or {}).get(kind_, 0)
    )
    return ImportedArticle(
        content=content,
        kind=kind,
        tickers=tickers,
        dated_at=dated_at,
        encoding=encoding,
        dropped=left_out,
        pictures=tuple((src, data) for src, data in pictures if src in named),
    )


def dropped_text(dropped: tuple[tuple[str, int], ...]) -> str:
    """What an import left out, in English: "2 pictures, 1 note"."""
    return ", ".join(f"{count} {kind}{'' if count == 1 else 's'}" for kind, count in dropped)
