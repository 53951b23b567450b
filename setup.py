"""Build step: compile the Qt translations and render the application icons into the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
PACKAGE_DIR = Path("newsdesk") / "assets" / "translations"
ICONS_DIR = Path("newsdesk") / "assets" / "icons"
MAKE_ICONS = ROOT / "packaging" / "linux" / "make_icons.py"


def lrelease_command() -> list[str]:
    """PySide6's lrelease, run through the interpreter that has PySide6."""
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


class BuildPyWithTranslations(build_py):
    """build_py that also writes the .qm translations and the hicolor icons into the package."""

    def run(self) -> None:
        super().run()
        root = Path("src") if getattr(self, "editable_mode", False) else Path(self.build_lib)
        target = root / PACKAGE_DIR
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(SOURCES.glob("*.ts")):
            output = target / (source.stem + ".qm")
            subprocess.run(
                [*lrelease_command(), "-silent", str(source), "-qm", str(output)], check=True
            )
        # The icon sizes are rendered from the one SVG master with QtSvg, in a process of its own.
        subprocess.run([sys.executable, str(MAKE_ICONS), str(root / ICONS_DIR)], check=True)


setup(cmdclass={"build_py": BuildPyWithTranslations})
