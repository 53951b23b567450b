"""Build Newsdesk as a one-folder application with PyInstaller, then self-check the result.

Usage: python packaging/pyinstaller/build.py [--dist DIR] [--work DIR]

Makes (or reuses) a virtual environment in the work folder (build/pyinstaller), builds the
wheel there with `python -m build` (from the sdist, so nothing is built inside the source tree),
installs it with its `packaging` extra (PyInstaller) and `postgres` extra, builds
DIST/newsdesk from newsdesk.spec, then runs the built programs offscreen on temporary databases: `--version`,
`db check` and `gui --self-check`, and real work end to end through the built `newsdesk` (see appcheck.py:
an Arabic article with pictures approved and exported as PDF and HTML, a .docx and a submission bundle
imported into a second database, Arabic copy spell-checked with the bundled dictionaries). Any failure
stops the build with a non-zero exit.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from appcheck import end_to_end

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "newsdesk.spec"
EXE = ".exe" if os.name == "nt" else ""
PIP = ["-m", "pip", "install", "-q", "--disable-pip-version-check"]


def run(*command: object, env: dict[str, str] | None = None) -> None:
    """Run a command, echoing it; stop the build when it fails."""
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, env=env)


def venv_python(work: Path) -> Path:
    """The build environment's Python (it has the wheel and its dependencies)."""
    return work / "venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def build(dist: Path, work: Path) -> Path:
    """Install the build environment and run PyInstaller; return the application folder."""
    venv = work / "venv"
    python = venv_python(work)
    if not python.exists():
        run(sys.executable, "-m", "venv", venv)
    run(python, *PIP, "build>=1.2")
    wheels = work / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    run(python, "-m", "build", "--outdir", wheels, ROOT)
    (wheel,) = wheels.glob("newsdesk-*.whl")
    run(python, *PIP, f"{wheel}[packaging,postgres]")
    # Always this wheel, even when the version number has not changed since the last build.
    run(python, *PIP, "--no-deps", "--force-reinstall", wheel)
    run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        dist,
        "--workpath",
        work / "work",
        SPEC,
    )
    return dist / "newsdesk"


def check_plugins(app: Path) -> None:
    """The Qt plugins a headless check and SVG icons need were collected."""
    for folder, name in (("platforms", "offscreen"), ("imageformats", "svg")):
        if not [p for p in app.rglob(f"{folder}/*") if name in p.name]:
            raise SystemExit(f"build: the Qt {folder} plugin '{name}' is missing from {app}")


def self_check(app: Path, python: Path) -> None:
    """Run the built programs offscreen on temporary databases and folders, then real work."""
    with tempfile.TemporaryDirectory(prefix="newsdesk-check-") as tmp:
        folder = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "PYTHON"))}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            NEWSDESK_DATA_DIR=str(folder / "data"),
            NEWSDESK_CONFIG_DIR=str(folder / "config"),
        )
        cli, gui = app / f"newsdesk{EXE}", app / f"newsdesk-gui{EXE}"
        run(cli, "--version", env=env)
        run(cli, "--db", folder / "cli.db", "db", "init", env=env)
        run(cli, "--db", folder / "cli.db", "db", "check", env=env)
        run(cli, "gui", "--self-check", env=env)
        run(gui, "--self-check", "--create", "--db", folder / "gui.db", env=env)
        print("+ end-to-end check through", cli, flush=True)
        for line in end_to_end(cli, python, folder / "work", env):
            print(f"e2e  {line}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Build, check, and say how long it took."""
    parser = argparse.ArgumentParser(description="Build and self-check the packaged application.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="build environment"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    app = build(args.dist.resolve(), args.work.resolve())
    built = time.monotonic()
    check_plugins(app)
    self_check(app, venv_python(args.work.resolve()))
    done = time.monotonic()
    print(
        f"build: {app} built in {built - started:.0f} s, checked in {done - built:.0f} s",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as exc:
        sys.exit(f"build: failed ({exc.returncode}): {' '.join(map(str, exc.cmd))}")
