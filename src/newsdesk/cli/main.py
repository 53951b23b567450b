"""The `newsdesk` command line: one parser, one error path, exit codes scripts can rely on."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

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


# Every command in the order `newsdesk --help` lists them: its name, the module of
# newsdesk.cli that registers it ("" for the GUI, registered here) and its one line of help.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("gui", "", "open the desktop application"),
    ("db", "admin_commands", "database upkeep"),
    ("audit", "admin_commands", "the workflow audit log"),
    ("user", "user_commands", "people and roles"),
    ("server", "server_commands", "the newsroom server (PostgreSQL)"),
    ("article", "article_commands", "create, edit and move articles"),
    ("search", "text_commands", "find articles (Arabic-aware)"),
    ("lint", "text_commands", "check text against the house style"),
    ("spell", "spell_commands", "check spelling (ar, fr, en)"),
    ("ticker", "ticker_commands", "headline tickers: draft, approve, order, export"),
    ("dictionary", "dictionary_commands", "words the spell checker accepts"),
    ("export", "export_commands", "write a publication bundle (zip)"),
    (
        "import",
        "import_commands",
        "import files as drafts (docx, odt, html, md, txt, captured page text) and bundles",
    ),
)
HELP = {name: line for name, _module, line in COMMANDS}


class _Registry:
    """Stands for the sub-commands while a module registers its own: builds only the wanted ones.

    The others a module registers go to a parser that is thrown away, so that running one
    command never builds (or imports) the rest.
    """

    def __init__(self, commands: argparse._SubParsersAction, wanted: set[str]):
        self.commands = commands
        self.wanted = wanted

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        """The real sub-parser for a wanted command, with its help from COMMANDS."""
        if name not in self.wanted:
            return argparse.ArgumentParser(add_help=False)
        kwargs.setdefault("help", HELP[name])
        parser: argparse.ArgumentParser = self.commands.add_parser(name, **kwargs)
        return parser


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command, or only `only` with the others named in the help."""
    parser = argparse.ArgumentParser(prog="newsdesk", description="Newsdesk, the newsroom editor.")
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    _global_options(parser, None)
    # Sub-commands accept the global options too; SUPPRESS keeps a value given before them.
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    registered: set[str] = set()
    for name, module, line in COMMANDS:
        if name in registered:
            continue
        if only is not None and name != only:
            commands.add_parser(name, help=line, add_help=False)  # named in the help only
        elif not module:
            gui = commands.add_parser(name, parents=[common], help=line)
            _gui_options(gui)
            gui.set_defaults(handler=None)
        else:
            # Imported here, only the module of the command being run.
            family = importlib.import_module(f"newsdesk.cli.{module}")
            shared = {other for other, owner, _ in COMMANDS if owner == module}
            wanted = {only} if only is not None else shared
            family.add_parsers(
                cast(argparse._SubParsersAction, _Registry(commands, wanted)), common
            )
            registered |= wanted
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` runs, if it names one of COMMANDS after the global options."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    _global_options(early, None)
    try:
        _known, rest = early.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None  # a global option given badly: the full parser says so
    words = [token for token in rest if not token.startswith("-")]
    return words[0] if words and words[0] in HELP else None


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

    from newsdesk.cli.context import CommandContext
    from newsdesk.logs import start_logging, stop_logging

    args = build_parser(command_named(given)).parse_args(given)
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
        except Exception as fault:
            if not _sqlalchemy_fault(fault):
                raise
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


def _sqlalchemy_fault(fault: Exception) -> bool:
    # Asked of SQLAlchemy only if it was loaded: the reading commands on PostgreSQL never load it.
    loaded = sys.modules.get("sqlalchemy.exc")
    return loaded is not None and isinstance(fault, loaded.SQLAlchemyError)


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
