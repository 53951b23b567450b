"""`newsdesk server init`: make a PostgreSQL database a newsroom (run by its owner)."""

from __future__ import annotations

import argparse

from newsdesk.cli.context import CommandContext
from newsdesk.cli.output import print_json, print_line
from newsdesk.cli.user_commands import read_password
from newsdesk.domain.permissions import EDITORS_PUBLISH_TICKERS
from newsdesk.errors import InvalidInputError
from newsdesk.storage.newsroom.init import initialise


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the server sub-commands."""
    server = commands.add_parser("server")
    server_sub = server.add_subparsers(dest="action", required=True, metavar="ACTION")
    init = server_sub.add_parser(
        "init",
        parents=[common],
        help="make this PostgreSQL database a newsroom, or refresh one (run by its owner)",
    )
    init.add_argument("--prefix", help="prefix of the newsroom's role names (default: from the "
                      "database's name)")  # fmt: skip
    init.add_argument("--admin", metavar="NAME", help="this person becomes an admin")
    init.add_argument(
        "--password-file", metavar="FILE", help="the admin's password, from FILE's first line"
    )
    init.add_argument(
        "--editors-publish-tickers",
        choices=("on", "off"),
        help="let editors approve ticker items for air on this newsroom (default: as it was, "
        "first off)",
    )
    init.set_defaults(handler=cmd_server_init)


def cmd_server_init(ctx: CommandContext) -> int:
    """Create or refresh the newsroom's roles, rules, triggers and grants."""
    if ctx.args.password_file and not ctx.args.admin:
        raise InvalidInputError("--password-file is the password of the --admin person; name them")
    # Opened directly: the person running this owns the database and need not be a user of it.
    db = ctx.open_database()
    try:
        admin = ctx.args.admin
        password = None
        if admin is not None:
            password = read_password(ctx.args.password_file, admin, required=False)
        settings = {}
        if ctx.args.editors_publish_tickers is not None:
            settings[EDITORS_PUBLISH_TICKERS] = ctx.args.editors_publish_tickers == "on"
        report = initialise(
            db, prefix=ctx.args.prefix, admin=admin, admin_password=password, settings=settings
        )
    finally:
        db.close()
    if ctx.as_json:
        print_json(
            {
                "prefix": report.prefix,
                "owner": report.owner,
                "groups": list(report.groups),
                "people": list(report.people),
                "new_roles": list(report.new_roles),
                "admin": report.admin,
                "first_time": report.first_time,
                "settings_on": sorted(report.settings_on),
            }
        )
        return 0
    verb = "is now a newsroom" if report.first_time else "newsroom refreshed"
    print_line(f"{verb}: owner role {report.owner}, groups {', '.join(report.groups)}")
    print_line(f"{len(report.people)} people can log in as themselves")
    for name in report.new_roles:
        print_line(f"  new login role {name} (no password yet: newsdesk user password {name})")
    if report.admin:
        print_line(f"{report.admin} is an admin")
    return 0
