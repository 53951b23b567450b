"""The command line as a newcomer uses it, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clitools import Cli
from newsdesk import __version__

BODY = (
    "أكد رئيس الحكومة عزيز أخنوش أن CNSS سجل أزيد من 641 ألف صانع تقليدي.\n\n"
    "وأوضح رئيس الحكومة، في افتتاح أشغال الدورة الثامنة، أن السجل الوطني يشكل مرجعية."
)
HEADLINE = "التأمين الإجباري عن المرض.. أخنوش يؤكد تسجيل 641 ألف صانع تقليدي في CNSS (صور)"


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    run = Cli(db_url, capsys)
    run("user", "add", "sara", "--role", "editor")
    run("user", "add", "karim", "--role", "chief")
    return run


def test_newcomer_flow(cli: Cli, tmp_path: Path) -> None:
    body_file = tmp_path / "body.txt"
    body_file.write_text(BODY + "\n", encoding="utf-8")
    created = cli.json(
        "article", "new", "--headline", HEADLINE, "--body-file", str(body_file), user="sara"
    )
    article_id = created["id"]
    assert created["status"] == "draft" and created["version"] == 1

    cli("article", "submit", article_id, user="sara")
    code, out, err = cli("article", "approve", article_id, user="sara", ok=False)
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and "editor" in err and "approve" in err
    cli("article", "approve", article_id, user="karim")

    shown = cli.json("article", "show", article_id)
    assert shown["headline"] == HEADLINE
    assert shown["body"] == BODY
    assert shown["status"] == "approved" and shown["language"] == "ar"
    assert [b["text"] for b in shown["blocks"]] == BODY.split("\n\n")

    cli("article", "edit", article_id, "--headline", HEADLINE.replace("يؤكد", "يعلن"), user="karim")
    history = cli.json("article", "history", article_id)
    assert [(h["step"], h["author"]) for h in history] == [
        ("created", "sara"),
        ("submit", "sara"),
        ("approve", "karim"),
        ("saved", "karim"),
    ]
    assert {"revision", "author", "at", "step", "note"} <= set(history[0])

    _, out, _ = cli("article", "diff", article_id, "1", "4")
    assert "[-يؤكد-]{+يعلن+}" in out

    listed = cli.json("article", "list", "--status", "approved")
    assert [row["id"] for row in listed] == [article_id]
    cli("db", "check")


def test_concurrent_edits_end_in_one_conflict_and_no_lost_text(cli: Cli) -> None:
    article_id = cli.json("article", "new", "--headline", "مسودة", user="sara")["id"]
    cli("article", "edit", article_id, "--headline", "الأولى", "--if-version", "1", user="sara")
    code, _, err = cli(
        "article",
        "edit",
        article_id,
        "--headline",
        "الثانية",
        "--if-version",
        "1",
        user="karim",
        ok=False,
    )
    assert code == 3 and "conflict" in err and "sara" in err
    history = cli.json("article", "history", article_id)
    assert history[-1]["step"] == "conflict" and history[-1]["author"] == "karim"
    kept = cli.json("article", "show", article_id, "--revision", str(history[-1]["revision"]))
    assert kept["headline"] == "الثانية"
    assert cli.json("article", "show", article_id)["headline"] == "الأولى"


@pytest.mark.parametrize(
    ("argv", "user", "expected"),
    [
        (("article", "list"), "nobody", "no user called 'nobody'"),
        (("article", "show", "ffffffff-0000-0000-0000-000000000000"), None, "no article"),
        (("article", "new", "--headline", "   "), "sara", "headline is empty"),
        (("user", "add", "omar", "--role", "editor"), "sara", "may not add users"),
        (("article", "return", "ffffffff", "--note", "x"), "karim", "no article"),
    ],
)
def test_bad_input_gives_one_line_and_changes_nothing(cli: Cli, argv, user, expected) -> None:
    before = cli.json("article", "list"), cli.json("user", "list")
    code, out, err = cli(*argv, user=user, ok=False)
    assert code != 0 and out == ""
    assert expected in err and err.count("\n") == 1
    assert (cli.json("article", "list"), cli.json("user", "list")) == before


def test_body_file_that_is_not_utf8_is_refused(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "cp1256.txt"
    bad.write_bytes("التأمين الإجباري".encode("cp1256"))
    code, _, err = cli(
        "article", "new", "--headline", "عنوان", "--body-file", str(bad), user="sara", ok=False
    )
    assert code != 0 and "not valid UTF-8" in err
    assert cli.json("article", "list") == []


def test_audit_log_lists_steps(cli: Cli) -> None:
    article_id = cli.json("article", "new", "--headline", "خبر", user="sara")["id"]
    cli("article", "submit", article_id, user="sara")
    cli("article", "return", article_id, "--note", "أضف المصدر", user="karim")
    _, out, _ = cli("audit", "--csv", user="karim")
    lines = out.strip().splitlines()
    assert lines[0].startswith("at,article_id,actor,step")
    assert lines[-1].endswith("return,submitted,returned,أضف المصدر")


def test_backup_of_postgres_is_refused_clearly(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("db", "backup", str(tmp_path / "copy.db"), ok=False)
    if cli.db_url.startswith("sqlite"):
        assert code == 0 and (tmp_path / "copy.db").is_file()
    else:
        assert code != 0 and "pg_dump" in err


def test_installed_entry_point_runs_and_fails_cleanly(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("newsdesk")
    env = {
        "PATH": str(exe.parent),
        "NEWSDESK_DATA_DIR": str(tmp_path),
        "NEWSDESK_CONFIG_DIR": str(tmp_path),
    }
    version = subprocess.run(
        [exe, "--version"], capture_output=True, text=True, env=env, check=True
    )
    assert version.stdout.startswith("newsdesk ")
    notdb = tmp_path / "garbage.db"
    notdb.write_text("garbage")
    result = subprocess.run(
        [exe, "--db", str(notdb), "article", "list"], capture_output=True, text=True, env=env
    )
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.startswith("newsdesk: error:") and result.stderr.count("\n") == 1
    assert notdb.read_text() == "garbage"


def test_review_flow_with_notes_leases_and_restore(cli: Cli) -> None:
    article_id = cli.json("article", "new", "--headline", "خبر أول", user="sara")["id"]
    cli("article", "submit", article_id, user="sara")
    assert cli.json("article", "claim", article_id, user="karim")["held_by"] == "karim"
    cli("user", "add", "omar", "--role", "chief")
    code, _, err = cli("article", "edit", article_id, "--headline", "عمر", user="omar", ok=False)
    assert code == 5 and "held by karim" in err
    cli("article", "note", article_id, "تحقق من الرقم", user="karim")
    cli("article", "return", article_id, "--note", "أضف المصدر", user="karim")
    notes = cli.json("article", "notes", article_id, user="sara")
    assert [n["text"] for n in notes] == ["تحقق من الرقم", "return: أضف المصدر"]
    cli("article", "edit", article_id, "--headline", "خبر معدل", user="sara")
    restored = cli.json("article", "restore-revision", article_id, "1", user="karim")
    assert restored["headline"] == "خبر أول"


def test_version_is_answered_without_loading_the_database_layer() -> None:
    probe = (
        "import sys; from newsdesk.cli.main import main; code = main(['--version']); "
        "print('loaded' if 'sqlalchemy' in sys.modules else 'light', code)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines() == [f"newsdesk {__version__}", "light 0"]


@pytest.mark.parametrize("option", ["--body-file", "--blocks-file"])
def test_text_larger_than_an_article_may_hold_is_refused(cli: Cli, tmp_path: Path, option) -> None:
    article_id = cli.json("article", "new", "--headline", "عنوان", user="sara")["id"]
    before = cli.json("article", "show", article_id)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:  # one line, one byte over the limit
        stream.write(b"a" * (5 * 1024 * 1024 + 1))
    for argv in (
        ("article", "new", "--headline", "عنوان", option, str(huge)),
        ("article", "edit", article_id, option, str(huge)),
    ):
        code, out, err = cli(*argv, user="sara", ok=False)
        assert (code, out) == (7, "") and err.count("\n") == 1
        assert "larger than 5 MB, the most one article may hold" in err
    assert cli.json("article", "list") == [before] or len(cli.json("article", "list")) == 1
    assert cli.json("article", "show", article_id) == before
