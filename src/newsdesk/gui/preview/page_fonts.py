"""Which font families a browser on this machine can use: the preview leaves the others out.

The application registers the faces its font packages ship (for the editor and the PDF proof),
but a browser showing the exported page only finds the machine's fonts, through fontconfig.
A family Qt knows only from those packages would give the preview a face the page never has.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache

from newsdesk.render.pdf.fonts import register_font_packages


@cache
def machine_families() -> frozenset[str] | None:
    """The families fontconfig lists, or None where it cannot be asked (then nothing is hidden)."""
    program = shutil.which("fc-list")
    if program is None:
        return None
    try:
        listed = subprocess.run(
            [program, ":", "family"], capture_output=True, text=True, timeout=20, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return frozenset(name.strip() for line in listed.splitlines() for name in line.split(","))


def hidden_families() -> frozenset[str]:
    """The shipped families that the machine's browsers do not have."""
    machine = machine_families()
    if machine is None:
        return frozenset()
    return frozenset(register_font_packages()) - machine
