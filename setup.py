"""Build step: compile the Qt translation sources in resources/ into the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCES = Path(__file__).resolve().parent / "resources" / "translations"
PACKAGE_DIR = Path("newsdesk") / "assets" / "translations"


def lrelease_command() -> list[str]:
    """PySide6's lrelease, run through the interpreter that has PySide6."""
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


class BuildPyWithTranslations(build_py):
    """build_py that also turns resources/translations/*.ts into newsdesk/assets/translations/*.qm."""

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


setup(cmdclass={"build_py": BuildPyWithTranslations})
