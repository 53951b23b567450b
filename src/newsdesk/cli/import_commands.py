"""`newsdesk import FILE ...`: bring Word, HTML, Markdown, text and captured pages in as drafts."""

from __future__ import annotations

import argparse

from newsdesk.cli.context import CommandContext
from newsdesk.cli.output import print_json, print_line
from newsdesk.cli.progress import ProgressBar
from newsdesk.errors import InvalidInputError
from newsdesk.services.importing import CREATED, REFUSED, SKIPPED, ImportService


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `import`."""
    command = commands.add_parser(
        "import",
        parents=[common],
        help="import files as drafts (docx, html, md, txt, captured page text)",
    )
    command.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=".docx, .html, .md or .txt (captured page text too)",
    )
    command.set_defaults(handler=cmd_import)


def cmd_import(ctx: CommandContext) -> int:
    """Import each file; print the summary; fail (after importing the rest) if any was refused."""
    bar = ProgressBar("import")
    service = ImportService(ctx.db, ctx.actor, ctx.settings)
    summary = service.import_files(
        ctx.args.files, progress=lambda done, total, _path: bar.update(done, total)
    )
    bar.finish()
    if ctx.as_json:
        print_json(summary.to_dict())
    else:
        for outcome in summary.outcomes:
            if outcome.status == CREATED:
                extra = f", {len(outcome.tickers)} ticker items" if outcome.tickers else ""
                print_line(f"created\t{outcome.id}\t{outcome.path}\t{outcome.headline}{extra}")
            elif outcome.status == SKIPPED:
                print_line(f"skipped\t{outcome.path}\t{outcome.reason}")
            else:
                print_line(f"refused\t{outcome.path}\t{outcome.reason}")
        print_line(
            f"{summary.count(CREATED)} created, {summary.count(SKIPPED)} skipped, "
            f"{summary.count(REFUSED)} refused"
        )
    refused = [o for o in summary.outcomes if o.status == REFUSED]
    if len(refused) == 1:
        raise InvalidInputError(refused[0].reason)
    if refused:
        raise InvalidInputError(f"{len(refused)} of {len(summary.outcomes)} files were refused")
    return 0
