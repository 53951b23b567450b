"""The `newsdesk` command line: one parser, one error path, exit codes scripts can rely on."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from newsdesk import __version__
from newsdesk.cli.output import error
from newsdesk.errors import (
    ConflictError,
    InvalidInputError,
    NewsdeskError,
    NotFoundError,
    PermissionDeniedError,
    StorageError,
)

# Not __name__: run as `python -m newsdesk.cli.main` that is "__main__", outside Newsdesk's log,
# and Python's last-resort handler would print each warning beside the one error line.
LOGGER = "newsdesk.cli.main"

EXIT_CODES: tuple[tuple[type[NewsdeskError], int], ...] = (
    (ConflictError, 3),
    (NotFoundError, 4),
    (PermissionDeniedError, 5),
    (StorageError, 6),
    (InvalidInputError, 7),
    (NewsdeskError, 1),
)


def _global_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db", metavar="URL", default=default, help="database URL or SQLite file (NEWSDESK_DB)"
    )
    parser.add_argument(
        "--create",
        action="store_true",
        default=default,
        help="create the SQLite database file named by --db if there is none yet",
    )
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        default=default,
        help="act as this user (NEWSDESK_USER)",
    )
    parser.add_argument(
        "--json", action="store_true", default=default, help="machine-readable output"
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        default=default,
        help="log in detail, to stderr as well as to the log file",
    )


def _gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open the window on the database, check the installation, print one line per "
        "check and exit (non-zero if any fails)",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files to import once the window is open (bundles, Word, HTML, Markdown, text)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    # Imported here so that `newsdesk` with no command starts the GUI without loading them.
    from newsdesk.cli import (
        admin_commands,
        article_commands,
        dictionary_commands,
        export_commands,
        import_commands,
        server_commands,
        spell_commands,
        text_commands,
        ticker_commands,
        user_commands,
    )

    parser = argparse.ArgumentParser(prog="newsdesk", description="Newsdesk, the newsroom editor.")
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    _global_options(parser, None)
    # Sub-commands accept the global options too; SUPPRESS keeps a value given before them.
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", parents=[common], help="open the desktop application")
    _gui_options(gui)
    gui.set_defaults(handler=None)
    admin_commands.add_parsers(commands, common)
    user_commands.add_parsers(commands, common)
    server_commands.add_parsers(commands, common)
    article_commands.add_parsers(commands, common)
    text_commands.add_parsers(commands, common)
    spell_commands.add_parsers(commands, common)
    ticker_commands.add_parsers(commands, common)
    dictionary_commands.add_parsers(commands, common)
    export_commands.add_parsers(commands, common)
    import_commands.add_parsers(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status."""
    _utf8_streams()
    given = list(sys.argv[1:] if argv is None else argv)
    if given == ["--version"]:  # answered before the command modules and the database load
        print(f"newsdesk {__version__}")
        return 0
    gui = _gui_request(given)
    if gui is not None:
        return _run_gui(gui)
    import logging

    from sqlalchemy.exc import SQLAlchemyError

    from newsdesk.cli.context import CommandContext
    from newsdesk.logs import start_logging, stop_logging

    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        return _run_gui(args)
    log = logging.getLogger(LOGGER)
    start_logging(verbose=bool(getattr(args, "verbose", False)))
    log.info("command: %s", args.command)
    ctx = CommandContext(args)
    try:
        try:
            return handler(ctx)
        except SQLAlchemyError as fault:
            from newsdesk.storage.faults import database_fault

            log.exception("command %s met a database fault", args.command)
            raise database_fault(fault) from fault
    except NewsdeskError as exc:
        error(str(exc))
        code = next(code for kind, code in EXIT_CODES if isinstance(exc, kind))
        log.warning("command %s failed (exit %d): %s", args.command, code, exc)
        return code
    except KeyboardInterrupt:
        error("interrupted")
        log.info("command %s interrupted", args.command)
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        log.exception("command %s stopped on an unexpected error", args.command)
        raise
    finally:
        ctx.close()
        stop_logging()


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _gui_request(argv: list[str]) -> argparse.Namespace | None:
    """The GUI's options when the command line asks for it: no command, `gui`, or only files."""
    early = argparse.ArgumentParser(add_help=False)
    _global_options(early, None)
    early.add_argument("--self-check", action="store_true")
    known, rest = early.parse_known_args(argv)
    if rest[:1] == ["gui"]:
        rest = rest[1:]
    elif rest and not _names_a_file(rest[0]):
        return None
    if any(token.startswith("-") for token in rest):
        return None  # the full parser reports the unknown option
    known.files = rest
    return known


def _names_a_file(token: str) -> bool:
    # Command names never hold a dot or a slash; a file a desktop hands over always does.
    return "." in token or "/" in token or os.sep in token


def gui_entry(argv: Sequence[str] | None = None) -> int:
    """`newsdesk-gui [--db URL] [--as USER] [--self-check] [FILE ...]`: the desktop application."""
    parser = argparse.ArgumentParser(prog="newsdesk-gui", description="Open Newsdesk.")
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    _global_options(parser, None)
    _gui_options(parser)
    args = parser.parse_args(argv)
    _utf8_streams()
    return _run_gui(args)


def _run_gui(args: argparse.Namespace) -> int:
    files = [Path(name).absolute() for name in getattr(args, "files", None) or []]
    self_check = bool(getattr(args, "self_check", False))
    if self_check and files:
        error("--self-check takes no files")
        return 2
    from newsdesk.app import main as gui_main

    def start_logs() -> None:
        # Once the window has painted: the logging modules cost a visible part of the first paint.
        import logging

        from newsdesk.logs import start_logging

        start_logging(verbose=bool(getattr(args, "verbose", False)), to_file=not self_check)
        logging.getLogger(LOGGER).info(
            "desktop application: %d files to import, self-check %s", len(files), self_check
        )

    try:
        return gui_main(
            db_url=args.db,
            user=args.as_user,
            create=bool(args.create),
            files=files,
            self_check=self_check,
            after_paint=start_logs,
        )
    finally:
        from newsdesk.logs import stop_logging

        stop_logging()


if __name__ == "__main__":
    sys.exit(main())
