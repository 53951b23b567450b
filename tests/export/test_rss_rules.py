"""The hand-written RSS 2.0 rules agree with the Feed Validator's own test cases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from datafiles import RSS_CASES
from rss_rules import rss_problems

# Feed Validator messages that are errors against the rules our feeds must follow.
ERRORS = {
    "MissingElement",
    "MissingAttribute",
    "DuplicateElement",
    "InvalidRFC2822Date",
    "InvalidLanguage",
}
_EXPECT = re.compile(r"Expect:\s*(!?)(\w+)")


def _cases() -> list[Path]:
    cases = sorted(RSS_CASES.rglob("*.xml"))
    if not cases:
        raise FileNotFoundError(f"no Feed Validator cases in {RSS_CASES}")
    return cases


@pytest.mark.parametrize("case", _cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rules_agree_with_the_feed_validator(case: Path) -> None:
    text = case.read_text(encoding="utf-8")
    negated, message = _EXPECT.search(text).groups()
    problems = rss_problems(text)
    if message in ERRORS and not negated:
        assert problems, f"expected {message}"
    else:
        # Only cases whose expectation is a rule the ticker feeds follow are kept in tests/data.
        assert negated or message.startswith("Valid"), f"{message} is not one of our rules"
        assert problems == []
