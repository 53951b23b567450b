"""The one-folder application: build.py builds it, self-checks it, and the result runs alone."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from newsdesk import __version__
from packtools import PACKAGING, files_under, isolated_env, run_isolated

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The application folder built by build.py (in temporary folders), and what it printed."""
    dist = tmp_path_factory.mktemp("pyinstaller-dist")
    work = tmp_path_factory.mktemp("pyinstaller-work")
    script = PACKAGING / "pyinstaller" / "build.py"
    result = subprocess.run(
        [sys.executable, str(script), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return dist / "newsdesk", result.stdout


@pytest.fixture
def appcheck(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """build.py's end-to-end check, imported from beside it."""
    monkeypatch.syspath_prepend(str(PACKAGING / "pyinstaller"))
    import appcheck

    return appcheck


def test_the_build_runs_the_self_check_of_both_programs(frozen: tuple[Path, str]) -> None:
    app, printed = frozen
    assert f"newsdesk {__version__}" in printed
    assert printed.count("ok   preview") == 2 and "FAIL" not in printed
    assert (app / "newsdesk").is_file() and (app / "newsdesk-gui").is_file()


@pytest.mark.skipif(
    sys.platform == "win32", reason="chunspell's Windows wheel has no separate library"
)
def test_the_build_carries_hunspells_library_where_the_speller_looks(
    frozen: tuple[Path, str],
) -> None:
    app, _ = frozen
    assert [path for path in app.rglob("libhunspell*") if path.parent.name == "hunspell"]


def test_the_build_does_real_work_with_the_built_program(frozen: tuple[Path, str]) -> None:
    _, printed = frozen
    lines = [line for line in printed.splitlines() if line.startswith("e2e  ")]
    steps = ["article", "export", "import", "spelling", "workers", "end-to-end"]
    assert [line.split()[1] for line in lines] == steps
    assert "submitted, claimed, approved" in lines[0]
    assert "checksums match" in lines[1] and "with the JPEG as it is and 2 images" in lines[1]
    assert "submission with its pictures" in lines[2]
    assert "nothing else flagged" in lines[3]
    assert "70 articles exported by worker processes" in lines[4]


def test_the_end_to_end_check_catches_a_bundle_that_does_not_hold_what_it_says(
    frozen: tuple[Path, str], appcheck: ModuleType, tmp_path: Path
) -> None:
    app, _ = frozen
    lines = appcheck.end_to_end(
        app / "newsdesk", Path(sys.executable), tmp_path / "work", isolated_env(tmp_path)
    )
    assert len(lines) == 6
    good = tmp_path / "work" / "approved.zip"
    media = tmp_path / "work" / "media"
    sources = (appcheck.PICTURE, appcheck.OTHER_PICTURE)
    pictures = {src: (media / src).read_bytes() for src in sources}
    jpeg = pictures[appcheck.PICTURE]
    with zipfile.ZipFile(good) as bundle:
        entries = {name: bundle.read(name) for name in bundle.namelist()}
    [article_id] = {name.split("/")[1] for name in entries if name.startswith("articles/")}
    pdf = f"articles/{article_id}/article.pdf"

    def bundle_with(data: bytes, listed: bool) -> Path:
        """The bundle with other bytes for the PDF, listed in the manifest or not."""
        manifest = json.loads(entries["manifest.json"])
        if listed:
            [record] = [r for r in manifest["files"] if r["path"] == pdf]
            record.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
        path = tmp_path / f"changed-{listed}.zip"
        with zipfile.ZipFile(path, "w") as bundle:
            for name, content in entries.items():
                changed = {pdf: data, "manifest.json": json.dumps(manifest).encode()}
                bundle.writestr(name, changed.get(name, content))
        return path

    assert "2 images" in appcheck.check_bundle(good, article_id, pictures)
    assert jpeg in entries[pdf]
    with pytest.raises(appcheck.CheckFailed, match=r"article\.pdf does not match its checksum"):
        appcheck.check_bundle(bundle_with(entries[pdf] + b"\n", False), article_id, pictures)
    # Checksums that match, but a PDF that no longer carries the JPEG's bytes...
    without = entries[pdf].replace(jpeg, jpeg[::-1])
    with pytest.raises(appcheck.CheckFailed, match="does not carry the JPEG's own bytes"):
        appcheck.check_bundle(bundle_with(without, True), article_id, pictures)
    # ... or that shows only one picture, as when Qt cannot decode the WebP.
    images = list(re.finditer(rb"/Subtype\s*/Image\b", entries[pdf]))
    assert len(images) == 2
    at = images[1].end() - 1
    one = entries[pdf][:at] + b"x" + entries[pdf][at + 1 :]  # /Subtype /Imagx: no image
    with pytest.raises(appcheck.CheckFailed, match=r"article\.pdf shows 1 of 2 pictures"):
        appcheck.check_bundle(bundle_with(one, True), article_id, pictures)


def test_the_end_to_end_check_stops_at_the_first_step_the_program_refuses(
    frozen: tuple[Path, str], appcheck: ModuleType, tmp_path: Path
) -> None:
    app, _ = frozen
    work = tmp_path / "work"
    work.mkdir()
    (work / "desk.db").write_bytes(b"not a database at all")
    with pytest.raises(appcheck.CheckFailed) as failed:
        appcheck.end_to_end(app / "newsdesk", Path(sys.executable), work, isolated_env(tmp_path))
    message = str(failed.value.code)
    assert message.startswith(
        "build: end-to-end check failed: reporter's database: db init: newsdesk:"
    )
    assert "is not a database file" in message
    assert (work / "desk.db").read_bytes() == b"not a database at all"
    assert not (work / "desk2.db").exists() and not list(work.glob("*.zip"))


def test_the_built_program_runs_on_a_new_default_database_and_leaves_only_it(
    frozen: tuple[Path, str], tmp_path: Path
) -> None:
    app, _ = frozen
    result = run_isolated(tmp_path, str(app / "newsdesk-gui"), "--self-check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert str(app) in result.stdout.splitlines()[0]  # its own files, not the source tree's
    assert files_under(tmp_path) == {"data/newsdesk.db"}


def test_the_built_program_fails_its_self_check_clearly_on_a_file_that_is_no_database(
    frozen: tuple[Path, str], tmp_path: Path
) -> None:
    app, _ = frozen
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"not a database at all")
    result = run_isolated(tmp_path, str(app / "newsdesk"), "gui", "--self-check", "--db", str(bad))
    assert result.returncode == 1
    assert "FAIL database" in result.stdout and "is not a database file" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsdesk:")]
    assert errors == [
        f"newsdesk: error: self-check failed: database: {bad} is not a database "
        "file; it was not changed"
    ]
    assert bad.read_bytes() == b"not a database at all"
    assert files_under(tmp_path) == {"notes.db"}
