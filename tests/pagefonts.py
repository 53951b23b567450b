"""A fontconfig setup that shows the shipped font packages to every program a test starts.

The preview leaves out the faces a browser on the machine would not find. With this setup the
shipped faces are the machine's too, for the preview and for Chromium alike, so tests do not
depend on which Arabic fonts the machine happens to have.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from newsdesk.render.pdf.fonts import FONT_PACKAGES

CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
{dirs}
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def shipped_fonts_config(folder: Path) -> Path:
    """Write a fonts.conf adding the font packages' folders to the machine's fonts."""
    dirs = []
    for package in FONT_PACKAGES:
        files = resources.files(package) / "files"
        dirs.append(f"  <dir>{files}</dir>")
    config = folder / "fonts.conf"
    config.write_text(CONFIG.format(dirs="\n".join(dirs), cache=folder / "cache"), "utf-8")
    return config
