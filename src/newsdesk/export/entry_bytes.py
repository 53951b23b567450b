"""A bundle file's bytes with their checksums, and deflated form, worked out where they were made.

Worker processes render the articles; packing each file there too (SHA-256, CRC-32 and the
deflated stream the zip will hold) leaves the one process that writes the zip little to do but
write, so both cores render and compress while the bundle is assembled in its fixed order.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

# Pictures are compressed already, and so are a PDF's streams (a PDF deflates by about a seventh
# more, at the cost of deflating every picture in it again) and Word and OpenDocument files (zips
# themselves): they are stored as they are.
STORED_SUFFIXES = (".jpg", ".png", ".gif", ".webp", ".pdf", ".docx", ".odt")


def stored_or_deflated(path: str) -> int:
    """The zip compression of an entry: stored for pictures, deflated for everything else."""
    return zipfile.ZIP_STORED if path.endswith(STORED_SUFFIXES) else zipfile.ZIP_DEFLATED


class Digested(bytes):
    """Bytes whose SHA-256 is known already (checked on reading), so listing them skips it."""

    sha256: str

    def __new__(cls, data: bytes, sha256: str) -> Digested:
        """The bytes with their checksum."""
        made = super().__new__(cls, data)
        made.sha256 = sha256
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Digested, (bytes(self), self.sha256))


class Packed(Digested):
    """Bytes ready for the zip: checksum, CRC-32, and the deflated stream (None when stored)."""

    crc: int
    compress_type: int
    deflated: bytes | None

    def __new__(cls, data: bytes, sha256: str, crc: int, deflated: bytes | None) -> Packed:
        """The bytes with what the zip writer would otherwise work out from them."""
        made = bytes.__new__(cls, data)
        made.sha256 = sha256
        made.crc = crc
        made.deflated = deflated
        made.compress_type = zipfile.ZIP_STORED if deflated is None else zipfile.ZIP_DEFLATED
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Packed, (bytes(self), self.sha256, self.crc, self.deflated))


@dataclass(frozen=True, slots=True)
class Deflated:
    """A deflated file as it crosses to the zip writer: its size, checksums and stream only.

    The writer needs nothing else of a file packed ahead; leaving its own bytes behind sends a
    sixth of them between the processes.
    """

    size: int
    sha256: str
    crc: int
    deflated: bytes

    def __len__(self) -> int:
        return self.size

    def inflated(self) -> bytes:
        """The file's own bytes again (for the rare writer that needs them)."""
        return zlib.decompress(self.deflated, -15)


# A bundle file's contents as the writers take them.
Entry = bytes | Deflated


def deflate(data: bytes) -> bytes:
    """The raw deflate stream Python's zip writer makes of `data` (default level, one call)."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def pack(path: str, data: bytes) -> Packed:
    """`data` packed as the zip entry at `path` (its name decides stored or deflated)."""
    sha256 = data.sha256 if isinstance(data, Digested) else hashlib.sha256(data).hexdigest()
    deflated = deflate(data) if stored_or_deflated(path) == zipfile.ZIP_DEFLATED else None
    return Packed(data, sha256, zlib.crc32(data), deflated)


def slim(packed: Packed) -> Packed | Deflated:
    """What of a packed file the zip writer in another process needs (stored files whole)."""
    if packed.deflated is None:
        return packed
    return Deflated(len(packed), packed.sha256, packed.crc, packed.deflated)
