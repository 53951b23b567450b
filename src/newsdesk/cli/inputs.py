"""Reading user-supplied files and values strictly, with one clear message when they are bad."""

from __future__ import annotations

import json
import sys
from datetime import datetime

from newsdesk.domain.article import MAX_TEXT_BYTES
from newsdesk.domain.document import BlockKind, Document, DocumentError
from newsdesk.errors import InvalidInputError
from newsdesk.importers.base import MAX_BLOCKS
from newsdesk.livefiles import refuse_live_database
from newsdesk.render.safety import safe_image_source
from newsdesk.services.validation import too_large
from newsdesk.timeutil import as_utc


def read_text_file(name: str) -> str:
    """Read a UTF-8 text file, or standard input for '-'; refuse anything that is not UTF-8."""
    where = "standard input" if name == "-" else name
    if name != "-":
        refuse_live_database(name, "read")
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        else:
            with open(name, "rb") as stream:  # never more than the limit in memory
                data = stream.read(MAX_TEXT_BYTES + 1)
    except OSError as exc:
        raise InvalidInputError(f"cannot read {name}: {exc.strerror or exc}") from exc
    if len(data) > MAX_TEXT_BYTES:
        raise InvalidInputError(too_large(where))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            f"{where} is not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def read_blocks_file(name: str) -> Document:
    """A body from a JSON list of blocks (as `article show --json` prints them), or '-' for stdin."""
    where = "standard input" if name == "-" else name
    try:
        blocks = json.loads(read_text_file(name))
    except json.JSONDecodeError as exc:
        raise InvalidInputError(f"{where} is not JSON: {exc}") from exc
    if not isinstance(blocks, list):
        raise InvalidInputError(f"{where} must hold a JSON list of blocks")
    if len(blocks) > MAX_BLOCKS:
        raise InvalidInputError(f"{where} has more than {MAX_BLOCKS} blocks")
    try:
        body = Document.from_list(blocks)
    except DocumentError as exc:
        raise InvalidInputError(f"{where}: {exc}") from exc
    for number, (raw, block) in enumerate(zip(blocks, body.blocks, strict=True), start=1):
        addresses = [raw.get("src"), *(mark.get("href") for mark in raw.get("marks") or ())]
        if any(value is not None and not isinstance(value, str) for value in addresses):
            raise InvalidInputError(f"{where}: block {number} has an address that is not text")
        if block.kind == BlockKind.IMAGE and safe_image_source(block.src) is None:
            raise InvalidInputError(
                f"{where}: picture block {number} needs a 'src' inside the media folder "
                f"or an http(s) address, not {block.src!r}"
            )
    return body


def parse_time(value: str) -> datetime:
    """An ISO date or date-time; a time without a zone is taken as UTC."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInputError(f"'{value}' is not an ISO date or time (2024-02-28T12:30)") from exc
    return as_utc(parsed)
