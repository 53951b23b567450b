"""Printing results: JSON for scripts, aligned text for people, visual order on request."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def print_json(data: Any) -> None:
    """Print JSON with letters as letters (not escapes)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_line(text: str = "", *, visual: bool = False, language: str = "ar") -> None:
    """Print one line, reordered for terminals without bidi when asked."""
    if visual:
        from newsdesk.text.visual import to_visual

        text = to_visual(text, language=language)
    sys.stdout.write(text + "\n")


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], *, visual: bool = False
) -> None:
    """Print rows as tab-separated columns under a header line, each cell reordered on its own."""
    if headers:
        print_line("\t".join(headers))
    for row in rows:
        cells = ("" if cell is None else str(cell) for cell in row)
        print_line("\t".join(_visual(cell) if visual and cell else cell for cell in cells))


def _visual(text: str) -> str:
    from newsdesk.text.visual import to_visual

    return to_visual(text)


def write_text_file(path: Path, text: str) -> None:
    """Replace the file with UTF-8 text in one step (a reader never sees half of it)."""
    from newsdesk.atomic import write_atomically
    from newsdesk.errors import InvalidInputError
    from newsdesk.livefiles import refuse_live_database

    refuse_live_database(path, "write over")
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise InvalidInputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def error(message: str) -> None:
    """Print one clear error line on stderr."""
    first = message.strip().splitlines()[0] if message.strip() else "failed"
    sys.stderr.write(f"newsdesk: error: {first}\n")
