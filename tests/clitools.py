"""Running `newsdesk` in-process in tests."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsdesk.cli.main import main


class Cli:
    """Runs `newsdesk` in-process against one database and captures what it prints."""

    def __init__(self, db_url: str, capsys: pytest.CaptureFixture[str]):
        self.db_url = db_url
        self.capsys = capsys

    def __call__(
        self, *argv: str, user: str | None = None, ok: bool = True
    ) -> tuple[int, str, str]:
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
