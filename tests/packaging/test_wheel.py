"""The wheel and the sdist: built once, installed into a fresh virtual environment, run there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from newsdesk import __version__
from newsdesk.appinfo import APP_ID, ICON_SIZES
from packtools import ROOT, files_under, isolated_env

pytestmark = pytest.mark.packaging
SOURCE = ROOT / "src" / "newsdesk"
CHECKS = [
    "translations",
    "app-icon",
    "migrations",
    "database",
    "audit-chain",
    "window",
    "fonts",
    "action-icons",
    "article",
    "editor",
    "preview",
]


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel built from it by `python -m build`, once per test session."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return out


@pytest.fixture(scope="session")
def wheel(dist: Path) -> Path:
    """The built wheel."""
    (found,) = dist.glob(f"newsdesk-{__version__}-*.whl")
    return found


@pytest.fixture(scope="session")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed (pip's cache keeps it quick)."""
    folder = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, timeout=300)
    python = folder / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
        timeout=900,
        env=env,
    )
    return folder


def _run(venv: Path, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(venv / "bin" / argv[0]), *argv[1:]],
        cwd=cwd,
        env=isolated_env(cwd),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _shipped(folder: Path, pattern: str) -> set[str]:
    """Files of the source package under `folder`, named as they are inside the wheel."""
    return {
        "newsdesk/" + path.relative_to(SOURCE).as_posix()
        for path in folder.glob(pattern)
        if "__pycache__" not in path.parts
    }


def test_the_wheel_carries_everything_needed_at_run_time(wheel: Path) -> None:
    names = _wheel_names(wheel)
    translations = {
        f"newsdesk/assets/translations/{ts.stem}.qm"
        for ts in (ROOT / "resources" / "translations").glob("*.ts")
    }
    migrations = SOURCE / "storage" / "migrations"
    icons = {f"newsdesk/assets/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES}
    icons.add(f"newsdesk/assets/icons/hicolor/scalable/apps/{APP_ID}.svg")
    wanted = {
        "compiled translations": translations,
        "migrations": _shipped(migrations, "*.py")
        | _shipped(migrations, "*.mako")
        | _shipped(migrations / "versions", "*.py"),
        "templates and stylesheets": _shipped(SOURCE / "render" / "templates", "*"),
        "icons": icons,
        "JSON schemas": _shipped(SOURCE, "**/*.json"),
        "dictionaries and their licences": _shipped(SOURCE / "assets" / "dictionaries", "**/*.*")
        | _shipped(SOURCE / "assets" / "dictionaries", "*/COPYRIGHT*"),
    }
    assert len(translations) >= 2 and wanted["JSON schemas"]
    dictionaries = {name.rsplit("/", 1)[-1] for name in wanted["dictionaries and their licences"]}
    assert {"ar.dic", "ar.aff", "fr.dic", "en_US.dic", "newsroom-starter.txt"} <= dictionaries
    for what, files in wanted.items():
        assert files <= names, f"{what} missing from the wheel: {sorted(files - names)}"


def test_the_wheel_declares_both_programs(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
        text = archive.read(entry_points).decode()
    assert "newsdesk = newsdesk.cli.main:main" in text
    assert "[gui_scripts]\nnewsdesk-gui = newsdesk.cli.main:gui_entry" in text


def test_the_sdist_has_the_sources_of_the_built_files_and_not_the_built_files(dist: Path) -> None:
    (sdist,) = dist.glob(f"newsdesk-{__version__}.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "setup.py",
        "resources/translations/newsdesk_ar.ts",
        "resources/translations/newsdesk_fr.ts",
        "resources/icons/newsdesk.svg",
        "packaging/linux/make_icons.py",
        f"packaging/linux/{APP_ID}.desktop",
    ):
        assert needed in names
    assert not [n for n in names if n.endswith((".qm", ".png"))]


def test_the_installed_program_reports_its_version(venv: Path, tmp_path: Path) -> None:
    result = _run(venv, "newsdesk", "--version", cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"newsdesk {__version__}")


def test_the_installed_program_checks_a_new_database(venv: Path, tmp_path: Path) -> None:
    database = tmp_path / "new.db"
    created = _run(venv, "newsdesk", "--db", str(database), "db", "init", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    result = _run(venv, "newsdesk", "--db", str(database), "db", "check", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no problems" in result.stdout and database.is_file()


def test_the_installed_gui_passes_its_self_check_on_a_new_database(
    venv: Path, tmp_path: Path
) -> None:
    result = _run(venv, "newsdesk", "gui", "--self-check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [["ok", name] for name in CHECKS]
    # The package found its files in the environment it was installed into, not in src/.
    assert str(venv) in lines[0] and "created" in lines[CHECKS.index("article")]
    assert files_under(tmp_path) == {"data/newsdesk.db"}


def test_the_installed_gui_program_passes_its_self_check(venv: Path, tmp_path: Path) -> None:
    database = tmp_path / "desk.db"
    result = _run(
        venv, "newsdesk-gui", "--self-check", "--create", "--db", str(database), cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(result.stdout.splitlines()) == len(CHECKS)
    assert files_under(tmp_path) == {"desk.db"}


def test_the_installed_program_checks_arabic_with_its_own_dictionaries(
    venv: Path, tmp_path: Path
) -> None:
    text = tmp_path / "copy.txt"
    text.write_text("قال رئيس الحكومه عزيز أخنوش إن 641 ألف صانع سجلوا في CNSS", encoding="utf-8")
    result = _run(venv, "newsdesk", "spell", str(text), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [finding] = json.loads(result.stdout)
    assert (finding["start"], finding["end"], finding["replacement"]) == (9, 16, "الحكومة")
    # The dictionaries are the package's own, inside the environment, not the system's.
    where = _run(
        venv,
        "python",
        "-c",
        "from newsdesk.text.spelling.speller import dictionaries_dir; print(dictionaries_dir())",
        cwd=tmp_path,
    )
    assert where.stdout.strip().startswith(str(venv)), where.stdout + where.stderr
