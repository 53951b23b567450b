"""Zip packages (.docx, .odt) checked before anything reads them: names, sizes, bombs, DTDs."""

from __future__ import annotations

import io
import zipfile
import zlib

from newsdesk.errors import InvalidInputError
from newsdesk.importers.xmlcheck import declares_dtd

MAX_ENTRIES = 2_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_XML_PART_BYTES = 50 * 1024 * 1024
MAX_RATIO = 200
_RATIO_FLOOR = 1024 * 1024  # small parts compress well legitimately; judge big ones only


def check_zip_package(data: bytes, name: str, kind: str, suffix: str, required: str) -> None:
    """Refuse a zip package that is no zip, holds unsafe names, a zip bomb or XML with a DTD.

    `kind` and `suffix` name the format in messages ("a Word document", ".docx"); `required` is
    the part every file of the format has.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InvalidInputError(f"{name} is not {kind} (it is not a valid {suffix})") from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise InvalidInputError(f"{name} holds too many parts ({len(entries)})")
        total = 0
        for entry in entries:
            _check_entry(entry, name)
            total += entry.file_size
            if total > MAX_UNPACKED_BYTES:
                raise InvalidInputError(f"{name} unpacks to more than the size limit")
        names = {entry.filename for entry in entries}
        if required not in names:
            raise InvalidInputError(f"{name} is not {kind} (no {required} part)")
        for entry in entries:
            if entry.filename.endswith((".xml", ".rels", ".rdf")):
                _check_xml(archive, entry, name)


def _check_entry(entry: zipfile.ZipInfo, name: str) -> None:
    part = entry.filename
    if part.startswith(("/", "\\")) or ".." in part.replace("\\", "/").split("/") or ":" in part:
        raise InvalidInputError(f"{name} holds a part with an unsafe name ({part!r})")
    if entry.file_size > _RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
        raise InvalidInputError(f"{name} looks like a zip bomb (part {part} expands too much)")


def read_part(data: bytes, name: str, part: str) -> bytes | None:
    """One part of a package that check_zip_package accepted; None when it has no such part."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            entry = archive.getinfo(part)
        except KeyError:
            return None
        return _read_entry(archive, entry, name)


def _check_xml(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str) -> None:
    if entry.file_size > MAX_XML_PART_BYTES:
        raise InvalidInputError(f"{name} holds an XML part that is too large ({entry.filename})")
    content = _read_entry(archive, entry, name)
    if len(content) > MAX_XML_PART_BYTES:
        raise InvalidInputError(f"{name} holds an XML part that is too large ({entry.filename})")
    if declares_dtd(content):
        # Neither Word nor LibreOffice writes a DTD; one here can only be an entity bomb or an
        # external entity.
        raise InvalidInputError(
            f"{name} holds an XML document type declaration ({entry.filename}); refused"
        )


def _read_entry(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str) -> bytes:
    try:
        with archive.open(entry) as stream:
            # Never trust the declared size: read one byte past the limit at most.
            return stream.read(MAX_XML_PART_BYTES + 1)
    except (
        zipfile.BadZipFile,
        OSError,
        EOFError,
        RuntimeError,
        ValueError,
        NotImplementedError,
        zlib.error,
    ) as exc:
        raise InvalidInputError(f"{name} is damaged ({entry.filename}: {exc})") from exc
