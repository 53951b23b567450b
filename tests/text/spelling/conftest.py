"""One Speller, loaded from the shipped dictionaries, for the whole spelling test run."""

from __future__ import annotations

import pytest

from newsdesk.text.spelling import Speller, load_speller


@pytest.fixture(scope="session")
def speller() -> Speller:
    return load_speller()
