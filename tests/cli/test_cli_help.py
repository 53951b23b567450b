"""Every command is listed by `newsdesk --help`, and each one's --help works, built lazily."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from newsdesk.cli.main import COMMANDS, build_parser, command_named, main


def _sub_commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _paths(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    for name, sub in _sub_commands(parser).items():
        yield (*path, name)
        yield from _paths(sub, (*path, name))


FULL = build_parser()
PATHS = list(_paths(FULL))


def test_the_help_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit) as ended:
        main(["--help"])
    assert ended.value.code == 0
    shown = capsys.readouterr().out
    assert all(f"    {name}" in shown for name, _module, _help in COMMANDS)
    assert set(_sub_commands(FULL)) == {name for name, _module, _help in COMMANDS}


@pytest.mark.parametrize("name", [name for name, _module, _help in COMMANDS])
def test_a_command_built_alone_is_the_command_built_with_all(name) -> None:
    alone = _sub_commands(build_parser(name))
    assert alone[name].format_help() == _sub_commands(FULL)[name].format_help()
    # The others are named, for the top-level help, and nothing more.
    assert build_parser(name).format_help() == FULL.format_help()


@pytest.mark.parametrize("path", PATHS, ids=" ".join)
def test_each_command_has_a_working_help(capsys, path) -> None:
    with pytest.raises(SystemExit) as ended:
        main([*path, "--help"])
    assert ended.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: newsdesk {' '.join(path)}")


def test_the_command_is_found_after_the_global_options() -> None:
    assert command_named(["--db", "x.db", "--as", "sara", "--json", "article", "list"]) == "article"
    assert command_named(["--db=search", "search", "--limit", "3", "word"]) == "search"
    assert command_named(["--db", "article"]) is None  # a value, not a command
    assert command_named(["nonsense"]) is None
