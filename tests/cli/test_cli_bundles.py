"""`export --submission` and `import BUNDLE`: reporter to desk on the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from clitools import Cli
from dbcontents import contents_at
from newsdesk.export.bundle_zip import verify_bundle


@pytest.fixture
def reporter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """The reporter's own SQLite file, with leila (an editor) and one draft of hers."""
    run = Cli(f"sqlite:///{tmp_path / 'reporter.db'}", capsys)
    run("user", "add", "leila", "--role", "editor", "--display-name", "Leila K.")
    run("user", "add", "omar", "--role", "editor")
    return run


@pytest.fixture
def desk(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    """The desk's database (SQLite or PostgreSQL), with a chief."""
    run = Cli(db_url, capsys)
    run("user", "add", "karim", "--role", "chief")
    return run


def new_article(cli: Cli, headline: str, user: str) -> str:
    return cli.json("article", "new", "--headline", headline, user=user)["id"]


def test_submission_round_trip_on_the_command_line(reporter, desk, tmp_path):
    mine = new_article(reporter, "خبر من المراسلة", "leila")
    new_article(reporter, "Un article d'Omar", "omar")
    reporter("ticker", "add", "عاجل: خبر من المراسلة", user="leila")
    out = tmp_path / "leila.zip"
    written = reporter.json("export", "--submission", "--out", str(out), user="leila")
    assert [a["id"] for a in written["articles"]] == [mine]  # only her own drafts
    manifest = verify_bundle(out)
    assert manifest["bundle"]["kind"] == "submission"
    assert manifest["bundle"]["submission"] == {"sender": "leila", "tickers": 1}
    listed = {f["path"] for f in manifest["files"]}
    assert f"articles/{mine}/newsdesk.json" in listed and "submission/tickers.json" in listed
    with zipfile.ZipFile(out) as bundle:
        assert set(bundle.namelist()) == listed | {"manifest.json"}

    summary = desk.json("import", str(out), user="karim")
    assert (summary["created"], summary["updated"], summary["skipped"]) == (1, 0, 0)
    assert (summary["conflicts"], summary["refused"]) == (0, 0)
    [entry] = summary["files"]
    assert entry["kind"] == "bundle" and entry["bundle"]["tickers_created"] == 1
    # The bundle's authors are claims: the desk files the work as karim's, and adds nobody.
    assert entry["bundle"]["people_created"] == []
    shown = desk.json("article", "show", mine)
    assert shown["status"] == "submitted" and shown["conflict"] is False
    assert shown["author"] == "karim"
    people = {p["name"]: p for p in desk.json("user", "list")}
    assert "leila" not in people and people["karim"]["imported"] is False
    *carried, imported = desk.json("article", "history", mine)
    assert [r["claimed"]["author"] for r in carried] == ["leila"]
    assert imported["claimed"]["sender"] == "leila" and imported["author"] == "karim"

    again = desk.json("import", str(out), user="karim")
    assert (again["created"], again["skipped"]) == (0, 1)

    desk("article", "edit", mine, "--headline", "عنوان المكتب", user="karim")
    reporter("article", "edit", mine, "--headline", "عنوان المراسلة الجديد", user="leila")
    second = tmp_path / "leila-2.ndbundle"
    reporter("export", "--submission", "--out", str(tmp_path / "leila-2.zip"), user="leila")
    (tmp_path / "leila-2.zip").rename(second)
    _, text, _ = desk("import", str(second), user="karim")
    assert "0 created, 0 skipped, 1 conflicts, 0 refused" in text
    assert f"  conflict\tarticle\t{mine}" in text
    shown = desk.json("article", "show", mine)
    assert shown["conflict"] is True and shown["headline"] == "عنوان المكتب"
    assert desk.json("article", "history", mine)[-1]["step"] == "conflict"
    [row] = [r for r in desk.json("article", "list", "--status", "submitted") if r["id"] == mine]
    assert row["conflict"] is True


def test_an_editor_sends_only_her_own_articles(reporter, tmp_path):
    his = new_article(reporter, "Un article d'Omar", "omar")
    out = tmp_path / "x.zip"
    err = reporter.fails(5, "export", "--submission", "--out", str(out), "--id", his, user="leila")
    assert "omar" in err
    assert not out.exists() and list(tmp_path.glob("*.zip")) == []
    # A chief or admin may send anyone's article.
    reporter("export", "--submission", "--out", str(out), "--id", his)
    assert verify_bundle(out)["articles"][0]["id"] == his


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--status", "approved"), "not --status"),
        (("--mark-published",), "cannot mark"),
    ],
)
def test_submission_options_that_do_not_fit(reporter, tmp_path, extra, message):
    new_article(reporter, "خبر", "leila")
    out = tmp_path / "x.zip"
    err = reporter.fails(7, "export", "--submission", "--out", str(out), *extra, user="leila")
    assert message in err and not out.exists()


def test_a_hostile_bundle_fails_with_one_line_and_changes_nothing(desk, tmp_path):
    bad = tmp_path / "evil.zip"
    with zipfile.ZipFile(bad, "w") as bundle:
        bundle.writestr("../../evil.sh", b"echo pwned")
    new_article(desk, "خبر على المكتب", "karim")
    before = contents_at(desk.db_url)
    files = sorted((p.name, p.stat().st_size) for p in tmp_path.iterdir() if p.suffix == ".zip")
    code, out, err = desk("import", str(bad), "--json", user="karim", ok=False)
    assert code == 7 and err.count("\n") == 1 and "'..' component" in err
    assert '"refused": 1' in out
    assert contents_at(desk.db_url) == before
    after = sorted((p.name, p.stat().st_size) for p in tmp_path.iterdir() if p.suffix == ".zip")
    assert after == files and not (tmp_path.parent / "evil.sh").exists()


def test_export_never_writes_over_a_file_that_is_not_a_bundle(reporter, tmp_path):
    new_article(reporter, "خبر من المراسلة", "leila")
    out = tmp_path / "report.zip"
    out.write_bytes(b"a reporter's own zip of photos")
    err = reporter.fails(7, "export", "--submission", "--out", str(out), user="leila")
    assert err.count("\n") == 1 and "not a Newsdesk bundle" in err
    assert out.read_bytes() == b"a reporter's own zip of photos"
    out.unlink()
    reporter("export", "--submission", "--out", str(out), user="leila")
    # An earlier bundle is replaced.
    reporter("export", "--submission", "--out", str(out), user="leila")
    assert verify_bundle(out)["bundle"]["kind"] == "submission"
