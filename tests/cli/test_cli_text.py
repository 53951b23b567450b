"""search, lint and db reindex from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from datafiles import SEED
from newsdesk.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_finds_arabic_with_clitics_and_diacritics(db_url: str, capsys) -> None:
    headline = "التأمين الإجباري عن المَرض"
    run(capsys, "--db", db_url, "--create", "article", "new", "--headline", headline)
    code, out, _ = run(capsys, "--db", db_url, "search", "مرض", "--json")
    [hit] = json.loads(out)
    assert code == 0 and set(hit) >= {"id", "score", "snippet"}
    assert "**المَرض**" in hit["snippet"]
    assert run(capsys, "--db", db_url, "db", "reindex")[0] == 0
    assert len(json.loads(run(capsys, "--db", db_url, "search", "الاجباري", "--json")[1])) == 1


def test_lint_reports_glued_digits_as_json(tmp_path: Path, capsys) -> None:
    text = tmp_path / "copy.txt"
    text.write_text("بلغ عدد المسجلين ما مجموعه389 ألف صانع.", encoding="utf-8")
    code, out, _ = run(capsys, "lint", str(text), "--json")
    findings = json.loads(out)
    assert code == 0
    assert [(f["rule"], text.read_text()[f["start"] : f["end"]]) for f in findings] == [
        ("spacing.arabic-digit", "مجموعه389")
    ]
    assert set(findings[0]) == {"rule", "severity", "start", "end", "message", "replacement"}
    code, out, _ = run(capsys, "lint", str(text), "--fix")
    assert out == "بلغ عدد المسجلين ما مجموعه 389 ألف صانع."


def test_lint_of_the_seed_page_flags_only_the_glued_number(capsys) -> None:
    code, out, _ = run(capsys, "lint", str(SEED), "--json")
    assert code == 0
    assert [f["rule"] for f in json.loads(out)] == ["spacing.arabic-digit"]


def test_lint_refuses_a_file_that_is_not_utf8(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("نص".encode("cp1256"))
    code, out, err = run(capsys, "lint", str(bad))
    assert code != 0 and out == "" and "not valid UTF-8" in err
