"""`newsdesk article ...`: create, list, show, edit, workflow steps, history and diff."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from newsdesk.cli.output import print_json, print_line, print_table
from newsdesk.cli.proof_commands import add_proof_parser
from newsdesk.domain.article import Article, ArticleContent
from newsdesk.domain.workflow import Step
from newsdesk.services.article_reads import article_read, page_read
from newsdesk.text.breaking import labelled

if TYPE_CHECKING:
    # `article list` and `show` run without the services that write, nor the ORM under them.
    from newsdesk.cli.context import CommandContext
    from newsdesk.services.articles import ArticleService

STEP_COMMANDS = ("submit", "claim", "approve", "publish", "spike", "restore")


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the article sub-commands."""
    article = commands.add_parser("article")
    sub = article.add_subparsers(dest="action", required=True, metavar="ACTION")

    new = sub.add_parser("new", parents=[common], help="create a draft")
    new.add_argument("--headline", required=True)
    new.add_argument("--lang", default="ar", help="article language (ar, fr, en)")
    _content_options(new)
    new.set_defaults(handler=cmd_new)

    lst = sub.add_parser("list", parents=[common], help="list articles, newest change first")
    lst.add_argument("--status")
    lst.add_argument("--desk")
    lst.add_argument("--author")
    lst.add_argument("--limit", type=int, default=50)
    lst.add_argument("--offset", type=int, default=0)
    lst.add_argument(
        "--visual", action="store_true", help="visual order for terminals without bidi"
    )
    lst.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", parents=[common], help="show one article")
    show.add_argument("id")
    show.add_argument("--revision", type=int, help="show this revision instead of the current text")
    show.add_argument(
        "--visual", action="store_true", help="visual order for terminals without bidi"
    )
    show.set_defaults(handler=cmd_show)

    edit = sub.add_parser("edit", parents=[common], help="change an article's text")
    edit.add_argument("id")
    edit.add_argument("--headline")
    edit.add_argument("--lang")
    edit.add_argument("--if-version", type=int, help="refuse the edit unless the article is at N")
    _content_options(edit)
    edit.set_defaults(handler=cmd_edit)

    for name in STEP_COMMANDS:
        step = sub.add_parser(name, parents=[common], help=f"{name} an article")
        step.add_argument("id")
        step.add_argument("--note", default="")
        _seen_option(step)
        step.set_defaults(handler=cmd_step, step=name)
    ret = sub.add_parser("return", parents=[common], help="return to the author with a note")
    ret.add_argument("id")
    ret.add_argument("--note", required=True)
    _seen_option(ret)
    ret.set_defaults(handler=cmd_step, step="return")

    note = sub.add_parser("note", parents=[common], help="add a note to the article's thread")
    note.add_argument("id")
    note.add_argument("text")
    note.set_defaults(handler=cmd_note)
    notes = sub.add_parser("notes", parents=[common], help="show the article's notes thread")
    notes.add_argument("id")
    notes.set_defaults(handler=cmd_notes)
    restore_rev = sub.add_parser(
        "restore-revision", parents=[common], help="make an old revision the newest"
    )
    restore_rev.add_argument("id")
    restore_rev.add_argument("revision", type=int)
    restore_rev.set_defaults(handler=cmd_restore_revision)
    unlock = sub.add_parser(
        "break-lease", parents=[common], help="take the edit lease away (chiefs)"
    )
    unlock.add_argument("id")
    unlock.set_defaults(handler=cmd_break_lease)

    history = sub.add_parser("history", parents=[common], help="list an article's revisions")
    history.add_argument("id")
    history.set_defaults(handler=cmd_history)

    diff = sub.add_parser("diff", parents=[common], help="word-level diff of two revisions")
    diff.add_argument("id")
    diff.add_argument("rev_a", type=int)
    diff.add_argument("rev_b", type=int)
    diff.set_defaults(handler=cmd_diff)

    add_proof_parser(sub, common)


def _seen_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        type=int,
        dest="seen_version",
        help="refuse unless the text is still that of version N (the one you read)",
    )


def _content_options(parser: argparse.ArgumentParser) -> None:
    body = parser.add_mutually_exclusive_group()
    body.add_argument("--body-file", help="UTF-8 text file with the body, or - for stdin")
    body.add_argument(
        "--blocks-file",
        help="JSON list of body blocks (as `article show --json` prints them, pictures "
        "included), or - for stdin",
    )
    parser.add_argument("--kicker")
    parser.add_argument("--standfirst")
    parser.add_argument("--byline")
    parser.add_argument("--dateline", help="dateline place")
    parser.add_argument("--desk")
    parser.add_argument("--tags", help="comma-separated tags")
    parser.add_argument("--urgency", type=int, help="1 (flash) to 9")
    parser.add_argument("--breaking", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--embargo", help="not before this ISO time")


def _content_changes(args: argparse.Namespace) -> dict[str, Any]:
    from newsdesk.cli.inputs import parse_time, read_blocks_file, read_text_file
    from newsdesk.domain.document import Document

    changes: dict[str, Any] = {}
    if getattr(args, "headline", None) is not None:
        changes["headline"] = args.headline
    if getattr(args, "lang", None) is not None:
        changes["language"] = args.lang
    if args.body_file is not None:
        changes["body"] = Document.from_plain_text(read_text_file(args.body_file))
    if args.blocks_file is not None:
        changes["body"] = read_blocks_file(args.blocks_file)
    for name in ("kicker", "standfirst", "byline", "dateline", "desk", "urgency", "breaking"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.tags is not None:
        changes["tags"] = tuple(t.strip() for t in args.tags.split(",") if t.strip())
    if args.embargo is not None:
        changes["embargo_at"] = parse_time(args.embargo) if args.embargo else None
    return changes


def _service(ctx: CommandContext) -> ArticleService:
    from datetime import timedelta

    from newsdesk.services.articles import ArticleService

    return ArticleService(ctx.db, ctx.actor, timedelta(minutes=ctx.settings.lease_minutes))


def cmd_note(ctx: CommandContext) -> int:
    """Add a note."""
    note = _service(ctx).add_note(ctx.args.id, ctx.args.text)
    if ctx.as_json:
        print_json(note.to_dict())
    else:
        print_line(f"noted by {note.author} at {note.at.astimezone():%Y-%m-%d %H:%M}")
    return 0


def cmd_notes(ctx: CommandContext) -> int:
    """Show the notes thread."""
    notes = _service(ctx).notes(ctx.args.id)
    if ctx.as_json:
        print_json([n.to_dict() for n in notes])
        return 0
    for n in notes:
        print_line(f"{n.at.astimezone():%Y-%m-%d %H:%M}\t{n.author}\t{n.text}")
    return 0


def cmd_restore_revision(ctx: CommandContext) -> int:
    """Make an old revision the newest version."""
    _report(ctx, _service(ctx).restore_revision(ctx.args.id, ctx.args.revision), "restored")
    return 0


def cmd_break_lease(ctx: CommandContext) -> int:
    """Break an edit lease."""
    _report(ctx, _service(ctx).break_lease(ctx.args.id), "lease broken")
    return 0


def cmd_new(ctx: CommandContext) -> int:
    """Create a draft."""
    content = ArticleContent(**_content_changes(ctx.args))
    _report(ctx, _service(ctx).create(content), "created")
    return 0


def cmd_list(ctx: CommandContext) -> int:
    """List articles."""
    args = ctx.args
    filters = {"status": args.status, "desk": args.desk, "author": args.author}
    with ctx.reading() as reader:  # an unknown --as is refused before anything is listed
        rows = page_read(reader, filters, args.limit, args.offset)
    if ctx.as_json:
        print_json([row.to_dict() for row in rows])
        return 0
    print_table(
        ("id", "status", "v", "lang", "desk", "author", "updated", "headline"),
        (
            (
                r.id[:8],
                r.status.value,
                r.version,
                r.language,
                r.desk,
                r.author,
                r.updated_at.strftime("%Y-%m-%d %H:%M"),
                ("⚡ " if r.breaking else "") + r.headline,
            )
            for r in rows
        ),
        visual=ctx.visual,
    )
    return 0


def cmd_show(ctx: CommandContext) -> int:
    """Show one article (or one of its revisions)."""
    if ctx.args.revision is not None:
        rev = _service(ctx).revision(ctx.args.id, ctx.args.revision)
        if ctx.as_json:
            print_json({**rev.to_dict(), "id": rev.article_id, **_content_json(rev.content)})
            return 0
        _print_content(ctx, rev.content, f"revision {rev.revision} · {rev.step} · {rev.author}")
        return 0
    with ctx.reading() as reader:  # an unknown --as is refused before anything is shown
        found = article_read(reader, ctx.args.id)
    # Not found, or a prefix several ids share: the service says which.
    article = found or _service(ctx).get(ctx.args.id)
    if ctx.as_json:
        print_json(article.to_dict())
        return 0
    header = f"{article.id} · {article.status.value} · version {article.version} · {article.author}"
    _print_content(ctx, article.content, header)
    return 0


def _content_json(content: ArticleContent) -> dict[str, Any]:
    data = content.to_dict()
    data["blocks"] = data.pop("body")
    data["body"] = content.body.plain_text()
    return data


def _print_content(ctx: CommandContext, content: ArticleContent, header: str) -> None:
    visual, lang = ctx.visual, content.language
    print_line(header)
    if content.kicker:
        print_line(content.kicker, visual=visual, language=lang)
    print_line(labelled(content.headline, content.breaking), visual=visual, language=lang)
    if content.standfirst:
        print_line(content.standfirst, visual=visual, language=lang)
    print_line()
    for block in content.body.blocks:
        print_line(block.text, visual=visual, language=lang)


def cmd_edit(ctx: CommandContext) -> int:
    """Change an article's text."""
    changes = _content_changes(ctx.args)
    article = _service(ctx).edit(ctx.args.id, if_version=ctx.args.if_version, **changes)
    _report(ctx, article, "saved")
    return 0


def cmd_step(ctx: CommandContext) -> int:
    """Take a workflow step."""
    article = _service(ctx).take_step(
        ctx.args.id, Step(ctx.args.step), ctx.args.note, seen_version=ctx.args.seen_version
    )
    _report(ctx, article, article.status.value)
    return 0


def cmd_history(ctx: CommandContext) -> int:
    """List an article's revisions."""
    revisions = _service(ctx).history(ctx.args.id)
    if ctx.as_json:
        print_json([rev.to_dict() for rev in revisions])
        return 0
    print_table(
        ("revision", "version", "at", "author", "step", "status", "claimed", "note"),
        (
            (
                r.revision,
                r.version,
                r.at.strftime("%Y-%m-%d %H:%M:%S"),
                r.author,
                r.step,
                r.status.value,
                r.claim.describe() if r.claim is not None else "",
                r.note,
            )
            for r in revisions
        ),
    )
    return 0


def cmd_diff(ctx: CommandContext) -> int:
    """Word-level diff of two revisions."""
    from newsdesk.text.worddiff import changed, render_inline

    diffs = _service(ctx).diff(ctx.args.id, ctx.args.rev_a, ctx.args.rev_b)
    if ctx.as_json:
        print_json([d.to_dict() for d in diffs])
        return 0
    shown = [d for d in diffs if changed(d.chunks)]
    if not shown:
        print_line("no differences")
    for d in shown:
        print_line(f"{d.field}:")
        print_line(render_inline(d.chunks))
    return 0


def _report(ctx: CommandContext, article: Article, what: str) -> None:
    if ctx.as_json:
        print_json(article.to_dict())
    else:
        print_line(f"{what}: {article.id} (version {article.version}, {article.status.value})")
