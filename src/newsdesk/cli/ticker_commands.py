"""`newsdesk ticker ...`: draft, approve, order, renew and export headline tickers."""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsdesk.cli.context import CommandContext
from newsdesk.cli.inputs import parse_time
from newsdesk.cli.output import print_json, print_line, print_table, write_text_file
from newsdesk.domain.ticker import TickerItem
from newsdesk.export.feeds.registry import FORMATS, FeedOptions, render_feed
from newsdesk.services.ticker_channels import ChannelService
from newsdesk.services.ticker_checks import TickerCheck
from newsdesk.services.tickers import UNSET, TickerService
from newsdesk.text.breaking import labelled

VISUAL_HELP = "visual order for terminals without bidi"


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the ticker sub-commands."""
    ticker = commands.add_parser("ticker")
    sub = ticker.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = sub.add_parser("add", parents=[common], help="draft a ticker item")
    add.add_argument("text")
    _ticker_option(add)
    add.add_argument("--lang", help="item language (default: the channel's)")
    add.add_argument("--breaking", action="store_true", help="breaking news (عاجل): aired first")
    add.add_argument("--urgency", type=int, default=5, help="1 (flash) to 9")
    add.add_argument("--starts", help="not on air before this ISO time")
    add.add_argument("--expires", help="off the air from this ISO time (default: the lifetime)")
    add.set_defaults(handler=cmd_add)

    lst = sub.add_parser("list", parents=[common], help="list items in air order")
    lst.add_argument("--ticker", metavar="NAME", help="one channel (default: every channel)")
    lst.add_argument("--all", action="store_true", help="include expired and withdrawn items")
    lst.add_argument("--at", metavar="ISO", help="as at this time (default: now)")
    lst.add_argument("--visual", action="store_true", help=VISUAL_HELP)
    lst.set_defaults(handler=cmd_list)

    edit = sub.add_parser("edit", parents=[common], help="change an item")
    edit.add_argument("id")
    edit.add_argument("--text")
    edit.add_argument("--lang")
    edit.add_argument("--breaking", action=argparse.BooleanOptionalAction, default=None)
    edit.add_argument("--urgency", type=int)
    edit.add_argument("--starts", help="ISO time, or an empty string to clear it")
    edit.add_argument("--expires", help="ISO time, or an empty string to clear it")
    edit.add_argument("--force", action="store_true", help="keep an on-air item despite faults")
    edit.set_defaults(handler=cmd_edit)

    approve = sub.add_parser("approve", parents=[common], help="approve an item for air")
    approve.add_argument("id")
    approve.add_argument("--force", action="store_true", help="approve despite faults")
    approve.set_defaults(handler=cmd_approve)

    withdraw = sub.add_parser("withdraw", parents=[common], help="take an item off the air")
    withdraw.add_argument("id")
    withdraw.set_defaults(handler=cmd_withdraw)

    renew = sub.add_parser("renew", parents=[common], help="keep an item on air longer")
    renew.add_argument("id")
    renew.add_argument("--until", metavar="ISO", help="new expiry (default: a fresh lifetime)")
    renew.set_defaults(handler=cmd_renew)

    move = sub.add_parser("move", parents=[common], help="move an item in the running order")
    move.add_argument("id")
    move.add_argument("position", type=int, help="new place, counted from 0")
    move.set_defaults(handler=cmd_move)

    from_article = sub.add_parser(
        "from-article", parents=[common], help="draft an item from an article's headline"
    )
    from_article.add_argument("article_id")
    _ticker_option(from_article)
    from_article.add_argument("--breaking", action=argparse.BooleanOptionalAction, default=None)
    from_article.set_defaults(handler=cmd_from_article)

    check = sub.add_parser("check", parents=[common], help="house style and length of items")
    _ticker_option(check)
    check.set_defaults(handler=cmd_check)

    export = sub.add_parser("export", parents=[common], help="write the on-air feed")
    export.add_argument("--format", required=True, choices=tuple(FORMATS), dest="feed_format")
    _ticker_option(export)
    export.add_argument("--visual", action="store_true", help="txt, caspar: display order")
    joined = export.add_mutually_exclusive_group()
    joined.add_argument(
        "--one-line", action="store_true", help="txt: one line, joined by the house separator"
    )
    joined.add_argument("--separator", help="txt: one line, joined by this separator")
    export.add_argument("--at", metavar="ISO", help="what airs at this time (default: now)")
    export.add_argument("--out", metavar="FILE", help="write here (default: standard output)")
    export.set_defaults(handler=cmd_export)

    channel = sub.add_parser("channel", help="ticker channels")
    channels = channel.add_subparsers(dest="channel_action", required=True, metavar="ACTION")
    channel_add = channels.add_parser("add", parents=[common], help="create a channel")
    channel_add.add_argument("name")
    channel_add.add_argument("--lang", default="ar")
    channel_add.add_argument("--window", type=int, metavar="PX", help="on-air width in pixels")
    channel_add.set_defaults(handler=cmd_channel_add)
    channel_set = channels.add_parser("set", parents=[common], help="change a channel")
    channel_set.add_argument("name")
    channel_set.add_argument("--lang")
    channel_set.add_argument("--window", type=int, metavar="PX", help="on-air width in pixels")
    channel_set.set_defaults(handler=cmd_channel_set)
    channel_list = channels.add_parser("list", parents=[common], help="list channels")
    channel_list.set_defaults(handler=cmd_channel_list)


def _ticker_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ticker", metavar="NAME", help="channel (default: from settings)")


def _service(ctx: CommandContext) -> TickerService:
    return TickerService(ctx.db, ctx.actor, ctx.settings)


def _channel(ctx: CommandContext) -> str:
    return ctx.args.ticker or ctx.settings.ticker_default_channel


def _time(value: str | None) -> datetime | None:
    return parse_time(value) if value else None


def cmd_add(ctx: CommandContext) -> int:
    """Draft an item."""
    args = ctx.args
    item = _service(ctx).add(
        args.text,
        channel=_channel(ctx),
        language=args.lang,
        breaking=args.breaking,
        urgency=args.urgency,
        starts_at=_time(args.starts),
        expires_at=_time(args.expires),
    )
    _report(ctx, item, "created", check=True)
    return 0


def cmd_from_article(ctx: CommandContext) -> int:
    """Draft an item from an article's headline."""
    item = _service(ctx).from_article(
        ctx.args.article_id, channel=_channel(ctx), breaking=ctx.args.breaking
    )
    _report(ctx, item, "created", check=True)
    return 0


def cmd_edit(ctx: CommandContext) -> int:
    """Change an item."""
    args = ctx.args
    item = _service(ctx).edit(
        args.id,
        text=args.text,
        language=args.lang,
        breaking=args.breaking,
        urgency=args.urgency,
        starts_at=UNSET if args.starts is None else _time(args.starts),
        expires_at=UNSET if args.expires is None else _time(args.expires),
        force=args.force,
    )
    _report(ctx, item, "saved", check=True)
    return 0


def cmd_approve(ctx: CommandContext) -> int:
    """Approve an item for air."""
    _report(ctx, _service(ctx).approve(ctx.args.id, force=ctx.args.force), "approved")
    return 0


def cmd_withdraw(ctx: CommandContext) -> int:
    """Withdraw an item."""
    _report(ctx, _service(ctx).withdraw(ctx.args.id), "withdrawn")
    return 0


def cmd_renew(ctx: CommandContext) -> int:
    """Renew an item's lifetime."""
    _report(ctx, _service(ctx).renew(ctx.args.id, until=_time(ctx.args.until)), "renewed")
    return 0


def cmd_move(ctx: CommandContext) -> int:
    """Move an item in the running order."""
    item = _service(ctx).move(ctx.args.id, ctx.args.position)
    _report(ctx, item, f"moved to {item.position}")
    return 0


def cmd_list(ctx: CommandContext) -> int:
    """List items in air order, one channel or all."""
    service = _service(ctx)
    if ctx.args.ticker:
        names = [ctx.args.ticker]
    else:
        names = [c.name for c in ChannelService(ctx.db, ctx.actor, ctx.settings).channels()]
    everything = bool(ctx.args.all)
    now = _time(ctx.args.at)
    items = [
        item
        for name in names
        for item in service.list_items(
            name, include_expired=everything, include_withdrawn=everything, now=now
        )
    ]
    if ctx.as_json:
        print_json([item.to_dict() for item in items])
        return 0
    print_table(
        ("id", "ticker", "pos", "status", "urgency", "expires", "author", "text"),
        (
            (
                i.id[:8],
                i.channel,
                i.position,
                i.status.value,
                i.urgency,
                _local(ctx, i.expires_at),
                i.author,
                labelled(i.text, i.breaking),
            )
            for i in items
        ),
        visual=ctx.visual,
    )
    return 0


def cmd_check(ctx: CommandContext) -> int:
    """Print the faults of every item on a channel's desk."""
    checks = _service(ctx).check_channel(_channel(ctx))
    if ctx.as_json:
        print_json([c.to_dict() for c in checks])
        return 0
    for check in checks:
        _print_check(check)
    if not any(c.findings or c.too_wide for c in checks):
        print_line("no faults")
    return 0


def cmd_export(ctx: CommandContext) -> int:
    """Write what a channel airs now in one feed format."""
    args, settings = ctx.args, ctx.settings
    aired = _service(ctx).on_air(_channel(ctx), now=_time(args.at))
    options = FeedOptions(
        visual=bool(args.visual),
        separator=settings.ticker_separator if args.one_line else args.separator,
        title=settings.ticker_feed_title,
        link=settings.ticker_feed_link,
    )
    feed = render_feed(args.feed_format, aired.items, aired.channel, aired.now, options)
    if args.out:
        write_text_file(Path(args.out), feed)
        print_line(f"wrote {args.out} ({len(aired.items)} items, {args.feed_format})")
    else:
        sys.stdout.write(feed)
    return 0


def cmd_channel_add(ctx: CommandContext) -> int:
    """Create a channel."""
    service = ChannelService(ctx.db, ctx.actor, ctx.settings)
    channel = service.add(ctx.args.name, language=ctx.args.lang, window_px=ctx.args.window)
    _report_channel(ctx, channel.name, channel.language, channel.window_px, "created")
    return 0


def cmd_channel_set(ctx: CommandContext) -> int:
    """Change a channel's language or window width."""
    service = ChannelService(ctx.db, ctx.actor, ctx.settings)
    channel = service.update(ctx.args.name, language=ctx.args.lang, window_px=ctx.args.window)
    _report_channel(ctx, channel.name, channel.language, channel.window_px, "saved")
    return 0


def cmd_channel_list(ctx: CommandContext) -> int:
    """List channels."""
    channels = ChannelService(ctx.db, ctx.actor, ctx.settings).channels()
    if ctx.as_json:
        print_json(
            [{"name": c.name, "language": c.language, "window_px": c.window_px} for c in channels]
        )
        return 0
    print_table(
        ("name", "language", "window_px"), ((c.name, c.language, c.window_px) for c in channels)
    )
    return 0


def _report(ctx: CommandContext, item: TickerItem, what: str, *, check: bool = False) -> None:
    result = _service(ctx).check(item.id) if check else None
    if ctx.as_json:
        data = item.to_dict()
        if result is not None:
            data["check"] = result.to_dict()
        print_json(data)
        return
    print_line(f"{what}: {item.id} ({item.status.value}, {item.channel}, position {item.position})")
    if result is not None:
        _print_check(result)


def _print_check(check: TickerCheck) -> None:
    for finding in check.findings:
        print_line(f"{check.item_id[:8]}: {finding.severity}: {finding.rule}: {finding.message}")
    if check.too_wide:
        print_line(f"{check.item_id[:8]}: error: {check.width_px} px, window {check.window_px} px")


def _report_channel(ctx: CommandContext, name: str, language: str, window: int, what: str) -> None:
    if ctx.as_json:
        print_json({"name": name, "language": language, "window_px": window})
    else:
        print_line(f"{what}: ticker {name} ({language}, {window} px)")


def _local(ctx: CommandContext, value: datetime | None) -> str:
    if value is None:
        return ""
    with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
        value = value.astimezone(ZoneInfo(ctx.settings.timezone))
    return value.strftime("%Y-%m-%d %H:%M")
