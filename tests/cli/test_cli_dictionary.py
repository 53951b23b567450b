"""`newsdesk dictionary`: the newsroom's words on a SQLite file, and one's own with --personal."""

from __future__ import annotations

from pathlib import Path

import pytest

from clitools import Cli
from newsdesk.services.users import add_person, ensure_first_admin
from newsdesk.storage.opening import open_database
from support import ADMIN


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    db = open_database(url)
    ensure_first_admin(db, ADMIN.name)
    add_person(db, ADMIN, "sara", "editor")
    add_person(db, ADMIN, "karim", "chief")
    db.close()
    return Cli(url, capsys)


def test_add_list_remove_export_import(cli: Cli, tmp_path: Path) -> None:
    assert cli.json("dictionary", "add", "أخنوش", "CNSS", "--lang", "ar", user="sara") == {
        "added": ["أخنوش", "CNSS"],
        "unchanged": [],
    }
    _, out, _ = cli("dictionary", "add", "cnss", "الرباط", user="sara")
    assert out == "added 1: الرباط\nalready there 1: cnss\n"
    listed = cli.json("dictionary", "list", user="sara")
    assert [(w["word"], w["language"], w["added_by"]) for w in listed] == [
        ("CNSS", "ar", "sara"),
        ("أخنوش", "ar", "sara"),
        ("الرباط", None, "sara"),
    ]
    err = cli.fails(5, "dictionary", "remove", "الرباط", user="sara")
    assert (
        err
        == "newsdesk: error: the editor role may not remove words from the newsroom dictionary\n"
    )
    assert cli.json("dictionary", "remove", "الرباط", "غائب", user="karim") == {
        "removed": ["الرباط"],
        "unchanged": ["غائب"],
    }
    out_file = tmp_path / "words.txt"
    cli("dictionary", "export", "--out", str(out_file), user="sara")
    assert out_file.read_text(encoding="utf-8") == "CNSS\nأخنوش\n"
    _, printed, _ = cli("dictionary", "export", user="sara")
    assert printed == "CNSS\nأخنوش\n"
    listing = tmp_path / "list.txt"
    listing.write_text("# names\nالرباط\nأخنوش\n", encoding="utf-8")
    assert cli.json("dictionary", "import", str(listing), user="sara")["added"] == ["الرباط"]


def test_a_hostile_list_is_refused_in_one_line_and_changes_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    cli("dictionary", "add", "أخنوش", user="sara")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("الرباط\nسلا\n".encode() + b"\xff\n")
    err = cli.fails(7, "dictionary", "import", str(bad), user="sara")
    assert err == "newsdesk: error: the word list is not UTF-8 (line 3)\n"
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"word\n" * 1_000_000)
    assert "at most" in cli.fails(7, "dictionary", "import", str(huge), user="sara")
    assert "one word at a time" in cli.fails(7, "dictionary", "add", "two words", user="sara")
    _, printed, _ = cli("dictionary", "export", user="sara")
    assert printed == "أخنوش\n"


def test_the_personal_list_needs_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(str(tmp_path / "never-made.db"), capsys)
    cli._init_missing_file = lambda: None  # type: ignore[method-assign]
    assert cli.json("dictionary", "add", "--personal", "زنيبر", "Zniber")["added"] == [
        "زنيبر",
        "Zniber",
    ]
    cli("dictionary", "remove", "--personal", "ZNIBER")
    _, out, _ = cli("dictionary", "list", "--personal")
    assert out == "زنيبر\n"
    assert not (tmp_path / "never-made.db").exists()


def test_spell_accepts_the_newsroom_and_personal_words(cli: Cli, tmp_path: Path) -> None:
    text = tmp_path / "copy.txt"
    text.write_text("قال المسؤول زنيبرو إن لجنة كسكروط ستجتمع", encoding="utf-8")
    flagged = {f["message"].split("'")[1] for f in cli.json("spell", str(text), user="sara")}
    assert {"زنيبرو", "كسكروط"} <= flagged
    cli("dictionary", "add", "زنيبرو", user="sara")
    cli("dictionary", "add", "--personal", "كسكروط", user="karim")
    assert {"زنيبرو", "كسكروط"} & {
        f["message"].split("'")[1] for f in cli.json("spell", str(text), user="karim")
    } == set()
