"""What the checker reports: one fault at one place in a field's text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    """A house-style fault at code-point offsets [start, end) of a field's text."""

    rule: str
    severity: Severity
    start: int
    end: int
    message: str
    replacement: str | None = None

    def to_dict(self) -> dict[str, object]:
        """Return the finding as a plain dict for JSON output."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "replacement": self.replacement,
        }
