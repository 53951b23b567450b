"""`newsdesk dictionary add|remove|list|import|export [--personal]`: the newsroom's accepted words,
or with --personal one's own list (kept in the settings file, no database needed)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from newsdesk.cli.context import CommandContext
from newsdesk.cli.output import print_json, print_line, print_table, write_text_file
from newsdesk.errors import InvalidInputError
from newsdesk.livefiles import refuse_live_database
from newsdesk.services.dictionary import Change, DictionaryService
from newsdesk.services.personal_dictionary import PersonalDictionary
from newsdesk.text.word_list import MAX_LIST_BYTES

LANGUAGES = ("ar", "fr", "en")
PERSONAL_HELP = "one's own list (in the settings file) instead of the newsroom's"


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the dictionary sub-commands."""
    dictionary = commands.add_parser("dictionary")
    sub = dictionary.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = _words_parser(sub, common, "add", "accept words (anyone)", cmd_add)
    add.add_argument("--lang", choices=LANGUAGES, help="the words' language, if only one")
    _words_parser(sub, common, "remove", "stop accepting words (desk chiefs)", cmd_remove)
    listing = sub.add_parser("list", parents=[common], help="list the words")
    listing.set_defaults(handler=cmd_list)
    load = sub.add_parser(
        "import", parents=[common], help="accept every word of a plain word list (UTF-8)"
    )
    load.add_argument("file", metavar="FILE", help="one word per line, # comments; - for stdin")
    load.add_argument("--lang", choices=LANGUAGES, help="the words' language, if only one")
    load.set_defaults(handler=cmd_import)
    save = sub.add_parser("export", parents=[common], help="write the words as a plain word list")
    save.add_argument("--out", metavar="FILE", help="write here (default: standard output)")
    save.set_defaults(handler=cmd_export)
    for parser in sub.choices.values():
        parser.add_argument("--personal", action="store_true", help=PERSONAL_HELP)


def _words_parser(
    sub: argparse._SubParsersAction,
    common: argparse.ArgumentParser,
    name: str,
    what: str,
    handler: Callable[[CommandContext], int],
) -> argparse.ArgumentParser:
    """A sub-command that takes one or more words."""
    parser = sub.add_parser(name, parents=[common], help=what)
    parser.add_argument("words", nargs="+", metavar="WORD")
    parser.set_defaults(handler=handler)
    return parser


def cmd_add(ctx: CommandContext) -> int:
    """Accept words."""
    if ctx.args.personal:
        change = PersonalDictionary().add(ctx.args.words)
    else:
        change = DictionaryService(ctx.db, ctx.actor).add(ctx.args.words, ctx.args.lang)
    _report(ctx, change, "added", "already there")
    return 0


def cmd_remove(ctx: CommandContext) -> int:
    """Stop accepting words; a word that is not there is no error, it is reported."""
    if ctx.args.personal:
        change = PersonalDictionary().remove(ctx.args.words)
    else:
        change = DictionaryService(ctx.db, ctx.actor).remove(ctx.args.words)
    _report(ctx, change, "removed", "not there")
    return 0


def cmd_list(ctx: CommandContext) -> int:
    """List the words (the newsroom's with who added each and when)."""
    if ctx.args.personal:
        words = PersonalDictionary().words()
        if ctx.as_json:
            print_json([{"word": word} for word in words])
        else:
            for word in words:
                print_line(word)
        return 0
    entries = DictionaryService(ctx.db, ctx.actor).entries()
    if ctx.as_json:
        print_json([entry.to_dict() for entry in entries])
        return 0
    rows = (
        (e.word, e.language or "", e.added_by, e.added_at.strftime("%Y-%m-%d %H:%M"))
        for e in entries
    )
    print_table(("word", "language", "added_by", "added_at"), rows)
    return 0


def cmd_import(ctx: CommandContext) -> int:
    """Accept every word of a plain word list; a faulty list changes nothing."""
    data = _read_list(ctx.args.file)
    if ctx.args.personal:
        change = PersonalDictionary().import_list(data)
    else:
        change = DictionaryService(ctx.db, ctx.actor).import_list(data, ctx.args.lang)
    _report(ctx, change, "added", "already there")
    return 0


def cmd_export(ctx: CommandContext) -> int:
    """Write the words as a plain word list, sorted (the same words give the same bytes)."""
    if ctx.args.personal:
        listing = PersonalDictionary().export_list()
    else:
        listing = DictionaryService(ctx.db, ctx.actor).export_list()
    if ctx.args.out:
        write_text_file(Path(ctx.args.out), listing)
        count = listing.count("\n")
        print_line(f"wrote {ctx.args.out} ({count} word{'' if count == 1 else 's'})")
    else:
        sys.stdout.write(listing)
    return 0


def _read_list(name: str) -> bytes:
    """A word list's bytes, never more than one over the limit (the service refuses it then)."""
    if name != "-":
        refuse_live_database(name, "read")
    try:
        if name == "-":
            return sys.stdin.buffer.read(MAX_LIST_BYTES + 1)
        with open(name, "rb") as stream:
            return stream.read(MAX_LIST_BYTES + 1)
    except OSError as exc:
        raise InvalidInputError(f"cannot read {name}: {exc.strerror or exc}") from exc


def _report(ctx: CommandContext, change: Change, done: str, left: str) -> None:
    if ctx.as_json:
        print_json(change.to_dict(done))
        return
    print_line(f"{done} {len(change.changed)}: {' '.join(change.changed)}".rstrip(": "))
    if change.unchanged:
        print_line(f"{left} {len(change.unchanged)}: {' '.join(change.unchanged)}")
