"""A bundle written as a folder: the same files and manifest as the zip, appearing all at once.

The files are written into a hidden folder beside the destination, which is renamed to the
destination only when everything is written. An existing destination is refused unless it is an
empty folder (which the finished bundle then takes the place of): a bundle never mixes with, or
silently replaces, files that were there before.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path, PurePosixPath
from typing import Any

from newsdesk.errors import InvalidInputError, StorageError
from newsdesk.export.bundle_zip import (
    MANIFEST,
    BundleWriter,
    BundleZip,
    Manifest,
    atomic_file,
)
from newsdesk.export.entry_bytes import Deflated, Entry
from newsdesk.export.leftovers import PART_SUFFIX, holding, part_prefix, sweep_abandoned_parts
from newsdesk.filemodes import give_usual_mode
from newsdesk.livefiles import refuse_live_database


class BundleFolder(BundleWriter):
    """Writes a bundle's entries as files under one folder, listing each in the manifest.

    It takes entries in the order the zip writer does (sorted paths), so both write the same
    manifest from the same calls.
    """

    def __init__(self, root: Path, manifest: Manifest):
        super().__init__(manifest)
        self.root = root

    def _store(self, path: str, data: Entry) -> None:
        parts = PurePosixPath(path).parts
        if not parts or PurePosixPath(path).is_absolute() or ".." in parts:
            raise ValueError(f"not a path inside the bundle: {path}")
        target = self.root.joinpath(*parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data.inflated() if isinstance(data, Deflated) else data)


def _check_destination(out: Path) -> None:
    refuse_live_database(out, "write over")
    if not out.parent.is_dir():
        raise InvalidInputError(f"folder does not exist: {out.parent}")
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise InvalidInputError(f"{out} exists and is not a folder; choose another destination")
    if out.is_dir() and any(out.iterdir()):
        raise InvalidInputError(f"{out} is not empty; choose a new or an empty folder")


@contextmanager
def atomic_folder(out: Path) -> Iterator[Path]:
    """A hidden folder beside `out`, renamed to `out` only when the block ends without error.

    Cancelling or any error removes it, so a failed export leaves no partial bundle behind.
    """
    _check_destination(out)
    sweep_abandoned_parts(out)
    try:
        temp = Path(tempfile.mkdtemp(prefix=part_prefix(out), suffix=PART_SUFFIX, dir=out.parent))
    except OSError as exc:
        raise StorageError(f"cannot write in {out.parent}: {exc.strerror or exc}") from exc
    give_usual_mode(temp, directory=True)
    done = False
    try:
        with holding(temp):
            yield temp
        _check_destination(out)  # someone may have filled it meanwhile
        if out.is_dir():
            out.rmdir()  # empty: the bundle takes its place
        os.replace(temp, out)
        done = True
    except OSError as exc:
        raise StorageError(f"cannot write the bundle {out}: {exc.strerror or exc}") from exc
    finally:
        if not done:
            with suppress(OSError):
                shutil.rmtree(temp)


@contextmanager
def open_bundle(out: Path, manifest: Manifest, *, folder: bool) -> Iterator[BundleWriter]:
    """The writer of a bundle at `out`: a zip file, or a folder; it appears only when complete."""
    if folder:
        with atomic_folder(out) as root:
            yield BundleFolder(root, manifest)
    else:
        with atomic_file(out) as stream:
            yield BundleZip(stream, manifest)


def bundle_digest(out: Path, *, folder: bool) -> tuple[str, int]:
    """A finished bundle's SHA-256 and size in bytes.

    For a zip, of the file; for a folder, the SHA-256 of its manifest (which holds every other
    file's checksum) and the size of all its files.
    """
    if not folder:
        # In pieces into one buffer: reading a bundle of pictures whole cost more than hashing it.
        with out.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest(), os.fstat(
                stream.fileno()
            ).st_size
    manifest = (out / MANIFEST).read_bytes()
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return hashlib.sha256(manifest).hexdigest(), size


def verify_folder(out: Path | str) -> dict[str, Any]:
    """Read a bundle folder back and check every file against its manifest; return the manifest."""
    root = Path(out)
    manifest: dict[str, Any] = json.loads((root / MANIFEST).read_bytes())
    listed = {f["path"]: f for f in manifest["files"]}
    found = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
    if found - {MANIFEST} != set(listed):
        raise InvalidInputError("the manifest does not list exactly the bundle's files")
    for name, record in listed.items():
        data = (root / name).read_bytes()
        if len(data) != record["size"] or hashlib.sha256(data).hexdigest() != record["sha256"]:
            raise InvalidInputError(f"{name} does not match its manifest entry")
    return manifest
