"""`newsdesk import FILE ...`: Word, HTML, Markdown, text and captured pages as drafts; bundles."""

from __future__ import annotations

import argparse

from newsdesk.cli.context import CommandContext
from newsdesk.cli.output import print_json, print_line
from newsdesk.cli.progress import ProgressBar
from newsdesk.errors import InvalidInputError, PermissionDeniedError
from newsdesk.services.bundle_report import CONFLICT, UPDATED
from newsdesk.services.importing import CREATED, REFUSED, SKIPPED, ImportOutcome, ImportService


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `import`."""
    command = commands.add_parser(
        "import",
        parents=[common],
    )
    command.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=".docx, .odt, .html, .md or .txt (captured page text too), or a submission bundle (.zip)",
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
            if outcome.bundle is not None:
                _print_bundle(outcome)
            elif outcome.status == CREATED:
                extra = f", {len(outcome.tickers)} ticker items" if outcome.tickers else ""
                if outcome.dropped:
                    extra += f", left out: {outcome.dropped_text()}"
                print_line(f"created\t{outcome.id}\t{outcome.path}\t{outcome.headline}{extra}")
            elif outcome.status == SKIPPED:
                print_line(f"skipped\t{outcome.path}\t{outcome.reason}")
            else:
                print_line(f"refused\t{outcome.path}\t{outcome.reason}")
        totals = summary.totals()
        parts = [f"{totals[CREATED]} created"]
        parts += [f"{totals[UPDATED]} updated"] if totals[UPDATED] else []
        parts += [f"{totals[SKIPPED]} skipped"]
        parts += [f"{totals[CONFLICT]} conflicts"] if totals[CONFLICT] else []
        print_line(", ".join([*parts, f"{totals[REFUSED]} refused"]))
    refused = [o for o in summary.outcomes if o.status == REFUSED]
    # Refused only for want of permission: exit as a refused permission does (5), else 7.
    error = (
        PermissionDeniedError if refused and all(o.denied for o in refused) else InvalidInputError
    )
    if len(refused) == 1:
        raise error(refused[0].reason)
    if refused:
        raise error(f"{len(refused)} of {len(summary.outcomes)} files were refused")
    return 0


def _print_bundle(outcome: ImportOutcome) -> None:
    """The bundle's line, then one line per article and ticker item that it brought."""
    assert outcome.bundle is not None
    print_line(f"bundle\t{outcome.path}\t{outcome.reason}")
    for entry in outcome.bundle.entries:
        reason = f"\t{entry.reason}" if entry.reason else ""
        print_line(f"  {entry.status}\t{entry.kind}\t{entry.id}\t{entry.headline}{reason}")
