"""`newsdesk search`, `newsdesk lint` and `newsdesk db reindex`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from newsdesk.cli.output import print_json, print_line, print_table

if TYPE_CHECKING:
    from newsdesk.cli.context import CommandContext


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register search and lint (db reindex is registered with the db commands)."""
    search = commands.add_parser("search", parents=[common])
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument(
        "--visual", action="store_true", help="visual order for terminals without bidi"
    )
    search.set_defaults(handler=cmd_search)

    lint = commands.add_parser("lint", parents=[common])
    lint.add_argument("file", help="UTF-8 text file, or - for standard input")
    lint.add_argument("--lang", help="ar, fr or en (guessed from the text when not given)")
    lint.add_argument("--field", default="body", choices=("body", "headline", "ticker"))
    lint.add_argument(
        "--fix", action="store_true", help="print the text with the safe fixes applied"
    )
    lint.set_defaults(handler=cmd_lint)


def cmd_search(ctx: CommandContext) -> int:
    """Print ranked articles with highlighted snippets."""
    from newsdesk.services.searching import search_read

    with ctx.reading(as_person=False) as reader:  # as before: the desk settled, not the person
        hits = search_read(reader, ctx.args.query, limit=ctx.args.limit)
    if ctx.as_json:
        print_json([hit.to_dict() for hit in hits])
        return 0
    for hit in hits:
        row = (hit.id[:8], f"{hit.score:.3f}", hit.status.value, hit.headline)
        print_table((), [row], visual=ctx.visual)
        print_line("\t" + hit.snippet, visual=ctx.visual, language=hit.language)
    return 0


def cmd_lint(ctx: CommandContext) -> int:
    """Print house-style findings (or the fixed text with --fix)."""
    from newsdesk.cli.inputs import read_text_file
    from newsdesk.text.language import guess_language
    from newsdesk.text.lint.checker import apply_fixes, lint_text

    text = read_text_file(ctx.args.file)
    language = ctx.args.lang or guess_language(text)
    findings = lint_text(
        text, language, field=ctx.args.field, settings=ctx.settings.lint_settings()
    )
    if ctx.args.fix:
        sys.stdout.write(apply_fixes(text, findings))
        return 0
    if ctx.as_json:
        print_json([finding.to_dict() for finding in findings])
        return 0
    for f in findings:
        line = text.count("\n", 0, f.start) + 1
        column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        fix = f" → {f.replacement!r}" if f.replacement is not None else ""
        print_line(
            f"{line}:{column}: {f.severity} [{f.rule}] {f.message}: {text[f.start : f.end]!r}{fix}"
        )
    return 0


def cmd_db_reindex(ctx: CommandContext) -> int:
    """Rebuild the search index with a progress bar."""
    from newsdesk.cli.progress import ProgressBar
    from newsdesk.services.searching import reindex

    bar = ProgressBar("re-indexing")
    total = 0
    try:
        for done, total in reindex(ctx.db):
            bar.update(done, total)
    finally:
        bar.finish()
    if ctx.as_json:
        print_json({"indexed": total})
    else:
        print_line(f"indexed {total} article(s)")
    return 0
