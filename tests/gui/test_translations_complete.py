"""Every string the UI can show has its Arabic and French translation, as the sources stand now.

The translation sources are refreshed from the code here (into a copy), so a new string, or one
lupdate can no longer see (a context it cannot read), fails this test instead of showing up in
English, or losing its translation, in a mirrored Arabic window.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"
GUI = ROOT / "src" / "newsdesk" / "gui"


def refreshed(ts: Path, folder: Path) -> Path:
    """A copy of `ts` brought up to date with the GUI's sources by lupdate."""
    copy = folder / ts.name
    shutil.copy(ts, copy)
    sources = sorted(str(path) for path in GUI.rglob("*.py"))
    lupdate = [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lupdate; lupdate()"]
    subprocess.run([*lupdate, *sources, "-ts", str(copy)], check=True, capture_output=True)
    return copy


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_ui_string_is_translated(tmp_path, language) -> None:
    ts = refreshed(SOURCES / f"newsdesk_{language}.ts", tmp_path)
    missing = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                source = message.findtext("source")
                missing.append(f"{context.findtext('name')}: {kind}: {source}")
    assert missing == []
