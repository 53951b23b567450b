"""Rendering many articles on every processor core, in order, for the bundle writer."""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from functools import partial
from typing import Any

from newsdesk.domain.article import Article
from newsdesk.export.base import Exporter
from newsdesk.export.entry_bytes import Deflated, Entry, Packed, pack, slim
from newsdesk.export.media import (
    BundleMedia,
    MediaTable,
    PictureCopy,
    media_entries,
    picture_copies,
)
from newsdesk.process_pool import cores, in_order, preload, worker_count

# Below this many articles starting worker processes costs more than it saves.
PARALLEL_MIN = 64
CHUNK = 16

Rendered = list[tuple[str, bytes, str]]
# An article whose pictures point at their copies, those copies by address, and its files.
Done = tuple[Article, MediaTable, Rendered]
# An article's folder packed in a worker, as it crosses to the writer (see `_pack_chunk`).
Sent = list[tuple[str, Packed | Deflated | PictureCopy, str]]
# An article's folder as the bundle writer takes it, sorted by path.
Written = list[tuple[str, Entry, str]]


def render_article(
    article: Article, exporters: Sequence[Exporter], media: MediaTable | None = None
) -> Rendered:
    """Every format of one article as (filename, bytes, media type), sorted by filename.

    With `media` (in a bundle) each format is written as it is inside the bundle.
    """
    files = sorted(((e.filename, e) for e in exporters), key=lambda pair: pair[0])
    if media is None:
        return [(name, e.render(article), e.media_type) for name, e in files]
    return [(name, e.render_bundled(article, media), e.media_type) for name, e in files]


def _render_chunk(
    articles: Sequence[Article], exporters: Sequence[Exporter], pictures: BundleMedia
) -> list[Done]:
    """Render each article, its pictures found and pointing at their copies."""
    done: list[Done] = []
    for article in articles:
        local, media = pictures.localise(article)
        done.append((local, media, render_article(local, exporters, media)))
    return done


def _pack_chunk(
    articles: Sequence[Article], exporters: Sequence[Exporter], pictures: BundleMedia
) -> list[Sent]:
    """In a worker, when no format is left for the main process: each article's whole folder
    packed for the zip. Only what the writer needs crosses back: no article, no deflated
    file's own bytes, and each picture as where to read it (the writer checks it again)."""
    sent: list[Sent] = []
    for _article, media, files in _render_chunk(articles, exporters, pictures):
        folder: Sent = [(name, slim(pack(name, data)), kind) for name, data, kind in files]
        folder += picture_copies(media)
        sent.append(sorted(folder, key=lambda entry: entry[0]))
    return sent


def _unpack(sent: Sent) -> Written:
    """A folder packed in a worker with its pictures read (and checked) here."""
    return [
        (name, data.read() if isinstance(data, PictureCopy) else data, kind)
        for name, data, kind in sent
    ]


# The fork server imports the renderers once; each export's workers start with them loaded
# instead of importing them again (no Qt among them).
preload(__name__)
preload("newsdesk.export.registry")


def _finish(done: Done, here: Sequence[Exporter]) -> Written:
    """Add the main-process formats and the picture copies; sorted by path in the folder."""
    article, media, files = done
    files = files + render_article(article, here, media) + media_entries(media)
    return sorted(files, key=lambda entry: entry[0])


def rendered_in_order(
    articles: Sequence[Article],
    exporters: Sequence[Exporter],
    *,
    parallel: bool | None = None,
    media: BundleMedia | None = None,
    workers: int | None = None,
    packed: bool = True,
) -> Generator[Written, None, None]:
    """Each article's files and picture copies, in the order of `articles`.

    Worker processes find the pictures and render the formats when it pays; formats marked
    `main_process_only` (PDF) are always rendered here, while the workers run ahead, and the
    pictures are read (and checked again) here as they are written. Closing the iterator
    cancels what has not started yet. With `packed` (for a zip) and no main-process format,
    the workers also pack every file (checksums, deflated stream): the bytes are the same.
    `workers` defaults to one process per core.
    """
    pictures = media if media is not None else BundleMedia(None)
    here = [e for e in exporters if e.main_process_only]
    away = [e for e in exporters if not e.main_process_only]
    if parallel is None:
        parallel = cores() > 1 and len(articles) >= PARALLEL_MIN and bool(away)
    if not parallel:
        for article in articles:
            yield _finish(_render_chunk([article], away, pictures)[0], here)
        return
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    packed = packed and not here
    workers = workers or worker_count(writes_here=False)
    chunk_work = _pack_chunk if packed else _render_chunk
    # Chunks of Done, or of Sent when packed.
    work: Callable[[Sequence[Article]], list[Any]] = partial(
        chunk_work, exporters=away, pictures=pictures
    )
    # A few chunks ahead keep every worker busy without holding the whole bundle in memory.
    with closing(in_order(work, chunks, workers, ahead=3 * workers)) as rendered:
        for finished in rendered:
            for one in finished:
                yield _unpack(one) if packed else _finish(one, here)
