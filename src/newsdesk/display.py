"""Whether a desktop window can be shown here, asked before Qt aborts for want of one."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

# Qt platforms that draw on an X11 or Wayland display; the others need none (or are headless).
_DISPLAY_PLATFORMS = ("xcb", "wayland")


def _platforms(environ: Mapping[str, str], argv: Sequence[str]) -> list[str]:
    chosen = environ.get("QT_QPA_PLATFORM", "")
    for index, arg in enumerate(argv[:-1]):
        if arg in ("-platform", "--platform"):
            chosen = argv[index + 1]
    return [name.split(":", 1)[0].strip() for name in chosen.split(";") if name.strip()]


def missing_display(
    environ: Mapping[str, str] | None = None,
    argv: Sequence[str] | None = None,
    system: str | None = None,
) -> str | None:
    """One line telling why no window can open here, or None when one can (or may)."""
    environ = os.environ if environ is None else environ
    argv = sys.argv if argv is None else argv
    if (system or sys.platform) != "linux":
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    platforms = _platforms(environ, argv)
    if platforms and not all(p.startswith(_DISPLAY_PLATFORMS) for p in platforms):
        return None  # offscreen, minimal, eglfs, vnc…: Qt draws without a display server
    return (
        "no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "run it in a desktop session, or use the newsdesk command line"
    )
