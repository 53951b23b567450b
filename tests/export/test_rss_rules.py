"""The hand-written RSS 2.0 rules agree with the Feed Validator's own test cases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rss_rules import rss_problems

CASES = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "standards"
    / "feeds"
    / "feedvalidator-testcases"
    / "rss20"
)
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
    return sorted(CASES.rglob("*.xml")) if CASES.is_dir() else []


@pytest.mark.skipif(not CASES.is_dir(), reason="the feed standards folder is not available")
@pytest.mark.parametrize("case", _cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rules_agree_with_the_feed_validator(case: Path) -> None:
    text = case.read_text(encoding="utf-8")
    negated, message = _EXPECT.search(text).groups()
    problems = rss_problems(text)
    if message in ERRORS and not negated:
        assert problems, f"expected {message}"
    elif negated or message.startswith("Valid"):
        assert problems == []
    else:
        pytest.skip(f"{message} is not a rule the ticker feeds are held to")
