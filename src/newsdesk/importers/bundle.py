"""Reading a bundle zip safely: every entry checked before reading, every byte against its manifest.

Nothing is ever extracted to disk: entries are read into memory within limits, so a hostile
bundle cannot write a file anywhere. The central directory is checked first (names, kinds,
declared sizes and compression ratios, entry count) and the limits are enforced again while
the bytes are decompressed, since a damaged or forged zip may declare less than it holds.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import read_source
from newsdesk.importers.xmlcheck import DTD, xml_problem

BUNDLE_SUFFIXES = (".zip", ".ndbundle")
MANIFEST = "manifest.json"
# Read in slices this big: small enough to stop a bomb early, big enough to be quick.
CHUNK = 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DRIVE = re.compile(r"^[A-Za-z]:")
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"


@dataclass(frozen=True)
class BundleLimits:
    """How big a bundle may be, declared and read: a zip bomb stops at the first limit."""

    max_bundle_bytes: int = 1024 * 1024 * 1024
    max_entries: int = 50_000
    max_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_entry_bytes: int = 64 * 1024 * 1024
    # Compressed news copy shrinks 3-20 times; a bomb shrinks hundreds or thousands of times.
    max_ratio: int = 100
    # Below this size a high ratio is harmless (and small repetitive files reach one).
    ratio_floor: int = 1024 * 1024


DEFAULT_LIMITS = BundleLimits()


@dataclass(frozen=True)
class BundleHead:
    """A bundle's file, its checksum and size, and its checked manifest."""

    path: Path
    digest: str
    size: int
    manifest: dict[str, Any]

    @property
    def name(self) -> str:
        """The bundle's file name, for messages."""
        return self.path.name

    @property
    def bundle_id(self) -> str:
        """The id the manifest gives the bundle."""
        return str(self.manifest["bundle"].get("id", ""))

    @property
    def kind(self) -> str:
        """ "submission" or "publication" (bundles written before kinds existed are the latter)."""
        return str(self.manifest["bundle"].get("kind", "publication"))


@dataclass(frozen=True)
class BundleFiles(BundleHead):
    """A bundle read and checked: its manifest and every listed file's bytes."""

    files: dict[str, bytes]
    # Each file's SHA-256 as the manifest lists it (and as verified against its bytes).
    checksums: dict[str, str] = field(default_factory=dict)


def is_bundle(path: Path) -> bool:
    """Whether the file name says it is a bundle."""
    return path.suffix.lower() in BUNDLE_SUFFIXES


@dataclass(frozen=True)
class BundleIndex(BundleHead):
    """A bundle's directory and manifest checked, before any listed file is read."""

    entries: dict[str, zipfile.ZipInfo]
    listed: dict[str, dict[str, Any]]

    def files(self, files: dict[str, bytes]) -> BundleFiles:
        """The bundle with `files` read (all listed files, or the part a reader needs)."""
        checksums = {path: self.listed[path]["sha256"] for path in files}
        return BundleFiles(self.path, self.digest, self.size, self.manifest, files, checksums)


def read_bundle(path: Path, limits: BundleLimits = DEFAULT_LIMITS) -> BundleFiles:
    """Read and verify a bundle, or raise InvalidInputError with one clear reason."""
    index, archive = open_bundle(path, limits)
    with archive:
        return index.files(read_listed(archive, index, sorted(index.listed), limits))


def open_bundle(
    path: Path, limits: BundleLimits = DEFAULT_LIMITS
) -> tuple[BundleIndex, zipfile.ZipFile]:
    """Read the bundle into memory and check its directory and manifest; the zip stays open."""
    name = path.name
    data = read_source(path, limits.max_bundle_bytes).data
    digest = hashlib.sha256(data).hexdigest()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        if data.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
            raise InvalidInputError(f"{name} is truncated or damaged ({exc})") from exc
        raise InvalidInputError(f"{name} is not a zip bundle") from exc
    try:
        entries = _check_directory(archive, name, limits)
        if MANIFEST not in entries:
            raise InvalidInputError(f"{name} has no {MANIFEST}; it is not a Newsdesk bundle")
        manifest = _parse_manifest(_Reader(archive, name, limits).read(entries[MANIFEST]), name)
        listed = _listed_files(manifest, name)
        _compare_listing(listed, entries, name)
    except BaseException:
        archive.close()
        raise
    return BundleIndex(path, digest, len(data), manifest, entries, listed), archive


def read_listed(
    archive: zipfile.ZipFile, index: BundleIndex, paths: list[str], limits: BundleLimits
) -> dict[str, bytes]:
    """The listed files at `paths`, in that order, each checked against the manifest."""
    name = index.path.name
    reader = _Reader(archive, name, limits)
    files: dict[str, bytes] = {}
    for file_path in paths:
        record = index.listed[file_path]
        content = reader.read(index.entries[file_path])
        if len(content) != record["size"] or (
            hashlib.sha256(content).hexdigest() != record["sha256"]
        ):
            raise InvalidInputError(
                f"{name}: {file_path} does not match its checksum in the manifest "
                "(the bundle was changed after it was written)"
            )
        if file_path.lower().endswith(".xml"):
            check_xml(content, f"{name}: {file_path}")
        files[file_path] = content
    return files


def unsafe_path_reason(entry: str) -> str | None:
    """Why a path inside a bundle is unsafe (`..`, absolute, drive, backslash), or None."""
    if not entry:
        return "an empty name"
    if "\x00" in entry:
        return "a NUL character"
    if "\\" in entry:
        return "a backslash"
    if entry.startswith("/"):
        return "an absolute path"
    if _DRIVE.match(entry):
        return "a drive letter"
    parts = entry.rstrip("/").split("/")
    if any(part == ".." for part in parts):
        return "a '..' component"
    if any(part in ("", ".") for part in parts):
        return "an empty or '.' component"
    return None


def _check_directory(
    archive: zipfile.ZipFile, name: str, limits: BundleLimits
) -> dict[str, zipfile.ZipInfo]:
    """Every entry judged from the central directory, before any byte is decompressed."""
    infos = archive.infolist()
    if not infos:
        raise InvalidInputError(f"{name} is an empty zip; it holds no bundle")
    if len(infos) > limits.max_entries:
        raise InvalidInputError(
            f"{name} holds {len(infos)} entries; a bundle may hold at most {limits.max_entries}"
        )
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        entry = info.orig_filename
        reason = unsafe_path_reason(entry)
        if reason is not None:
            raise InvalidInputError(f"{name} holds an entry with {reason}: {entry!r}")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InvalidInputError(f"{name} holds a symbolic link: {entry}")
        if info.flag_bits & 0x1:
            raise InvalidInputError(f"{name} holds an encrypted entry: {entry}")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InvalidInputError(f"{name}: {entry} uses a compression bundles never use")
        if info.is_dir():
            if info.file_size:
                raise InvalidInputError(f"{name}: folder entry {entry} holds data")
            continue
        if entry in entries:
            raise InvalidInputError(f"{name} holds {entry} twice")
        _check_declared(info, name, limits)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise InvalidInputError(
                f"{name} would unpack to more than {_mb(limits.max_total_bytes)}; refused"
            )
        entries[entry] = info
    return entries


def _check_declared(info: zipfile.ZipInfo, name: str, limits: BundleLimits) -> None:
    if info.file_size > limits.max_entry_bytes:
        raise InvalidInputError(
            f"{name}: {info.filename} would unpack to {_mb(info.file_size)}; "
            f"the limit is {_mb(limits.max_entry_bytes)}"
        )
    if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
        raise InvalidInputError(f"{name}: {info.filename} is damaged (sizes disagree)")
    _check_ratio(info.filename, info.file_size, info.compress_size, name, limits)


def _check_ratio(entry: str, size: int, compressed: int, name: str, limits: BundleLimits) -> None:
    if size > limits.ratio_floor and size > limits.max_ratio * max(compressed, 1):
        raise InvalidInputError(
            f"{name}: {entry} is compressed more than {limits.max_ratio}:1, as zip bombs are; "
            "refused"
        )


class _Reader:
    """Reads entries in chunks, holding each to its declared size and the bundle's limits."""

    def __init__(self, archive: zipfile.ZipFile, name: str, limits: BundleLimits):
        self.archive = archive
        self.name = name
        self.limits = limits
        self.total = 0

    def read(self, info: zipfile.ZipInfo) -> bytes:
        """The entry's bytes, or InvalidInputError when it is damaged or breaks a limit."""
        chunks: list[bytes] = []
        size = 0
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    self.total += len(chunk)
                    if size > info.file_size or size > self.limits.max_entry_bytes:
                        raise InvalidInputError(
                            f"{self.name}: {info.filename} holds more than it declares; refused"
                        )
                    if self.total > self.limits.max_total_bytes:
                        raise InvalidInputError(f"{self.name} unpacks to too much; refused")
                    _check_ratio(info.filename, size, info.compress_size, self.name, self.limits)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise InvalidInputError(
                f"{self.name} is truncated or damaged at {info.filename} ({exc})"
            ) from exc
        data = b"".join(chunks)
        if len(data) != info.file_size:
            raise InvalidInputError(f"{self.name} is truncated at {info.filename}")
        return data


def _parse_manifest(data: bytes, name: str) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise InvalidInputError(f"{name}: {MANIFEST} is not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict) or not isinstance(manifest.get("bundle"), dict):
        raise InvalidInputError(f"{name}: {MANIFEST} has no 'bundle' section")
    if not isinstance(manifest.get("files"), list):
        raise InvalidInputError(f"{name}: {MANIFEST} has no 'files' list")
    return manifest


def _listed_files(manifest: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    listed: dict[str, dict[str, Any]] = {}
    for record in manifest["files"]:
        if not isinstance(record, dict):
            raise InvalidInputError(f"{name}: {MANIFEST} lists a file that is not an object")
        path, size, sha = record.get("path"), record.get("size"), record.get("sha256")
        if not isinstance(path, str) or unsafe_path_reason(path) or path == MANIFEST:
            raise InvalidInputError(f"{name}: {MANIFEST} lists a bad path: {path!r}")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise InvalidInputError(f"{name}: {MANIFEST} gives {path} no valid size")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise InvalidInputError(f"{name}: {MANIFEST} gives {path} no valid SHA-256")
        if path in listed:
            raise InvalidInputError(f"{name}: {MANIFEST} lists {path} twice")
        listed[path] = record
    return listed


def _compare_listing(
    listed: dict[str, dict[str, Any]], entries: dict[str, zipfile.ZipInfo], name: str
) -> None:
    held = set(entries) - {MANIFEST}
    unlisted = sorted(held - set(listed))
    if unlisted:
        raise InvalidInputError(
            f"{name}: {unlisted[0]} is in the bundle but not in its manifest; refused"
        )
    missing = sorted(set(listed) - held)
    if missing:
        raise InvalidInputError(f"{name}: the manifest lists {missing[0]}, which is not there")
    for path, record in listed.items():
        if entries[path].file_size != record["size"]:
            raise InvalidInputError(
                f"{name}: {path} does not match its size in the manifest "
                "(the bundle was changed after it was written)"
            )


def check_xml(data: bytes, label: str) -> None:
    """Refuse XML that is not well formed or declares a DTD (entities); parse with none resolved."""
    problem = xml_problem(data)
    if problem == DTD:
        raise InvalidInputError(
            f"{label} declares a DTD (entities); Newsdesk never writes one, so it was refused"
        )
    if problem is not None:
        raise InvalidInputError(f"{label} is not well-formed XML ({problem})")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
