"""`newsdesk user ...`: people, their roles and (on a newsroom) their passwords."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from newsdesk.cli.context import CommandContext
from newsdesk.cli.output import print_json, print_line, print_table
from newsdesk.domain.people import Person, Role
from newsdesk.errors import InvalidInputError
from newsdesk.services.users import (
    add_person,
    disable_person,
    is_newsroom,
    list_people,
    set_password,
    set_role,
)

ROLES = [r.value for r in Role]


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the user sub-commands."""
    user = commands.add_parser("user")
    user_sub = user.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = user_sub.add_parser("add", parents=[common], help="add a user (admin only)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--display-name", default="")
    add.add_argument(
        "--password-file",
        metavar="FILE",
        help="newsroom only: read the password from the first line of FILE (else prompted)",
    )
    add.set_defaults(handler=cmd_user_add)
    user_sub.add_parser("list", parents=[common], help="list users").set_defaults(
        handler=cmd_user_list
    )
    role = user_sub.add_parser("role", parents=[common], help="give a user another role (admin)")
    role.add_argument("name")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=cmd_user_role)
    disable = user_sub.add_parser(
        "disable", parents=[common], help="stop a user from logging in and acting (admin)"
    )
    disable.add_argument("name")
    disable.set_defaults(handler=cmd_user_disable)
    password = user_sub.add_parser(
        "password", parents=[common], help="newsroom only: set a password (one's own, or admin)"
    )
    password.add_argument("name")
    password.add_argument("--password-file", metavar="FILE", help="read it from FILE's first line")
    password.set_defaults(handler=cmd_user_password)


def read_password(file: str | None, name: str, *, required: bool) -> str | None:
    """A password from --password-file, else asked for on a terminal; None when neither."""
    if file:
        try:
            lines = Path(file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInputError(f"cannot read the password file {file}: {exc}") from exc
        if not lines or not lines[0]:
            raise InvalidInputError(f"the password file {file} is empty")
        return lines[0]
    if not sys.stdin.isatty():
        if required:
            raise InvalidInputError("give the password with --password-file FILE, or type it")
        return None
    try:
        first = getpass.getpass(f"password for {name}: ")
        if not first:
            if required:
                raise InvalidInputError("the password is empty")
            return None
        if getpass.getpass(f"password for {name} (again): ") != first:
            raise InvalidInputError("the two passwords differ; nothing was changed")
    except EOFError:
        raise InvalidInputError("no password was typed; nothing was changed") from None
    return first


def cmd_user_add(ctx: CommandContext) -> int:
    """Add a user (on a newsroom, their login role with a password)."""
    name = ctx.args.name
    password = None
    if ctx.args.password_file or is_newsroom(ctx.db):
        password = read_password(ctx.args.password_file, name, required=False)
    person = add_person(ctx.db, ctx.actor, name, ctx.args.role, ctx.args.display_name, password)
    newsroom = is_newsroom(ctx.db)
    if ctx.as_json:
        print_json({"name": person.name, "role": person.role.value, "password": bool(password)})
    else:
        print_line(f"added {person.name} ({person.role.value})")
        if newsroom and not password:
            print_line(
                f"{person.name} has no password: log in by certificate or Kerberos, or set "
                f"one with: newsdesk user password {person.name}"
            )
    return 0


def cmd_user_role(ctx: CommandContext) -> int:
    """Give a user another role."""
    _report(ctx, set_role(ctx.db, ctx.actor, ctx.args.name, ctx.args.role), "is now")
    return 0


def cmd_user_disable(ctx: CommandContext) -> int:
    """Disable a user."""
    _report(ctx, disable_person(ctx.db, ctx.actor, ctx.args.name), "is disabled; was")
    return 0


def cmd_user_password(ctx: CommandContext) -> int:
    """Set a person's password on a newsroom."""
    if not is_newsroom(ctx.db):
        set_password(ctx.db, ctx.actor, ctx.args.name, None)  # refuses with the reason
    password = read_password(ctx.args.password_file, ctx.args.name, required=True)
    set_password(ctx.db, ctx.actor, ctx.args.name, password)
    if ctx.as_json:
        print_json({"name": ctx.args.name, "password": True})
    else:
        print_line(f"password of {ctx.args.name} set")
    return 0


def _report(ctx: CommandContext, person: Person, what: str) -> None:
    if ctx.as_json:
        print_json({"name": person.name, "role": person.role.value})
    else:
        print_line(f"{person.name} {what} {person.role.value}")


def cmd_user_list(ctx: CommandContext) -> int:
    """List users."""
    people = list_people(ctx.db)
    if ctx.as_json:
        print_json(
            [
                {
                    "name": p.name,
                    "role": p.role.value,
                    "display_name": p.display_name,
                    "imported": p.imported,
                }
                for p in people
            ]
        )
    else:
        # Authors a bundle import created are marked, so an admin can review their roles.
        print_table(
            ("name", "role", "display name", "imported"),
            (
                (p.name, p.role.value, p.display_name, "imported" if p.imported else "")
                for p in people
            ),
        )
    return 0
