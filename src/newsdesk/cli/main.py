"""The `newsdesk` command line: one parser, one error path, exit codes scripts can rely on."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

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
        "--as",
        dest="as_user",
        metavar="USER",
        default=default,
        help="act as this user (NEWSDESK_USER)",
    )
    parser.add_argument(
        "--json", action="store_true", default=default, help="machine-readable output"
    )


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    # Imported here so that `newsdesk` with no command starts the GUI without loading them.
    from newsdesk.cli import (
        admin_commands,
        article_commands,
        export_commands,
        import_commands,
        text_commands,
        ticker_commands,
    )

    parser = argparse.ArgumentParser(prog="newsdesk", description="Newsdesk, the newsroom editor.")
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    _global_options(parser, None)
    # Sub-commands accept the global options too; SUPPRESS keeps a value given before them.
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", parents=[common], help="open the desktop application").set_defaults(
        handler=None
    )
    admin_commands.add_parsers(commands, common)
    article_commands.add_parsers(commands, common)
    text_commands.add_parsers(commands, common)
    ticker_commands.add_parsers(commands, common)
    export_commands.add_parsers(commands, common)
    import_commands.add_parsers(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    gui = _gui_request(list(sys.argv[1:] if argv is None else argv))
    if gui is not None:
        return _run_gui(gui)
    from newsdesk.cli.context import CommandContext

    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        return _run_gui(args)
    ctx = CommandContext(args)
    try:
        return handler(ctx)
    except NewsdeskError as exc:
        error(str(exc))
        return next(code for kind, code in EXIT_CODES if isinstance(exc, kind))
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    finally:
        ctx.close()


def _gui_request(argv: list[str]) -> argparse.Namespace | None:
    """The global options when the command line asks for the GUI (no command, or `gui`)."""
    early = argparse.ArgumentParser(add_help=False)
    _global_options(early, None)
    known, rest = early.parse_known_args(argv)
    return known if rest in ([], ["gui"]) else None


def _run_gui(args: argparse.Namespace) -> int:
    from newsdesk.app import main as gui_main

    return gui_main(db_url=args.db, user=args.as_user)


if __name__ == "__main__":
    sys.exit(main())
