"""Pictures in bundles: each image file an article shows is copied into the article's folder.

A picture from the media folder goes to `articles/<id>/media/<first 16 hex of its SHA-256>.<ext>`
and the article is exported with `src="media/…"`, so index.html and every other format refer to
the copy beside them. Addresses the renderer refuses stay refused (nothing is copied for them),
and http(s) pictures stay links: nothing is fetched.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from newsdesk.domain.article import Article
from newsdesk.domain.document import Block, BlockKind, Document
from newsdesk.errors import InvalidInputError
from newsdesk.export.entry_bytes import Digested, Packed
from newsdesk.render.safety import safe_image_source
from newsdesk.storage.media import ImageInfo, MediaStore, inspect_image

MEDIA_DIR = "media"
NAME_DIGITS = 16


@dataclass(frozen=True)
class MediaFile:
    """A picture copied into a bundle: where it came from, where it goes, what it is, its bytes.

    The bytes are the very ones the checksum was taken of, so what the bundle holds is always
    what its manifest and the formats describe, even if the file changes meanwhile.
    """

    src: str
    href: str
    source: Path
    media_type: str
    size: int
    sha256: str
    width: int
    height: int
    data: bytes = field(default=b"", repr=False, compare=False)

    def ni_uri(self) -> str:
        """The picture's RFC 6920 name (ni:///sha-256;…), an absolute URI made of its checksum."""
        digest = base64.urlsafe_b64encode(bytes.fromhex(self.sha256)).rstrip(b"=").decode()
        return f"ni:///sha-256;{digest}?ct={self.media_type}"


# A picture's copy by the block's src, as the exporters receive it.
MediaTable = Mapping[str, MediaFile]


def is_remote(src: str) -> bool:
    """Whether the (safe) address is an http(s) link rather than a media folder path."""
    return bool(urlsplit(src).scheme)


class BundleMedia:
    """Finds the pictures of the articles of one bundle and reads each one once per use."""

    def __init__(self, store: MediaStore | None):
        self.store = store
        self._inspected: dict[str, ImageInfo] = {}

    def _file(self, store: MediaStore, src: str, article_id: str) -> MediaFile:
        try:
            path = store.resolve(src)
            data = path.read_bytes()
        except InvalidInputError as exc:
            raise InvalidInputError(f"article {article_id}: {exc}") from exc
        except OSError as exc:
            reason = exc.strerror or exc
            raise InvalidInputError(f"article {article_id}: cannot read {src}: {reason}") from exc
        digest = hashlib.sha256(data).hexdigest()
        info = self._inspected.get(digest)
        if info is None:
            info = inspect_image(data, f"article {article_id}: picture {src}")
            self._inspected[digest] = info
        return MediaFile(
            src=src,
            href=f"{MEDIA_DIR}/{digest[:NAME_DIGITS]}.{info.extension}",
            source=path,
            media_type=info.media_type,
            size=len(data),
            sha256=digest,
            width=info.width,
            height=info.height,
            data=data,
        )

    def localise(self, article: Article) -> tuple[Article, dict[str, MediaFile]]:
        """The article with its pictures pointing at their copies, and those copies by new src."""
        store = self.store
        if store is None:
            return article, {}
        table: dict[str, MediaFile] = {}
        blocks: list[Block] = []
        changed = False
        for block in article.content.body.blocks:
            src = safe_image_source(block.src) if block.kind == BlockKind.IMAGE else None
            if src is None or is_remote(src):
                blocks.append(block)
                continue
            found = self._file(store, src, article.id)
            table[found.href] = found
            blocks.append(replace(block, src=found.href))
            changed = True
        if not changed:
            return article, table
        content = replace(article.content, body=Document(tuple(blocks)))
        return replace(article, content=content), table


@dataclass(frozen=True)
class PictureCopy:
    """A picture copy as a worker process hands it to the writer: where to read it, not its
    bytes (sending them between the processes cost more than reading and checking them again).
    """

    source: Path
    size: int
    sha256: str

    def read(self) -> Packed:
        """The picture's bytes packed for the zip; InvalidInputError if it changed meanwhile."""
        try:
            data = self.source.read_bytes()
        except OSError as exc:
            raise InvalidInputError(f"cannot read {self.source}: {exc.strerror or exc}") from exc
        if len(data) != self.size or hashlib.sha256(data).hexdigest() != self.sha256:
            raise InvalidInputError(f"the picture {self.source} changed during the export")
        return Packed(data, self.sha256, zlib.crc32(data), None)


def picture_copies(table: MediaTable) -> list[tuple[str, PictureCopy, str]]:
    """As `media_entries`, each copy to be read by the writer (see `PictureCopy`)."""
    unique = {media.href: media for media in table.values()}
    return [
        (href, PictureCopy(media.source, media.size, media.sha256), media.media_type)
        for href, media in sorted(unique.items())
    ]


def media_entries(table: MediaTable) -> list[tuple[str, bytes, str]]:
    """Each distinct copy as (path in the article's folder, bytes, media type)."""
    unique = {media.href: media for media in table.values()}
    return [
        (href, Digested(media.data, media.sha256), media.media_type)
        for href, media in sorted(unique.items())
    ]
