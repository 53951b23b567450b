"""Reading a big submission bundle on every core: each article's files checked and worked out.

Worker processes verify, parse and prepare the articles (see bundle_prepare) in chunks, in the
manifest's order; the main process reads the manifest and the files outside the articles, and
does everything that touches the database. Each worker opens the bundle's file once and reads
only the entries the main process found in the copy it checked, each held to its declared size
and its checksum in that copy's manifest: a file changed meanwhile is refused, never trusted.
Any refusal stops here; the caller reads the bundle again in one process to refuse it with the
message a one-process import gives (the first fault in the same order).
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from newsdesk.errors import InvalidInputError
from newsdesk.export.bundle_builder import ARTICLES_DIR
from newsdesk.export.parallel import PARALLEL_MIN
from newsdesk.importers.bundle import BundleIndex, BundleLimits, open_bundle, read_listed
from newsdesk.importers.submission import (
    IncomingArticle,
    Submission,
    read_article,
    read_header,
    read_rest,
)
from newsdesk.process_pool import cores, in_order, preload, worker_count
from newsdesk.services.bundle_extras import localise_article
from newsdesk.services.bundle_prepare import Prepared, check_content, prepare

CHUNK = 16
# On two cores the workers gained at most 7 % over one process, lost up to 22 %, and took a third
# more CPU (docs/benchmarks.md, "Importing a submission on every core"): the main process,
# which writes the database after the workers are done, needs a core of its own.
MIN_CORES = 3
preload(__name__)
# Pictures by their new `src`: their SHA-256 (the bytes stay in the bundle until filed).
Pictures = dict[str, str]
Job = tuple[str, list[str]]
Done = tuple[IncomingArticle, Pictures, Prepared]


@dataclass(frozen=True)
class PreparedSubmission:
    """A submission read and checked, pictures renamed, with each article's rows worked out.

    The bundle stays open (in memory) until closed, for its pictures to be filed from it.
    """

    submission: Submission
    pictures: Pictures
    prepared: dict[str, Prepared]
    index: BundleIndex
    archive: zipfile.ZipFile
    limits: BundleLimits
    # Whether the articles were read from these very bytes (in this process).
    read_here: bool

    def picture_files(self) -> list[tuple[str, bytes]]:
        """Each picture's `src` and bytes, as the bundle read here holds them.

        Workers checked the bundle's file, not the copy read here: then the pictures are
        checked again against the manifest as they are read (the file may have changed).
        """
        by_sha = {record["sha256"]: path for path, record in self.index.listed.items()}
        paths = {src: by_sha[sha] for src, sha in self.pictures.items()}
        if self.read_here:
            return [(src, self.archive.read(path)) for src, path in paths.items()]
        files = read_listed(self.archive, self.index, sorted(set(paths.values())), self.limits)
        return [(src, files[path]) for src, path in paths.items()]

    def close(self) -> None:
        """Let the bundle's bytes go."""
        self.archive.close()


def prepare_article(index: BundleIndex, files: dict[str, bytes], article_id: str) -> Done:
    """One article read from its checked files, its content checked, pictures renamed."""
    bundle = index.files(files)
    incoming = read_article(bundle, article_id)
    check_content(incoming, bundle.name)
    incoming, pictures = localise_article(incoming, bundle.name)
    # The pictures travel on by their new names only; their bytes are read again to be filed.
    incoming = replace(incoming, pictures=())
    return incoming, {src: sha for src, (_, sha) in pictures.items()}, prepare(incoming)


# Each worker opens the bundle's file once (a pool lasts one import).
_archives: dict[Path, zipfile.ZipFile] = {}


def _prepare_chunk(
    index: BundleIndex,
    jobs: Sequence[Job],
    limits: BundleLimits,
    archive: zipfile.ZipFile | None = None,
) -> list[Done]:
    if archive is None:
        if index.path not in _archives:
            try:
                _archives[index.path] = zipfile.ZipFile(index.path)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise InvalidInputError(f"{index.name} changed while it was read ({exc})") from exc
        archive = _archives[index.path]
    return [
        prepare_article(index, read_listed(archive, index, paths, limits), article_id)
        for article_id, paths in jobs
    ]


def _part(index: BundleIndex, jobs: Sequence[Job]) -> BundleIndex:
    """The index cut down to the files of `jobs`: what a worker needs of it."""
    paths = [path for _, paths in jobs for path in paths]
    return replace(
        index,
        manifest={},
        entries={path: index.entries[path] for path in paths},
        listed={path: index.listed[path] for path in paths},
    )


def read_prepared(
    path: Path, limits: BundleLimits, parallel: bool | None = None, workers: int | None = None
) -> PreparedSubmission:
    """The bundle read and prepared; InvalidInputError at the first fault found.

    On every core when `parallel`, or (None) when the bundle lists enough articles and the
    machine has cores enough to pay (MIN_CORES).
    """
    index, archive = open_bundle(path, limits)
    try:
        sender, ids = read_header(index.files({}))
        folders: dict[str, list[str]] = {article_id: [] for article_id in ids}
        rest: list[str] = []
        for file_path in sorted(index.listed):
            parts = file_path.split("/")
            if len(parts) > 2 and parts[0] == ARTICLES_DIR and parts[1] in folders:
                folders[parts[1]].append(file_path)
            else:
                rest.append(file_path)
        others = read_listed(archive, index, rest, limits)
        jobs = [(article_id, folders[article_id]) for article_id in ids]
        if parallel is None:
            parallel = cores() >= MIN_CORES and len(jobs) >= PARALLEL_MIN
        if parallel:
            # The database is written once the workers are done: they may have every core.
            done = _in_order(index, limits, jobs, workers or worker_count(writes_here=False))
        else:
            done = _prepare_chunk(index, jobs, limits, archive)
        pictures: Pictures = {}
        for _, found, _ in done:
            pictures.update(found)
        submission = read_rest(index.files(others), sender, tuple(a for a, _, _ in done))
    except BaseException:
        archive.close()
        raise
    prepared = {incoming.id: ready for incoming, _, ready in done}
    return PreparedSubmission(
        submission, pictures, prepared, index, archive, limits, read_here=not parallel
    )


def _prepare_part(part: tuple[BundleIndex, Sequence[Job]], limits: BundleLimits) -> list[Done]:
    """_prepare_chunk in a worker, given the part of the index its jobs need."""
    index, jobs = part
    return _prepare_chunk(index, jobs, limits)


def _in_order(
    index: BundleIndex, limits: BundleLimits, jobs: list[Job], workers: int
) -> list[Done]:
    """Every job's result in order; a refusal in a worker cancels what has not started."""
    chunks = [jobs[i : i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    parts = ((_part(index, chunk), chunk) for chunk in chunks)
    # A few chunks ahead keep every worker busy without holding the whole bundle twice.
    found = in_order(partial(_prepare_part, limits=limits), parts, workers, ahead=3 * workers)
    return [one for done in found for one in done]
