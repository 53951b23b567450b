"""Running `newsdesk` in-process in tests."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy.exc import ArgumentError

from newsdesk.cli.main import main
from newsdesk.storage.engine import resolve_url, sqlite_path


class Cli:
    """Runs `newsdesk` in-process against one database and captures what it prints."""

    def __init__(self, db_url: str, capsys: pytest.CaptureFixture[str]):
        self.db_url = db_url
        self.capsys = capsys

    def _init_missing_file(self) -> None:
        """Create the SQLite file with `db init`, as a person must, the first time it is missing."""
        try:
            path = sqlite_path(resolve_url(self.db_url))
        except (ArgumentError, ValueError):
            return  # not a URL at all: the command itself says so
        if path is not None and not path.exists():
            code = main(["--db", self.db_url, "db", "init"])
            out, err = self.capsys.readouterr()
            assert code == 0 and out.startswith("created a Newsdesk database"), err

    def __call__(
        self, *argv: str, user: str | None = None, ok: bool = True
    ) -> tuple[int, str, str]:
        self._init_missing_file()
        args = ["--db", self.db_url, *(["--as", user] if user else []), *argv]
        code = main(args)
        out, err = self.capsys.readouterr()
        if ok:
            assert code == 0, err
        return code, out, err

    def json(self, *argv: str, user: str | None = None) -> Any:
        return json.loads(self(*argv, "--json", user=user)[1])

    def fails(self, code: int, *argv: str, user: str | None = None) -> str:
        """Run a command that must fail with `code`, print nothing and one error line."""
        got, out, err = self(*argv, user=user, ok=False)
        assert (got, out, err.count("\n")) == (code, "", 1), err
        return err
