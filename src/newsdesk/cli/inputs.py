"""Reading user-supplied files and values strictly, with one clear message when they are bad."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.errors import InvalidInputError


def read_text_file(name: str) -> str:
    """Read a UTF-8 text file, or standard input for '-'; refuse anything that is not UTF-8."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"cannot read {name}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = "standard input" if name == "-" else name
        raise InvalidInputError(
            f"{where} is not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def parse_time(value: str) -> datetime:
    """An ISO date or date-time; a time without a zone is taken as UTC."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInputError(f"'{value}' is not an ISO date or time (2024-02-28T12:30)") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
