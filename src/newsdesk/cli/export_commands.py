"""`newsdesk export`: write a publication bundle of articles and ticker feeds."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from pathlib import Path

from newsdesk.appinfo import BUNDLE_SUFFIX
from newsdesk.cli.context import CommandContext
from newsdesk.cli.output import print_json, print_line
from newsdesk.cli.progress import ProgressBar
from newsdesk.domain.article import Status
from newsdesk.errors import InvalidInputError
from newsdesk.export.registry import format_names
from newsdesk.services.exporting import BidiOverridesFound, ExportRequest, ExportService


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `export`."""
    export = commands.add_parser("export", parents=[common])
    export.add_argument(
        "--out",
        required=True,
        metavar="BUNDLE.zip",
        help="the zip (with --folder, folder) to write",
    )
    export.add_argument(
        "--folder",
        action="store_true",
        help="write the bundle's files into a new (or empty) folder instead of a zip",
    )
    export.add_argument(
        "--ninjs-version",
        default="3.1",
        metavar="3.1|2.2",
        help="the IPTC ninjs version of article.ninjs.json (default 3.1)",
    )
    export.add_argument(
        "--status",
        choices=[s.value for s in Status],
        default=None,
        help="articles in this status (default: approved, unless --id is given)",
    )
    export.add_argument("--id", dest="ids", action="append", default=[], metavar="ID")
    export.add_argument("--desk", metavar="D", help="only articles of this desk")
    export.add_argument("--since", metavar="ISO", help="only articles changed at or after")
    export.add_argument("--until", metavar="ISO", help="only articles changed before")
    export.add_argument(
        "--format",
        dest="formats",
        action="append",
        default=[],
        metavar="F",
        help=f"a format to include, repeatable (default: all of {', '.join(format_names())})",
    )
    export.add_argument(
        "--no-tickers", dest="tickers", action="store_false", help="leave out the ticker feeds"
    )
    export.add_argument(
        "--mark-published",
        action="store_true",
        help="mark the exported articles published once the bundle is complete",
    )
    export.add_argument(
        "--submission",
        action="store_true",
        help="a submission for the desk: your drafts and returned articles (or --id), with "
        "their revisions, notes and your draft ticker items",
    )
    export.add_argument(
        "--allow-bidi-overrides",
        action="store_true",
        help="confirm exporting headlines or ticker items with bidi override characters",
    )
    export.set_defaults(handler=cmd_export)


def _time(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(f"{option} must be an ISO date or time, not '{value}'") from None


def cmd_export(ctx: CommandContext) -> int:
    """Export the selected articles as one bundle."""
    args = ctx.args
    out = Path(args.out)
    # A .ndbundle is the same zip, under the name desktops associate with Newsdesk.
    if not args.folder and out.suffix.lower() not in (".zip", BUNDLE_SUFFIX):
        raise InvalidInputError(f"the bundle must be a .zip or .ndbundle file, not '{out.name}'")
    if args.ids and (args.status or args.desk or args.since or args.until):
        raise InvalidInputError("give either --id or --status/--desk/--since/--until, not both")
    if args.submission and (args.status or args.desk or args.since or args.until):
        raise InvalidInputError(
            "a submission takes your drafts, or --id; not --status/--desk/dates"
        )
    if args.submission and args.mark_published:
        raise InvalidInputError("a submission cannot mark articles published")
    request = ExportRequest(
        out=out,
        formats=tuple(args.formats) or ExportRequest.formats,
        ids=tuple(args.ids),
        status=args.status or Status.APPROVED.value,
        desk=args.desk,
        since=_time(args.since, "--since"),
        until=_time(args.until, "--until"),
        tickers=args.tickers,
        mark_published=args.mark_published,
        allow_bidi_overrides=args.allow_bidi_overrides,
        folder=args.folder,
        ninjs_version=args.ninjs_version,
        submission=args.submission,
    )
    bar = ProgressBar("export")
    try:
        result = ExportService(
            ctx.db, ctx.actor, lease=timedelta(minutes=ctx.settings.lease_minutes)
        ).export(request, progress=lambda p: bar.update(p.done, p.total))
    except BidiOverridesFound as exc:
        raise InvalidInputError(f"{exc} (--allow-bidi-overrides)") from exc
    finally:
        bar.finish()
    if ctx.as_json:
        print_json(result.to_dict())
        return 0
    bundle = result.bundle
    print_line(f"bundle: {bundle.path} ({len(bundle.articles)} articles, {bundle.files} files)")
    print_line(f"sha256: {bundle.sha256}")
    if result.published:
        print_line(f"published: {len(result.published)} articles")
    return 0
