"""The forged bundles of the newsroom review, imported by the installed command in its own process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clitools import Cli
from dbcontents import contents_at
from services.forgeries import added_rows, aimed_at, approved_and_published, claiming_author


def newsdesk(url: str, user: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`newsdesk --db URL --as USER ARGS...` in a process of its own."""
    program = Path(sys.executable).with_name("newsdesk")
    command = [str(program), "--db", url, "--as", user, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def newsdesk_json(url: str, user: str, *args: str) -> Any:
    done = newsdesk(url, user, *args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str, str]:
    """Sara's real submission of two drafts, written by `export --submission` on her own desk."""
    reporter = Cli(f"sqlite:///{tmp_path / 'sara.db'}", capsys)
    reporter("user", "add", "sara", "--role", "editor")
    first = reporter.json("article", "new", "--headline", "خبر سارة", user="sara")["id"]
    second = reporter.json("article", "new", "--headline", "Brève de Sara", user="sara")["id"]
    out = tmp_path / "sara.zip"
    reporter("export", "--submission", "--out", str(out), user="sara")
    return out, first, second


@pytest.fixture
def desk(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    """The newsroom's database with sara (editor) and the chiefs karim and nadia."""
    run = Cli(db_url, capsys)
    run("user", "add", "sara", "--role", "editor")
    run("user", "add", "karim", "--role", "chief")
    run("user", "add", "nadia", "--role", "chief")
    return run


def test_forged_approve_and_publish_arrive_as_claims(desk, bundle, tmp_path):
    source, first, _second = bundle
    forged = approved_and_published(source, tmp_path / "forged.zip")
    before = contents_at(desk.db_url)
    summary = newsdesk_json(desk.db_url, "sara", "import", str(forged))
    assert (summary["created"], summary["refused"]) == (2, 0)

    shown = newsdesk_json(desk.db_url, "sara", "article", "show", first)
    assert (shown["status"], shown["author"], shown["published_at"]) == ("submitted", "sara", None)
    history = newsdesk_json(desk.db_url, "sara", "article", "history", first)
    assert {r["step"] for r in history} == {"carried", "import"}
    assert {r["author"] for r in history} == {"sara"}
    assert {r["at"] for r in history} == {shown["created_at"]}
    claims = [r["claimed"] for r in history if r["claimed"]["author"] == "karim"]
    assert claims[:2] == [
        {"sender": "sara", "author": "karim", "at": "2026-01-01T10:00:00+00:00", "step": "approve"},
        {"sender": "sara", "author": "karim", "at": "2026-01-01T10:05:00+00:00", "step": "publish"},
    ]
    text = newsdesk(desk.db_url, "sara", "article", "history", first).stdout
    [line] = [line for line in text.splitlines() if "(approve)" in line]
    assert line.split("\t")[3:7] == [
        "sara",
        "carried",
        "submitted",
        "claimed in sara's bundle: 2026-01-01 10:00 by karim (approve)",
    ]

    audit = [a for a in newsdesk_json(desk.db_url, "karim", "audit") if a["article_id"] == first]
    assert [(a["step"], a["actor"], a["from_status"], a["to_status"]) for a in audit] == [
        ("import", "sara", "", "submitted")
    ]
    added = added_rows(before, contents_at(desk.db_url))
    assert (len(added["articles"]), len(added["audit_log"]), added["users"]) == (2, 2, [])
    # Columns in table order: id, article_id, revision, version, author, at, step, ...
    steps = {row[6] for row in added["revisions"]}
    assert steps == {"'carried'", "'import'"} and {row[4] for row in added["revisions"]} == {
        "'sara'"
    }


def test_a_bundle_aimed_at_a_chiefs_published_article_exits_5_and_changes_nothing(
    desk, bundle, tmp_path
):
    source, _first, second = bundle
    target = desk.json("article", "new", "--headline", "افتتاحية رئيس التحرير", user="karim")["id"]
    for step in ("submit", "approve", "publish"):
        desk("article", step, target, user="karim")
    forged = aimed_at(source, tmp_path / "aimed.zip", second, target, "karim")
    before = contents_at(desk.db_url)
    done = newsdesk(desk.db_url, "karim", "import", str(forged))
    assert done.returncode == 5, done.stderr
    assert done.stderr == (
        f'newsdesk: error: aimed.zip: article {target} "افتتاحية رئيس التحرير" was written here, '
        "not from sara; a bundle may only change articles that came from its sender "
        "(nothing was imported)\n"
    )
    assert contents_at(desk.db_url) == before


def test_a_chief_importing_a_bundle_claiming_another_chief_files_it_as_his(desk, bundle, tmp_path):
    source, first, second = bundle
    forged = claiming_author(source, tmp_path / "nadia.zip", "nadia")
    people = newsdesk_json(desk.db_url, "karim", "user", "list")
    before = contents_at(desk.db_url)
    summary = newsdesk_json(desk.db_url, "karim", "import", str(forged))
    assert summary["created"] == 2 and summary["files"][0]["bundle"]["sender"] == "nadia"
    for article_id in (first, second):
        assert (
            newsdesk_json(desk.db_url, "karim", "article", "show", article_id)["author"] == "karim"
        )
    text = newsdesk(desk.db_url, "karim", "article", "history", first).stdout
    header, created, imported = text.splitlines()
    assert header.split("\t")[3:7] == ["author", "step", "status", "claimed"]
    assert created.split("\t")[3] == "karim"
    assert "claimed in nadia's bundle: " in created and created.split("\t")[6].endswith(
        " by nadia (created)"
    )
    assert imported.split("\t")[3:5] == ["karim", "import"]
    assert newsdesk_json(desk.db_url, "karim", "user", "list") == people
    assert newsdesk_json(desk.db_url, "karim", "article", "list", "--author", "nadia") == []
    added = added_rows(before, contents_at(desk.db_url))
    assert (len(added["articles"]), added["users"]) == (2, [])
