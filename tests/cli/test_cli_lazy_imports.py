"""`article list`, `article show` and `search` start without Qt, Hunspell, the ORM or exports,
and on PostgreSQL without SQLAlchemy at all (they read through psycopg alone).

Each command runs in a fresh interpreter on a real SQLite file and on the real PostgreSQL server,
then lists the modules it loaded; the command line's speed on a large archive depends on what is
not among them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PG_URL, _reset_postgres

# Nothing these three commands need: the desktop, spelling, house style, formats, the ORM.
NOT_LOADED = (
    "PySide6",
    "chunspell",
    "lxml",
    "jinja2",
    "alembic",
    "sqlalchemy.orm",
    "newsdesk.storage.models",
    "newsdesk.storage.repositories",
    "newsdesk.services.articles",
    "newsdesk.export",
    "newsdesk.importers",
    "newsdesk.render",
    "newsdesk.gui",
    "newsdesk.text.spelling",
    "newsdesk.text.lint.checker",
)
# On PostgreSQL not even SQLAlchemy's core or its dialects: importing them cost more than psycopg.
NOT_LOADED_ON_POSTGRESQL = (*NOT_LOADED, "sqlalchemy")
RUN = """
import json, sys
from newsdesk.cli.main import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def desk(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, str], str, str]:
    """A personal desk with one Arabic article; the environment to run commands in."""
    home = tmp_path_factory.mktemp("lazy")
    env = {
        **os.environ,
        "NEWSDESK_DATA_DIR": str(home / "data"),
        "NEWSDESK_CONFIG_DIR": str(home / "config"),
    }
    if request.param == "sqlite":
        url = str(home / "desk.db")
    else:
        _reset_postgres()  # this run's own schema, emptied
        url = PG_URL
    created = _newsdesk(env, "--db", url, "--create", "--json", "article", "new",
                        "--headline", "الجفاف في الرباط")  # fmt: skip
    return env, url, json.loads(created)["id"]


def _newsdesk(env: dict[str, str], *argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "newsdesk.cli.main", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def _loaded(env: dict[str, str], tmp_path: Path, *argv: str) -> tuple[list[str], str]:
    """The modules a command loaded, and what it printed."""
    report = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(report), *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(report.read_text())
    assert found["code"] == 0
    return list(found["modules"]), done.stdout


@pytest.mark.parametrize(
    "argv",
    [("article", "list"), ("article", "show", "{prefix}"), ("search", "الرباط")],
    ids=["article-list", "article-show", "search"],
)
def test_reading_commands_load_only_what_they_need(desk, tmp_path, argv) -> None:
    env, url, article_id = desk
    given = [word.replace("{prefix}", article_id[:8]) for word in argv]
    loaded, printed = _loaded(env, tmp_path, "--db", url, *given)
    postgres = "://" in url
    names = NOT_LOADED_ON_POSTGRESQL if postgres else NOT_LOADED
    unwanted = [m for m in loaded if any(m == n or m.startswith(n + ".") for n in names)]
    assert unwanted == []
    # The check itself would pass on a command that did nothing: it read and printed the article.
    assert ("psycopg" if postgres else "sqlalchemy") in loaded
    assert "الجفاف في الرباط" in printed
