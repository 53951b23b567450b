"""The import service and `newsdesk import`: drafts with revisions, all or nothing per file."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from datafiles import LO_DOCX, LO_ODT, LO_PICTURES_DOCX, LO_PICTURES_ODT, SEED
from dbcontents import contents
from importers.importsupport import (
    ARABIC_HEADLINE,
    ARABIC_PARAGRAPH,
    SEED_HEADLINE,
)
from newsdesk.cli.main import main
from newsdesk.domain.article import ArticleContent, Status
from newsdesk.errors import InvalidInputError
from newsdesk.services.articles import ArticleService
from newsdesk.services.importing import CREATED, REFUSED, SKIPPED, ImportService
from newsdesk.services.tickers import TickerService
from newsdesk.text.lint.checker import lint_text
from support import SARA


def test_seed_becomes_a_breaking_draft_with_five_ticker_items(db):
    outcome = ImportService(db, SARA).import_file(SEED)
    assert outcome.status == CREATED, outcome.reason
    article = ArticleService(db, SARA).get(outcome.id)
    content = article.content
    assert article.status == Status.DRAFT and article.author == "sara"
    assert content.headline == SEED_HEADLINE
    assert content.breaking is True
    assert content.language == "ar"
    assert len(content.body.blocks) == 6
    casablanca = datetime(2024, 2, 28, 12, 30, tzinfo=ZoneInfo("Africa/Casablanca"))
    assert article.created_at == casablanca
    assert outcome.dated_at == casablanca
    assert any(f.rule == "spacing.arabic-digit" and f.text == "مجموعه389" for f in outcome.findings)
    assert any(
        f.rule == "spacing.arabic-digit"
        for f in lint_text(content.body.plain_text(), content.language)
    )
    [revision] = ArticleService(db, SARA).history(outcome.id)
    assert revision.step == "import"
    assert "000_4dc063f10d3aa90e.txt" in revision.note and "capture" in revision.note
    items = TickerService(db, SARA).list_items("site")
    assert len(items) == 5 == len(outcome.tickers)
    assert [i.id for i in items] == list(outcome.tickers)  # the page's order on air
    assert items[0].text.startswith("لتطوير قطاع صناعة السيارات")
    assert all(i.status.value == "draft" and i.article_id == outcome.id for i in items)
    assert all(i.breaking and i.language == "ar" for i in items)


def test_same_file_twice_is_skipped(db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"{ARABIC_HEADLINE}\n\n{ARABIC_PARAGRAPH}\n", encoding="utf-8")
    service = ImportService(db, SARA)
    first = service.import_file(path)
    before = contents(db)
    second = service.import_file(path)
    assert first.status == CREATED and second.status == SKIPPED
    assert first.id in second.reason
    assert contents(db) == before


def test_summary_counts_created_skipped_refused(db, tmp_path):
    good = tmp_path / "good.md"
    good.write_text(f"# {ARABIC_HEADLINE}\n\n{ARABIC_PARAGRAPH}\n", encoding="utf-8")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    seen: list[tuple[int, int]] = []
    summary = ImportService(db, SARA).import_files(
        [good, junk, good, tmp_path / "missing.txt", tmp_path / "bundle.zip"],
        progress=lambda done, total, _name: seen.append((done, total)),
    )
    assert [o.status for o in summary.outcomes] == [CREATED, REFUSED, SKIPPED, REFUSED, REFUSED]
    assert "not a text file" in summary.outcomes[1].reason
    assert "cannot read bundle.zip" in summary.outcomes[4].reason
    data = summary.to_dict()
    assert (data["created"], data["skipped"], data["refused"]) == (1, 1, 3)
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)


def test_a_failure_part_way_leaves_nothing_behind(db, monkeypatch):
    # Work already there, which the import would move down the running order, must stay as it was.
    ArticleService(db, SARA).create(ArticleContent(headline=ARABIC_HEADLINE))
    TickerService(db, SARA).add("عاجل: خبر سابق على الشريط")
    before = contents(db)
    calls = {"n": 0}
    real_add = TickerService.add

    def failing_add(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise InvalidInputError("the ticker text is too long")
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(TickerService, "add", failing_add)
    outcome = ImportService(db, SARA).import_file(SEED)
    assert outcome.status == REFUSED and "too long" in outcome.reason
    assert contents(db) == before


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("junk.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 64, "not a text file"),
        ("nul.md", "عنوان\n\x00\x00".encode(), "not a text file"),
        ("cut.txt", b"\xff\xfe" + "عنوان الخبر".encode("utf-16-le")[:-1], "UTF-16"),
        ("cut.docx", b"PK\x03\x04\x14\x00\x00\x00", "not a Word document"),
        ("cut.odt", b"PK\x03\x04\x14\x00\x00\x00", "not an OpenDocument text"),
        ("blank.html", b"<html><body>   </body></html>", "no text"),
        ("old.doc", b"\xd0\xcf\x11\xe0", ".doc"),
    ],
)
def test_hostile_files_are_refused_and_change_nothing(db, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    before = contents(db)
    listing = sorted(tmp_path.iterdir())
    outcome = ImportService(db, SARA).import_file(path)
    assert outcome.status == REFUSED
    assert message in outcome.reason
    assert contents(db) == before
    assert sorted(tmp_path.iterdir()) == listing and path.read_bytes() == data


def test_200_megabyte_text_file_is_refused_before_reading(db, tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: no disk space is used
        stream.truncate(200 * 1024 * 1024)
    opened: list[Path] = []
    real_open = Path.open
    monkeypatch.setattr(
        Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k)
    )
    before = contents(db)
    outcome = ImportService(db, SARA).import_file(path)
    assert outcome.status == REFUSED and "too large" in outcome.reason
    assert "200.0 MB" in outcome.reason
    assert path not in opened
    assert contents(db) == before


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_json(db_url, tmp_path, capsys):
    path = tmp_path / "copy.txt"
    path.write_bytes(f"{ARABIC_HEADLINE}\n\n{ARABIC_PARAGRAPH}\n".encode("cp1256"))
    code, out, err = run(capsys, "--db", db_url, "--create", "import", str(path), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["created"], data["skipped"], data["refused"], data["conflicts"]) == (1, 0, 0, 0)
    [entry] = data["files"]
    assert entry["status"] == "created" and entry["headline"] == ARABIC_HEADLINE
    assert entry["encoding"] == "Windows-1256" and entry["language"] == "ar"
    code, out, _ = run(capsys, "--db", db_url, "article", "show", entry["id"], "--json")
    assert json.loads(out)["status"] == "draft"


def test_cli_refusal_exits_non_zero_with_one_line(db_url, tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(f"{ARABIC_HEADLINE}\n\n{ARABIC_PARAGRAPH}\n", encoding="utf-8")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02" * 100)
    code, out, err = run(capsys, "--db", db_url, "--create", "import", str(good), str(junk))
    assert code == 7
    assert err.count("\n") == 1 and "not a text file" in err
    assert "1 created, 0 skipped, 1 refused" in out


def test_cli_seed_text_output(db_url, capsys):
    code, out, err = run(capsys, "--db", db_url, "--create", "import", str(SEED))
    assert code == 0, err
    assert "created" in out and "5 ticker items" in out


@pytest.mark.parametrize("path", [LO_DOCX, LO_ODT], ids=["docx", "odt"])
def test_cli_imports_libreoffice_documents_with_phrases_whole(db_url, capsys, path):
    code, out, err = run(capsys, "--db", db_url, "--create", "import", str(path), "--json")
    assert code == 0, err
    [entry] = json.loads(out)["files"]
    assert entry["status"] == "created" and entry["language"] == "ar"
    code, out, _ = run(capsys, "--db", db_url, "article", "show", entry["id"], "--json")
    first = json.loads(out)["blocks"][0]
    bold = [first["text"][m["start"] : m["end"]] for m in first["marks"] if m["kind"] == "bold"]
    assert bold == ["45 ألف"] and first["direction"] == "rtl"


@pytest.mark.parametrize("path", [LO_PICTURES_DOCX, LO_PICTURES_ODT], ids=["docx", "odt"])
def test_what_an_import_leaves_out_is_in_its_summary(db_url, capsys, path):
    code, out, err = run(capsys, "--db", db_url, "--create", "import", str(path), "--json")
    assert code == 0, err
    [entry] = json.loads(out)["files"]
    assert entry["dropped"] == {"note": 1, "comment": 1}
    code, out, _ = run(capsys, "--db", db_url, "article", "history", entry["id"], "--json")
    [revision] = json.loads(out)
    assert "left out: 1 note, 1 comment" in revision["note"]
    path_copy = Path(str(path))
    code, out, _ = run(capsys, "--db", db_url, "--create", "import", str(LO_DOCX))
    assert code == 0 and "left out" not in out
    assert path_copy.is_file()


def test_cli_text_output_names_what_was_left_out(db_url, capsys):
    code, out, err = run(capsys, "--db", db_url, "--create", "import", str(LO_PICTURES_ODT))
    assert code == 0, err
    assert out.splitlines()[0].endswith("left out: 1 note, 1 comment")
