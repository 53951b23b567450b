"""`newsdesk spell`: the misspelt words of a text, in the same shape as `newsdesk lint`."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsdesk.cli.context import CommandContext
from newsdesk.cli.inputs import read_text_file
from newsdesk.cli.output import print_json, print_line

RULE = "spelling"
SEVERITY = "warning"

if TYPE_CHECKING:
    from newsdesk.text.spelling import Misspelling


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register spell."""
    spell = commands.add_parser("spell", parents=[common])
    spell.add_argument("file", help="UTF-8 text file, or - for standard input")
    spell.add_argument(
        "--lang",
        choices=("ar", "fr", "en"),
        help="check every paragraph in this language (default: each paragraph in its own)",
    )
    spell.set_defaults(handler=cmd_spell)


def newsroom_words(ctx: CommandContext) -> Iterable[str]:
    """The words never flagged: the newsroom dictionary's and the person's own list."""
    from newsdesk.services.personal_dictionary import accepted_words

    return accepted_words(ctx.db, ctx.settings)


def cmd_spell(ctx: CommandContext) -> int:
    """Print the misspelt words with suggestions, best first."""
    # The dictionaries load only for this command, never when another command starts.
    from newsdesk.text.spelling import check_text, load_speller

    text = read_text_file(ctx.args.file)
    speller = load_speller()
    speller.accept(newsroom_words(ctx))
    found = check_text(speller, text, ctx.args.lang, with_suggestions=True)
    if ctx.as_json:
        print_json(
            [
                {
                    "rule": RULE,
                    "severity": SEVERITY,
                    "start": m.start,
                    "end": m.end,
                    "message": _message(m),
                    "replacement": m.suggestions[0] if m.suggestions else None,
                    "suggestions": list(m.suggestions),
                    "language": m.language,
                }
                for m in found
            ]
        )
        return 0
    for m in found:
        line = text.count("\n", 0, m.start) + 1
        column = m.start - (text.rfind("\n", 0, m.start) + 1) + 1
        fix = f" → {', '.join(m.suggestions[:3])}" if m.suggestions else ""
        print_line(f"{line}:{column}: {SEVERITY} [{RULE}] {_message(m)}{fix}")
    return 0


def _message(m: Misspelling) -> str:
    if m.probable is not None:
        return f"did you mean {m.probable!r}? ({m.word!r} is a rare word one slip from it)"
    return f"{m.word!r} is not in the {m.language} dictionary"
