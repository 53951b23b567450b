"""Checks on a ticker item's text: house style, length in characters, width on the channel."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsdesk.errors import InvalidInputError
from newsdesk.text.lint.checker import lint_text
from newsdesk.text.lint.finding import Finding
from newsdesk.text.lint.rules.length import visible_length
from newsdesk.text.lint.settings import LintSettings

# Measures a text's rendered width in pixels, as the crawl will draw it.
Measure = Callable[[str], int]

MAX_TICKER_CHARS = 1000
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# An item is one line; control characters and lone surrogates break crawls and XML feeds alike.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class TickerCheck:
    """What the checks found in one item's text."""

    item_id: str
    text: str
    chars: int
    max_chars: int
    window_px: int
    width_px: int | None
    findings: tuple[Finding, ...]

    @property
    def too_long(self) -> bool:
        """Over the newsroom's character limit."""
        return self.chars > self.max_chars

    @property
    def too_wide(self) -> bool:
        """Wider than the channel's on-air window (only known when a measure was given)."""
        return self.width_px is not None and self.width_px > self.window_px

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The house-style findings of error severity (the length limit is one)."""
        return tuple(f for f in self.findings if f.severity == "error")

    def problems(self) -> list[str]:
        """One line per fault that keeps the item off the air unless forced."""
        lines = [f"{f.rule}: {f.message.rstrip('.')}" for f in self.errors]
        if self.too_wide:
            lines.append(f"{self.width_px} px wide, wider than the {self.window_px} px window")
        return lines

    @property
    def ok(self) -> bool:
        """No fault that keeps the item off the air."""
        return not self.problems()

    def to_dict(self) -> dict[str, Any]:
        """The check with plain JSON values."""
        return {
            "id": self.item_id,
            "text": self.text,
            "chars": self.chars,
            "max_chars": self.max_chars,
            "too_long": self.too_long,
            "width_px": self.width_px,
            "window_px": self.window_px,
            "too_wide": self.too_wide,
            "ok": self.ok,
            "findings": [f.to_dict() for f in self.findings],
        }


def check_text(
    text: str,
    language: str,
    *,
    window_px: int,
    settings: LintSettings | None = None,
    measure: Measure | None = None,
    item_id: str = "",
) -> TickerCheck:
    """Run the house style (field "ticker") and the length and width limits over one text."""
    settings = settings or LintSettings()
    return TickerCheck(
        item_id=item_id,
        text=text,
        chars=visible_length(text),
        max_chars=settings.ticker_max_chars,
        window_px=window_px,
        width_px=None if measure is None else int(measure(text)),
        findings=tuple(lint_text(text, language, field="ticker", settings=settings)),
    )


def validate_text(text: str) -> str:
    """The text if it can be stored as an item, else InvalidInputError saying why."""
    if not text.strip():
        raise InvalidInputError("the ticker text is empty")
    if "\n" in text or "\r" in text:
        raise InvalidInputError("a ticker item must be a single line")
    if len(text) > MAX_TICKER_CHARS:
        raise InvalidInputError(f"the ticker text is longer than {MAX_TICKER_CHARS} characters")
    bad = _CONTROL.search(text)
    if bad:
        raise InvalidInputError(
            f"the ticker text holds a control character (U+{ord(bad.group()):04X})"
        )
    return text


def validate_language(language: str) -> str:
    """The language tag if it looks like one (ar, fr, en, ar-MA), else InvalidInputError."""
    if not _LANGUAGE_TAG.match(language):
        raise InvalidInputError(f"'{language}' is not a language code such as ar, fr or en")
    return language
