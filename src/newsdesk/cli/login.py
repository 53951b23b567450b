"""The command line's part of logging in: one password prompt at a terminal, never echoed."""

from __future__ import annotations

import getpass
import sys

from newsdesk.storage.login_target import LoginTarget


def ask_at_terminal(target: LoginTarget) -> str | None:
    """Prompt once for `target`'s password when stdin is a terminal; None otherwise."""
    if not sys.stdin.isatty():
        return None  # a script or a pipe: libpq's own sources are the only ones
    try:
        typed = getpass.getpass(f"Password for {target.role} on {target.host_label}: ")
    except EOFError:
        return None
    return typed or None
