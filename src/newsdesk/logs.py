"""Newsdesk's log: a rotating file in the user data folder, and stderr too with --verbose.

Modules log through `logging.getLogger(__name__)`. Log lines name ids, counts, versions and
paths, never an article's or ticker item's text: the log is what people attach to reports.
"""

from __future__ import annotations

import logging
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from newsdesk import __version__
from newsdesk.paths import log_file

ROOT = "newsdesk"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

_installed: list[logging.Handler] = []


def start_logging(*, verbose: bool = False, to_file: bool = True) -> Path | None:
    """Log to the rotating file (INFO, or DEBUG and stderr too when `verbose`); return the file.

    Calling it again replaces what an earlier call set up. None means no file: `to_file` was
    False (the self-check leaves nothing behind) or it could not be opened (a read-only data
    folder), and Newsdesk works on without it.
    """
    stop_logging()
    logger = logging.getLogger(ROOT)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter(FORMAT)
    path: Path | None = log_file() if to_file else None
    # Without any handler Python would print warnings on stderr, beside the one error line.
    handlers: list[logging.Handler] = [logging.NullHandler()]
    problem = None
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handlers.append(
                RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
            )
        except OSError as exc:
            path, problem = None, exc
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        logger.addHandler(handler)
        _installed.append(handler)
    if problem is not None:
        logger.warning(
            "cannot write the log file %s (%s); logging to it is off", log_file(), problem
        )
    logger.info(
        "Newsdesk %s, Python %s, %s", __version__, platform.python_version(), platform.platform()
    )
    return path


def stop_logging() -> None:
    """Close what `start_logging` set up (the file is flushed line by line anyway)."""
    logger = logging.getLogger(ROOT)
    while _installed:
        handler = _installed.pop()
        logger.removeHandler(handler)
        handler.close()
