"""The newsroom fixture: a newsroom of its own for each test that asks for one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsroom_support import Newsroom, newsroom_for_test


@pytest.fixture
def newsroom() -> Iterator[Newsroom]:
    """A newsroom with admin, sara (editor) and karim (chief), removed after the test."""
    with newsroom_for_test() as room:
        yield room
