"""The publication bundle: a deterministic zip with a manifest, written whole or not at all."""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from newsdesk import __version__
from newsdesk.atomic import atomic_write
from newsdesk.errors import InvalidInputError, StorageError
from newsdesk.export.entry_bytes import Deflated, Digested, Entry, Packed, stored_or_deflated
from newsdesk.export.json_bytes import indented_json
from newsdesk.export.leftovers import PART_SUFFIX, holding, sweep_abandoned_parts
from newsdesk.livefiles import refuse_live_database
from newsdesk.timeutil import iso_utc

MANIFEST = "manifest.json"
# Every entry carries the same time (the earliest a zip can hold), so the bytes depend on the
# content only and two bundles of the same articles compare equal by checksum.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o644 << 16
UNIX = 3
BUNDLE_NAMESPACE = uuid.UUID("6f1d8a52-2c3e-4b8e-9f40-1a7c5d2e9b63")


def sha256_of(data: Entry) -> str:
    """The data's SHA-256 in hex (known already for Digested bytes and Deflated files)."""
    if isinstance(data, Digested | Deflated):
        return data.sha256
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class FileRecord:
    """One file of a bundle as the manifest lists it."""

    path: str
    media_type: str
    size: int
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        """The record with the manifest's field names."""
        return {
            "path": self.path,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
        }


@dataclass
class Manifest:
    """What a bundle holds: its files, its articles and its ticker feeds."""

    created: datetime
    formats: list[str]
    articles: list[dict[str, Any]] = field(default_factory=list)
    tickers: list[dict[str, Any]] = field(default_factory=list)
    files: list[FileRecord] = field(default_factory=list)
    # "publication" or "submission" (a reporter's drafts with native records; see submission.py).
    kind: str = "publication"
    details: dict[str, Any] = field(default_factory=dict)

    def bundle_id(self) -> str:
        """An id derived from the files, so the same content always gets the same id."""
        digest = hashlib.sha256()
        for record in sorted(self.files, key=lambda r: r.path):
            digest.update(f"{record.path}\0{record.sha256}\n".encode())
        return str(uuid.uuid5(BUNDLE_NAMESPACE, digest.hexdigest()))

    def to_dict(self) -> dict[str, Any]:
        """The manifest as plain JSON values."""
        bundle: dict[str, Any] = {
            "id": self.bundle_id(),
            "kind": self.kind,
            "created": iso_utc(self.created),
            "generator": {"name": "Newsdesk", "version": __version__},
            "formats": self.formats,
        }
        if self.details:
            bundle[self.kind] = self.details
        return {
            "bundle": bundle,
            "articles": self.articles,
            "tickers": self.tickers,
            "files": [r.to_dict() for r in sorted(self.files, key=lambda r: r.path)],
        }

    def to_bytes(self) -> bytes:
        """The manifest as indented UTF-8 JSON."""
        return indented_json(self.to_dict())


class BundleWriter:
    """Writes a bundle's entries in sorted path order, recording each in the manifest.

    Entries must come in sorted order; the writer refuses anything else so that the same
    content always gives the same bytes. Subclasses only store an entry's bytes.
    """

    def __init__(self, manifest: Manifest):
        self.manifest = manifest
        self._last = ""

    def add(self, path: str, data: Entry, media_type: str) -> FileRecord:
        """Write one file and list it in the manifest."""
        self.write(path, data)
        return self.list_file(path, data, media_type)

    def list_file(self, path: str, data: Entry, media_type: str) -> FileRecord:
        """List a file in the manifest that is written after it (see `write`)."""
        record = FileRecord(path, media_type, len(data), sha256_of(data))
        self.manifest.files.append(record)
        return record

    def write(self, path: str, data: Entry) -> None:
        """Write a file without listing it (it was listed before the manifest was written)."""
        if path <= self._last:
            raise ValueError(f"bundle entries must come in sorted order: {path} after {self._last}")
        self._last = path
        self._store(path, data)

    def add_manifest(self) -> None:
        """Write manifest.json, which lists every file but itself."""
        self.write(MANIFEST, self.manifest.to_bytes())

    def _store(self, path: str, data: Entry) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish whatever the storage needs once every entry is written."""


class BundleZip(BundleWriter):
    """Writes entries into a zip with fixed times and modes."""

    def __init__(self, stream: BinaryIO, manifest: Manifest, compresslevel: int = 6):
        super().__init__(manifest)
        self._zip = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)

    def _store(self, path: str, data: Entry) -> None:
        info = zipfile.ZipInfo(path, date_time=ZIP_TIME)
        info.compress_type = stored_or_deflated(path)
        info.external_attr = FILE_MODE
        info.create_system = UNIX
        if isinstance(data, Deflated) and info.compress_type == zipfile.ZIP_DEFLATED:
            self._write_packed(info, data.deflated, data.size, data.crc)
        elif isinstance(data, Packed) and data.compress_type == info.compress_type:
            stream = data.deflated if data.deflated is not None else bytes(data)
            self._write_packed(info, stream, len(data), data.crc)
        else:
            self._zip.writestr(info, data.inflated() if isinstance(data, Deflated) else data)

    def _write_packed(self, info: zipfile.ZipInfo, stream: bytes, size: int, crc: int) -> None:
        """Write an entry packed ahead: the bytes `writestr` would write, without its work.

        `writestr` writes a header, the stream, then the header again with the sizes and CRC;
        this writes that final header once, then the stream, and lists the entry as it would.
        """
        info.file_size = size
        if size * 1.05 > zipfile.ZIP64_LIMIT or len(stream) > zipfile.ZIP64_LIMIT:
            # zip64 entries: leave them to the zip module
            stored = info.compress_type == zipfile.ZIP_STORED
            self._zip.writestr(info, stream if stored else zlib.decompress(stream, -15))
            return
        archive = self._zip
        info.compress_size = len(stream)
        info.CRC = crc
        info.flag_bits = 0
        fp = archive.fp
        assert fp is not None
        fp.seek(archive.start_dir)
        info.header_offset = fp.tell()
        fp.write(info.FileHeader(False))
        fp.write(stream)
        archive.start_dir = fp.tell()
        archive._didModify = True  # type: ignore[attr-defined]
        archive.filelist.append(info)
        archive.NameToInfo[info.filename] = info

    def close(self) -> None:
        """Finish the zip's central directory."""
        self._zip.close()


@contextmanager
def atomic_file(out: Path) -> Iterator[BinaryIO]:
    """A temporary file beside `out`, renamed to `out` only when the block ends without error.

    Cancelling (any exception, or closing the generator that holds the block) removes the
    temporary file, so a failed export never leaves a partial bundle behind.
    """
    refuse_live_database(out, "write over")
    folder = out.parent
    if not folder.is_dir():
        raise InvalidInputError(f"folder does not exist: {folder}")
    refuse_replacing_other_files(out)
    sweep_abandoned_parts(out)
    try:
        with atomic_write(out, suffix=PART_SUFFIX) as stream, holding(Path(stream.name)):
            yield stream
    except OSError as exc:
        raise StorageError(f"cannot write the bundle {out}: {exc.strerror or exc}") from exc


def refuse_replacing_other_files(out: Path) -> None:
    """Refuse to write a zip bundle over anything but an earlier bundle."""
    if out.is_symlink() or out.is_dir():
        raise InvalidInputError(f"{out} exists and is not a bundle file; choose another name")
    if out.exists() and not is_bundle_file(out):
        raise InvalidInputError(
            f"{out} exists and is not a Newsdesk bundle; it was left as it is: choose another name"
        )


def is_bundle_file(path: Path) -> bool:
    """Whether the file is a zip whose manifest says Newsdesk wrote it."""
    try:
        with zipfile.ZipFile(path) as bundle:
            manifest = json.loads(bundle.read(MANIFEST))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return False
    generator = (
        manifest.get("bundle", {}).get("generator", {}) if isinstance(manifest, dict) else {}
    )
    return isinstance(generator, dict) and generator.get("name") == "Newsdesk"


def verify_bundle(path: Path | str) -> dict[str, Any]:
    """Read a bundle back and check every file against its manifest; return the manifest."""
    with zipfile.ZipFile(path) as bundle:
        manifest: dict[str, Any] = json.loads(bundle.read(MANIFEST))
        listed = {f["path"]: f for f in manifest["files"]}
        names = set(bundle.namelist()) - {MANIFEST}
        if names != set(listed):
            raise InvalidInputError("the manifest does not list exactly the bundle's files")
        for name in sorted(names):
            data = bundle.read(name)
            record = listed[name]
            if len(data) != record["size"] or hashlib.sha256(data).hexdigest() != record["sha256"]:
                raise InvalidInputError(f"{name} does not match its manifest entry")
    return manifest
