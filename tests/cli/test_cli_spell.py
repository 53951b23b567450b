"""`newsdesk spell` from the command line: lint's keys plus the suggestions."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from datafiles import SEED
from newsdesk.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_spell_reports_misspellings_as_json_with_suggestions(tmp_path: Path, capsys) -> None:
    text = tmp_path / "copy.txt"
    body = "أكد رئيس الحكومه عزيز أخنوش تسجيل 641 ألف صانع في CNSS\nLe gouvernment a annoncé"
    text.write_text(body, encoding="utf-8")
    code, out, _ = run(capsys, "spell", str(text), "--json")
    findings = json.loads(out)
    assert code == 0
    assert [(f["rule"], body[f["start"] : f["end"]]) for f in findings] == [
        ("spelling", "الحكومه"),
        ("spelling", "gouvernment"),
    ]
    assert set(findings[0]) >= {"rule", "severity", "start", "end", "message", "replacement"}
    assert findings[0]["replacement"] == findings[0]["suggestions"][0] == "الحكومة"
    assert "gouvernement" in findings[1]["suggestions"][:3]


def test_spell_reads_standard_input_in_the_language_asked(capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"The goverment met")))
    code, out, _ = run(capsys, "spell", "-", "--lang", "en")
    assert code == 0
    assert out.startswith("1:5: warning [spelling] 'goverment'") and "government" in out


def test_spell_of_the_seed_page_flags_nothing(capsys) -> None:
    code, out, _ = run(capsys, "spell", str(SEED), "--json")
    assert (code, json.loads(out)) == (0, [])


def test_spell_refuses_a_file_that_is_not_utf8(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    code, out, err = run(capsys, "spell", str(bad))
    assert code != 0 and out == "" and "UTF-8" in err


def test_other_commands_never_load_the_dictionaries(tmp_path: Path) -> None:
    text = tmp_path / "copy.txt"
    text.write_text("نص قصير", encoding="utf-8")
    probe = (
        "import sys; from newsdesk.cli.main import main; "
        f"code = main(['lint', {str(text)!r}]); "
        "print('loaded' if 'hunspell' in sys.modules else 'light', code)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines()[-1] == "light 0"


def test_spell_names_the_word_meant_for_a_real_word_slip(capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("المهمة مهمه جدا".encode())))
    code, out, _ = run(capsys, "spell", "-", "--json")
    [finding] = json.loads(out)
    assert code == 0 and finding["rule"] == "spelling"
    assert finding["replacement"] == finding["suggestions"][0] == "مهمة"
    assert "مهمة" in finding["message"] and "did you mean" in finding["message"]
