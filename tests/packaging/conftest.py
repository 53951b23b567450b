"""Fixtures of the packaging tests: the external validators they run."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable

import pytest


def _need_tool(*names: str) -> str:
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    message = f"{' or '.join(names)} is not installed"
    if os.environ.get("NEWSDESK_REQUIRE_TOOLS"):
        pytest.fail(message + " (NEWSDESK_REQUIRE_TOOLS is set)")
    pytest.skip(message)


@pytest.fixture
def need_tool() -> Callable[..., str]:
    """Find a program on PATH; skip without it, or fail when NEWSDESK_REQUIRE_TOOLS is set."""
    return _need_tool
